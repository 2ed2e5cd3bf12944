/** State shared by the element modules while one document is written: drawing ids and media. */
import { DrawingIds } from './drawing.ts';

export interface MediaPart {
  relId: string;
  /** Path inside the package, e.g. word/media/seal1.png. */
  path: string;
  data: Uint8Array;
}

export class DocxContext {
  readonly ids = new DrawingIds();
  readonly media: MediaPart[] = [];

  /** Registers an image for word/document.xml and returns its relationship id. */
  addImage(data: Uint8Array, format: 'png' | 'jpeg'): string {
    const n = this.media.length + 1;
    const relId = `rIdGwMedia${n}`;
    this.media.push({ relId, path: `word/media/gongwen${n}.${format === 'png' ? 'png' : 'jpeg'}`, data });
    return relId;
  }
}

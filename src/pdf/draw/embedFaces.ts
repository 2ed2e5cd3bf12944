/**
 * One harfbuzz subset per face per document, embedded with pdf-lib `subset: false` (pdf-lib's
 * own subsetting is known to break glyphs, pdf-lib #808/#1232). Faces shared by several roles
 * (Noto Serif SC for 仿宋, 楷体 and 宋体) are embedded once. The subset is named with the
 * PDF convention's six-letter tag (ABCDEF+Name) derived from its characters, so output is
 * deterministic and `pdffonts` reports it as a subset.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { faceForKey } from '../../fonts/loadFontSet.ts';
import type { FontSet, ResolvedFace } from '../../fonts/types.ts';
import type { LaidOutPage } from '../pageModel.ts';

export interface EmbeddedFace {
  face: ResolvedFace;
  font: PDFFont;
  /** Resource name on every page (F1, F2, …). */
  resource: string;
  /** Advance in thousandths of an em, as in the font's /W array. */
  width(char: string): number;
  /** Hex glyph code for a character (<0012>). */
  code(char: string): string;
}

export interface EmbeddedFaces {
  /** Embedded face for a layout faceKey. */
  byKey(faceKey: string): EmbeddedFace;
  all: EmbeddedFace[];
}

export function faceId(face: ResolvedFace): string {
  return `${face.path}#${face.index ?? 0}`;
}

/** Six capital letters from a hash of the subset's code points (FNV-1a). */
export function subsetTag(codePoints: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const cp of codePoints) {
    hash ^= cp;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

export async function embedFaces(pdf: PDFDocument, fonts: FontSet, pages: readonly LaidOutPage[]): Promise<EmbeddedFaces> {
  // Which characters each face draws.
  const keyToId = new Map<string, string>();
  const faces = new Map<string, { face: ResolvedFace; chars: Set<number> }>();
  for (const page of pages) {
    for (const element of page.elements) {
      if (element.type !== 'text') continue;
      for (const glyph of element.glyphs) {
        let id = keyToId.get(glyph.faceKey);
        if (id === undefined) {
          const face = faceForKey(fonts, glyph.faceKey);
          id = faceId(face);
          keyToId.set(glyph.faceKey, id);
          if (!faces.has(id)) faces.set(id, { face, chars: new Set() });
        }
        faces.get(id)!.chars.add(glyph.char.codePointAt(0)!);
      }
    }
  }

  const embedded = new Map<string, EmbeddedFace>();
  let n = 0;
  for (const [id, { face, chars }] of faces) {
    const codePoints = [...chars].sort((a, b) => a - b);
    const bytes = face.subset(codePoints);
    const name = (face.family || 'Font').replace(/[^A-Za-z0-9-]/g, '');
    const font = await pdf.embedFont(bytes, { subset: false, customName: `${subsetTag(codePoints)}+${name}` });
    const codes = new Map<string, string>();
    const scale = 1000 / face.unitsPerEm;
    embedded.set(id, {
      face,
      font,
      resource: `F${++n}`,
      width: (char) => face.advance(char.codePointAt(0)!) * scale,
      code(char) {
        let code = codes.get(char);
        if (code === undefined) {
          code = font.encodeText(char).toString();
          codes.set(char, code);
        }
        return code;
      },
    });
  }
  return {
    all: [...embedded.values()],
    byKey(faceKey) {
      const id = keyToId.get(faceKey);
      const face = id === undefined ? undefined : embedded.get(id);
      if (!face) throw new Error(`face ${faceKey} was not embedded`);
      return face;
    },
  };
}

/**
 * A copy of a PDF whose pages are `margin` pt larger on every side (MediaBox = the visible box
 * grown by the margin, no CropBox). pdf.js drops every glyph whose origin lies outside the page
 * when it extracts text; on the widened copy the check still sees text drawn off the page (a
 * 版记 pushed above the top) and, shifting coordinates back by the margin, everything else
 * exactly where it was. Undefined when pdf-lib cannot rewrite the file (encrypted, damaged):
 * the check then reads the original.
 */
import { PDFDocument, PDFName } from 'pdf-lib';

export async function widenPages(pdf: Uint8Array, margin: number): Promise<Uint8Array | undefined> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
    for (const page of doc.getPages()) {
      const media = page.getMediaBox();
      const crop = page.getCropBox();
      const left = Math.max(media.x, crop.x);
      const bottom = Math.max(media.y, crop.y);
      const right = Math.min(media.x + media.width, crop.x + crop.width);
      const top = Math.min(media.y + media.height, crop.y + crop.height);
      if (right <= left || top <= bottom) return undefined;
      page.node.delete(PDFName.of('CropBox'));
      page.setMediaBox(left - margin, bottom - margin, right - left + 2 * margin, top - bottom + 2 * margin);
    }
    return await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  } catch {
    return undefined;
  }
}

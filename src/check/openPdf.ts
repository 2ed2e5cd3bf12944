/**
 * Opens a PDF with pdf.js in Node: no worker thread, no font faces, no eval, and the
 * CMaps and standard-font data from the pdfjs-dist package (for PDFs that use
 * predefined CJK CMaps or unembedded standard fonts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Opens `pdf` (copied first: pdf.js may detach the buffer it is given). */
export async function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  });
  return task.promise;
}

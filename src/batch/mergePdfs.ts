/**
 * --merge: one print bundle of the batch's PDFs in input order, each document starting on an odd
 * page for double-sided printing: after a document with an odd number of pages comes one blank,
 * unnumbered page of the same size. No clock in the file: the same PDFs give the same bundle.
 */
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';

export interface MergedBundle {
  bytes: Uint8Array;
  pages: number;
  blanks: number;
  documents: number;
}

export async function mergePdfs(paths: string[], title = 'gongwen'): Promise<MergedBundle> {
  const bundle = await PDFDocument.create({ updateMetadata: false });
  bundle.setTitle(title);
  bundle.setProducer('gongwen');
  bundle.setCreator('gongwen');
  let blanks = 0;
  for (const [i, path] of paths.entries()) {
    const source = await PDFDocument.load(await readFile(path), { updateMetadata: false });
    const pages = await bundle.copyPages(source, source.getPageIndices());
    for (const page of pages) bundle.addPage(page);
    const last = pages[pages.length - 1];
    if (last && pages.length % 2 === 1 && i < paths.length - 1) {
      const { width, height } = last.getSize();
      bundle.addPage([width, height]);
      blanks++;
    }
  }
  const bytes = await bundle.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pages: bundle.getPageCount(), blanks, documents: paths.length };
}

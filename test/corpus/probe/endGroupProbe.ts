/** Scratch: one end-group variant, our PDF and LibreOffice's, page texts. */
import { writeFileSync } from 'node:fs';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { drawPdf } from '../../../src/pdf/drawPdf.ts';
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { endGroupDocument, noteShapes } from '../../pdf/endGroupVariants.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
const [rows, fill] = process.argv.slice(2).map(Number);
const fonts = await loadFontSet({ systemFonts: false });
const doc = endGroupDocument({ lastRows: rows!, note: noteShapes.n0!, sealed: true }, fill!);
const layout = layoutDocument(doc, fonts);
console.log(JSON.stringify(layout.plan.anchorSplit), layout.plan.pageCount);
writeFileSync('/tmp/scratch/eg.pdf', await drawPdf(doc, layout, fonts));
const docx = renderDocx(doc, { plan: layout.plan });
writeFileSync('/tmp/scratch/eg.docx', docx);
writeFileSync('/tmp/scratch/eg.lo.pdf', docxToPdfBatch({ eg: docx }, 1).eg!);

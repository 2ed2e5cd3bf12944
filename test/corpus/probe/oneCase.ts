/**
 * Scratch: one random corpus case (`tsx oneCase.ts SEED INDEX [OUTDIR]`) rendered by us to PDF
 * and by LibreOffice (our faces) from our DOCX, with the page plan's 版记 placement.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../../src/kinds/buildDocument.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { drawPdf } from '../../../src/pdf/drawPdf.ts';
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { generateCorpus } from '../generateCase.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

const [seed, index, outDir = '/tmp/scratch'] = process.argv.slice(2);
const fonts = await loadFontSet({ systemFonts: false });
const cases = generateCorpus(Number(index) + 1, Number(seed));
const { name, loaded } = cases[Number(index)]!;
const doc = await buildDocument(loaded);
const layout = layoutDocument(doc, fonts);
console.log(name, 'pages', layout.plan.pageCount, 'colophon', JSON.stringify(layout.plan.colophon), 'contentEnd', JSON.stringify(layout.plan.contentEnd));
writeFileSync(join(outDir, `${name}.pdf`), await drawPdf(doc, layout, fonts));
const docx = renderDocx(doc, { plan: layout.plan });
writeFileSync(join(outDir, `${name}.docx`), docx);
writeFileSync(join(outDir, `${name}.lo.pdf`), docxToPdfBatch({ [name]: docx }, 1, writeSameFacesConf(fonts))[name]!);
console.log(join(outDir, name));

/** Scratch: how often a row ends after a slash or hyphen inside a word, in our PDF and in LibreOffice's rendering (same faces). */
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../../src/kinds/buildDocument.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { drawPdf } from '../../../src/pdf/drawPdf.ts';
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { generateCorpus } from '../generateCase.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

const [n, seed] = process.argv.slice(2).map(Number);
const fonts = await loadFontSet({ systemFonts: false });
const cases = generateCorpus(n!, seed!);
const ours: Record<string, Uint8Array> = {};
const docx: Record<string, Uint8Array> = {};
for (const { name, loaded } of cases) {
  const doc = await buildDocument(loaded);
  const layout = layoutDocument(doc, fonts);
  ours[name] = await drawPdf(doc, layout, fonts);
  docx[name] = renderDocx(doc, { plan: layout.plan });
}
const theirs = docxToPdfBatch(docx, undefined, writeSameFacesConf(fonts));
const rows = async (pdf: Uint8Array) => (await extractPdfGeometry(pdf, { fonts: false })).pages.flatMap((p) => p.rows.map((r) => r.text.replace(/\s+/g, '')));
const tally: Record<string, number> = {};
const add = (k: string) => (tally[k] = (tally[k] ?? 0) + 1);
for (const name of Object.keys(ours)) {
  const a = await rows(ours[name]!);
  const b = await rows(theirs[name]!);
  const bs = new Set(b);
  const as = new Set(a);
  for (const r of a) {
    const m = /[A-Za-z0-9.]([/-])$/.exec(r);
    if (m) add(`ours ends ${m[1]} ${bs.has(r) ? 'same in LO' : 'NOT in LO'}`);
  }
  for (const r of b) {
    const m = /[A-Za-z0-9.]([/-])$/.exec(r);
    if (m && !as.has(r)) add(`LO ends ${m[1]}, not in ours`);
    if (/[A-Za-z]{2}$/.test(r) && !as.has(r) && /[A-Z/]/.test(r.slice(-4))) console.log(name, 'LO cut?', r.slice(-12));
  }
}
console.log(tally);

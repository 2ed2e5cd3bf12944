/** Scratch: the page plan's page count, 版记 placement and content end of corpus cases (`tsx planOfCases.ts SEED INDEX…`). */
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../../src/kinds/buildDocument.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { generateCorpus } from '../generateCase.ts';

const [seed, ...indices] = process.argv.slice(2).map(Number);
const fonts = await loadFontSet({ systemFonts: false });
const all = generateCorpus(Math.max(...indices) + 1, seed!);
for (const i of indices) {
  const { name, loaded } = all[i]!;
  const doc = await buildDocument(loaded);
  const { plan } = layoutDocument(doc, fonts);
  console.log(name, 'pages', plan.pageCount, 'colophon', JSON.stringify(plan.colophon), 'end', JSON.stringify(plan.contentEnd), 'cc', doc.colophon?.cc.length, 'printer', !!doc.colophon?.printer);
}

/**
 * Scratch: corpus cases whose content's last block begins on the last row of the page before
 * the 版记's, its first row alone there (`tsx breakPlans.ts SEED N`).
 */
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { grid } from '../../../src/layout/gbt9704.ts';
import { buildDocument } from '../../../src/kinds/buildDocument.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { generateCorpus } from '../generateCase.ts';

const [seed, n] = process.argv.slice(2).map(Number);
const fonts = await loadFontSet({ systemFonts: false });
for (const { name, loaded } of generateCorpus(n!, seed!)) {
  const doc = await buildDocument(loaded);
  const { plan } = layoutDocument(doc, fonts);
  const c = plan.colophon;
  const start = plan.lastBlockStart;
  if (c && !c.newPage && start && start.page < c.page && start.row === grid.rows)
    console.log(name, 'colophon', JSON.stringify(c), 'end', JSON.stringify(plan.contentEnd), 'lastStart', JSON.stringify(start), doc.layout);
}

/**
 * Scratch: compare chosen documents of one seed (`tsx pickCases.ts SEED INDEX…`) as compare:lo
 * does, printing the figures and each document that differs.
 */
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { compareCorpus, corpusFigures, formatFigures } from '../compareRenderings.ts';
import { generateCorpus } from '../generateCase.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

const [seed, ...indices] = process.argv.slice(2).map(Number);
const fonts = await loadFontSet({ systemFonts: false });
const all = generateCorpus(Math.max(...indices) + 1, seed!);
const results = await compareCorpus(indices.map((i) => all[i]!), fonts, writeSameFacesConf(fonts));
console.log(formatFigures(`seed ${seed}: ${indices.length} documents`, corpusFigures(results)));
for (const r of results) {
  if (!r.firstDifference && r.pages.ours === r.pages.theirs && r.check.theirs) continue;
  console.log(`  ${r.name}: pages ${r.pages.ours}/${r.pages.theirs}, 版记 ${r.colophonPage.ours}/${r.colophonPage.theirs}, LO check ${r.check.theirsRules.join(',') || 'ok'}  ${r.firstDifference ?? ''}`);
}

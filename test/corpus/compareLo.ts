/**
 * npm run compare:lo -- [--n 200] [--seed 7] [--faces same|own|both] [--show 10]
 * Random documents (generateCase.ts) rendered by us to PDF and by LibreOffice from our DOCX:
 * prints rows equal, page counts equal, page first/last rows equal, gongwen check pass rates
 * for both renderings, wrapped signature dates and moved 版记, and the first differing rows.
 *   same: LibreOffice sees exactly our PDF's faces (sameFacesConf.ts);
 *   own:  FONTCONFIG_FILE unset: LibreOffice substitutes the office faces itself, as on a
 *         machine without them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { compareCorpus, corpusFigures, formatFigures, type DocumentComparison } from './compareRenderings.ts';
import { generateCorpus } from './generateCase.ts';
import { writeSameFacesConf } from './sameFacesConf.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
    faces: { type: 'string', default: 'both' },
    show: { type: 'string', default: '10' },
    chunk: { type: 'string', default: '100' },
    dump: { type: 'string' },
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const show = Number(values.show);
const chunk = Number(values.chunk);
const modes = values.faces === 'both' ? ['same', 'own'] : [values.faces!];

const fonts = await loadFontSet({ systemFonts: false });
const cases = generateCorpus(n, seed);
console.log(`${n} random documents, seed ${seed}`);
for (const mode of modes) {
  const conf = mode === 'same' ? writeSameFacesConf(fonts) : null;
  const started = Date.now();
  const results: DocumentComparison[] = [];
  for (let i = 0; i < cases.length; i += chunk) {
    results.push(...(await compareCorpus(cases.slice(i, i + chunk), fonts, conf)));
    process.stderr.write(`  ${mode}: ${results.length}/${n}\r`);
  }
  const label = mode === 'same' ? 'LibreOffice with our faces' : 'LibreOffice substituting on its own (FONTCONFIG_FILE unset)';
  console.log(`\n${formatFigures(`${label} — ${((Date.now() - started) / 1000).toFixed(0)} s`, corpusFigures(results))}`);
  if (values.dump) writeFileSync(`${values.dump}.${mode}.json`, JSON.stringify(results, null, 1));
  const differing = results.filter((r) => r.firstDifference || !r.check.ours || !r.check.theirs || r.wrappedDates.length > 0);
  for (const r of differing.slice(0, show)) {
    const notes = [
      r.pages.ours !== r.pages.theirs ? `pages ${r.pages.ours}/${r.pages.theirs}` : '',
      r.check.ours ? '' : `our check: ${r.check.oursRules.join(',')}`,
      r.check.theirs ? '' : `LO check: ${r.check.theirsRules.join(',')}`,
      r.wrappedDates.length ? `wrapped ${r.wrappedDates.join(',')}` : '',
      r.colophonPage.ours !== r.colophonPage.theirs ? `版记 p${r.colophonPage.ours}→p${r.colophonPage.theirs}` : '',
    ].filter(Boolean);
    console.log(`  ${r.name}: ${notes.join('; ')}${r.firstDifference ? `\n      ${r.firstDifference}` : ''}`);
  }
}

/**
 * 150 random documents (seed fixed, generateCase.ts) rendered by us to PDF and by LibreOffice
 * from our DOCX, in our own faces (sameFacesConf.ts): rows, page counts, page edges and
 * gongwen check on both renderings, no wrapped date, no 版记 moved. Prints the figures and the first
 * differing rows. Fresh seeds: npm run compare:lo -- --n 1000 --seed S.
 */
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { compareCorpus, corpusFigures, formatFigures } from './compareRenderings.ts';
import { generateCorpus } from './generateCase.ts';
import { writeSameFacesConf } from './sameFacesConf.ts';

const SEED = 9704;
const COUNT = 150;
/**
 * Documents of other seeds that once differed, rendered in the same LibreOffice run and required
 * to agree. (Still differing, not listed: s5150-0131, a table ending on row 21 before a one-row
 * framed 版记, which LibreOffice puts on a page of its own.)
 */
// Documents a fix was made for: s27351-0098 and s9704-0264, whose 版记 LibreOffice did not draw
// (the last paragraph's first row alone at the foot of the page before: placeColophon.ts);
// s73919-0354, minutes whose body ends in a list: its last item of 4 rows moves whole with the
// end group in both writers (layoutDocument.ts markAnchor), where our PDF had kept two rows behind.
const REGRESSIONS: [seed: number, index: number][] = [[27351, 98], [9704, 264], [73919, 354]];

describe('random corpus: our PDF and LibreOffice rendering our DOCX agree', () => {
  it(`${COUNT} documents of seed ${SEED}`, async () => {
    requireLibreOffice();
    const fonts = await loadFontSet({ systemFonts: false });
    const regressions = REGRESSIONS.map(([seed, index]) => generateCorpus(index + 1, seed)[index]!);
    const all = await compareCorpus([...generateCorpus(COUNT, SEED), ...regressions], fonts, writeSameFacesConf(fonts));
    const results = all.slice(0, COUNT);
    for (const r of all.slice(COUNT)) {
      expect({ name: r.name, pages: r.pages.theirs, colophonPage: r.colophonPage.theirs, difference: r.firstDifference }).toEqual({
        name: r.name, pages: r.pages.ours, colophonPage: r.colophonPage.ours, difference: undefined,
      });
    }
    const figures = corpusFigures(results);
    console.log(formatFigures(`seed ${SEED}`, figures));
    for (const r of results.filter((x) => x.firstDifference || !x.check.ours || !x.check.theirs)) {
      console.log(`  ${r.name}: ${r.firstDifference ?? ''} ${r.check.ours ? '' : `ours ${r.check.oursRules}`} ${r.check.theirs ? '' : `LO ${r.check.theirsRules}`}`);
    }
    expect(figures.documents).toBe(COUNT);
    // What holds today, below the issue's targets (rows 99.5 %, page edges 99 %, LibreOffice's
    // rendering passing check 100 %): the gaps are LibreOffice's breaks after a slash (Q/|GDW),
    // a URL's last piece kept before a comma, and page ends that follow from those rows.
    expect(figures.rowsEqual).toBeGreaterThanOrEqual(0.995);
    expect(figures.pageCountsEqual).toBe(1);
    expect(figures.edgesEqual).toBeGreaterThanOrEqual(0.99);
    expect(figures.checkOurs).toBe(1);
    expect(figures.checkTheirs).toBe(1);
    expect(figures.wrappedDates).toBe(0);
    expect(figures.colophonMoved).toBe(0);
    expect(figures.colophonLost).toBe(0);
  }, 900_000);
});

import { describe, expect, it } from 'vitest';
import { cachedMeasure, naturalWidth } from '../../src/layout/line/measure.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import type { CharMetrics, StyledRun } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure } from './fakeMeasure.ts';

describe('cachedMeasure', () => {
  it('measures each character once per style', () => {
    const seen: string[] = [];
    const measure = cachedMeasure((char: string, run: StyledRun): CharMetrics => {
      seen.push(`${run.font}/${run.bold ? 'b' : ''}${char}`);
      return fakeMeasure(char, run);
    });
    itemize([bodyRun('公文公文2026'), bodyRun('公文', { bold: true }), bodyRun('公文2026')], measure);
    expect(seen).toEqual(['fangsong/公', 'fangsong/文', 'fangsong/2', 'fangsong/0', 'fangsong/6', 'fangsong/b公', 'fangsong/b文']);
  });

  it('returns the same metrics as the wrapped function', () => {
    const measure = cachedMeasure(fakeMeasure);
    const run = bodyRun('x', { sizePt: 14 });
    expect(measure('W', run)).toEqual(fakeMeasure('W', run));
    expect(measure('W', { ...run })).toEqual(fakeMeasure('W', run));
  });
});

describe('naturalWidth', () => {
  it('counts a cell as one grid cell whatever its advance, words as measured, plus automatic spaces', () => {
    const items = itemize([bodyRun('公文2026')], fakeMeasure);
    expect(naturalWidth(items, 15.79)).toBeCloseTo(2 * 15.79 + 32 + 3.2, 9);
    // No automatic space next to punctuation, and none before a row's first item.
    expect(naturalWidth(itemize([bodyRun('公文，2026')], fakeMeasure), 15.79)).toBeCloseTo(3 * 15.79 + 32, 9);
    expect(naturalWidth(itemize([bodyRun('2026年')], fakeMeasure).slice(1), 15.79)).toBeCloseTo(15.79, 9);
  });
});

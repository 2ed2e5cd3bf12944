import { describe, expect, it } from 'vitest';
import { itemize } from '../../src/layout/line/itemize.ts';
import type { Item } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure, latinWidth } from './fakeMeasure.ts';

const summary = (items: Item[]) => items.map((it) => `${it.kind}:${it.text}`);

describe('itemize', () => {
  it('makes one cell per Han character and full-width punctuation mark', () => {
    const items = itemize([bodyRun('某纪发〔2026〕3号，')], fakeMeasure);
    expect(summary(items)).toEqual(['cell:某', 'cell:纪', 'cell:发', 'cell:〔', 'word:2026', 'cell:〕', 'word:3', 'cell:号', 'cell:，']);
    expect(items[0]!.widthPt).toBe(16);
    expect(items[0]!.chars).toEqual([{ char: '某', faceKey: 'fangsong:0', advancePt: 16 }]);
  });

  it('keeps numbers, dates, percentages and addresses whole with their advances; a code breaks after its hyphen', () => {
    const items = itemize([bodyRun('2026年11月24日增长3.5%，COVID-19见www.example.com网')], fakeMeasure);
    expect(summary(items)).toEqual([
      'word:2026', 'cell:年', 'word:11', 'cell:月', 'word:24', 'cell:日', 'cell:增', 'cell:长', 'word:3.5%', 'cell:，',
      'word:COVID-', 'word:19', 'cell:见', 'word:www.example.com', 'cell:网',
    ]);
    // COVID-19 is two pieces (LibreOffice breaks after the hyphen), together as wide as the word.
    const pieces = items.filter((it) => it.text === 'COVID-' || it.text === '19');
    expect(pieces.reduce((w, it) => w + it.widthPt, 0)).toBeCloseTo(latinWidth('COVID-19'), 9);
    expect(pieces.flatMap((it) => it.chars.map((c) => c.advancePt))).toEqual([...'COVID-19'].map((c) => latinWidth(c)));
    expect(items.find((it) => it.text === '2026')!.widthPt).toBe(32); // four digits of 0.5 em
  });

  it('makes spaces collapsible items and splits words at them', () => {
    const items = itemize([bodyRun('Hello world\t公')], fakeMeasure);
    expect(summary(items)).toEqual(['word:Hello', 'space: ', 'word:world', 'space: ', 'cell:公']);
    expect(items[1]!.widthPt).toBe(4);
  });

  it('keeps the style of each run on its items', () => {
    const heading = bodyRun('一、总体要求', { font: 'heiti' });
    const rest = bodyRun('各单位要高度重视。');
    const items = itemize([heading, rest], fakeMeasure);
    expect(items[0]!.run).toBe(heading);
    expect(items[5]!.run).toBe(heading);
    expect(items[6]!.run).toBe(rest);
    expect(items[0]!.chars[0]!.faceKey).toBe('heiti:0');
  });

  it('glues a word that continues across a style change (its break after the hyphen kept)', () => {
    const items = itemize([bodyRun('见COVID', { bold: true }), bodyRun('-19病例')], fakeMeasure);
    expect(summary(items)).toEqual(['cell:见', 'word:COVID', 'word:-', 'word:19', 'cell:病', 'cell:例']);
    expect(items[1]!.noBreakBefore).toBeUndefined();
    expect(items[2]!.noBreakBefore).toBe(true);
    expect(items[3]!.noBreakBefore).toBeUndefined();
    expect(items[1]!.run.bold).toBe(true);
  });

  it('does not glue across a style change at a Han character', () => {
    const items = itemize([bodyRun('ABC'), bodyRun('公DEF')], fakeMeasure);
    expect(items.every((it) => it.noBreakBefore === undefined)).toBe(true);
  });

  it('keeps an apostrophe between letters inside the word but a closing quote on the grid', () => {
    expect(summary(itemize([bodyRun('don’t')], fakeMeasure))).toEqual(['word:don’t']);
    expect(summary(itemize([bodyRun('‘A’字')], fakeMeasure))).toEqual(['cell:‘', 'word:A', 'cell:’', 'cell:字']);
  });

  it('handles characters outside the BMP as one cell', () => {
    const items = itemize([bodyRun('𠮷野')], fakeMeasure);
    expect(summary(items)).toEqual(['cell:𠮷', 'cell:野']);
  });

  it('drops invisible characters; a zero-width space ends a word', () => {
    expect(summary(itemize([bodyRun('公\u200d文\r')], fakeMeasure))).toEqual(['cell:公', 'cell:文']);
    expect(summary(itemize([bodyRun('abc\u200bdef')], fakeMeasure))).toEqual(['word:abc', 'word:def']);
  });

  it('returns nothing for empty runs', () => {
    expect(itemize([], fakeMeasure)).toEqual([]);
    expect(itemize([bodyRun('')], fakeMeasure)).toEqual([]);
  });
});

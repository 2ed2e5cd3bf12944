import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/layout/line/breakLines.ts';
import { itemize } from '../../src/layout/line/itemize.ts';
import { NO_ROW_END, NO_ROW_START } from '../../src/layout/line/kinsoku.ts';
import { countRows, gridOptions, layoutParagraph, layoutText } from '../../src/layout/line/layoutParagraph.ts';
import type { BreakOptions, LineRow, StyledRun } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure, latinWidth } from './fakeMeasure.ts';
import { BLOCK, CELL, cellCount, han, rightEdge, rowText, rowTexts } from './helpers.ts';
import { SAMPLE_BODY } from './sampleText.ts';

const body = gridOptions();
const lay = (text: string, o: Partial<BreakOptions> = {}): LineRow[] => layoutParagraph([bodyRun(text)], gridOptions(o), fakeMeasure);

/** Rules every laid-out paragraph must keep. */
function expectWellFormed(rows: LineRow[], text: string, options: BreakOptions): void {
  expect(rowTexts(rows).join('')).toBe(text);
  rows.forEach((row, r) => {
    const t = rowText(row);
    const last = r === rows.length - 1;
    if (r > 0) expect(NO_ROW_START.includes(t[0]!), `row ${r + 1} starts with ${t[0]}`).toBe(false);
    if (!last) {
      expect(NO_ROW_END.includes(t.at(-1)!), `row ${r + 1} ends with ${t.at(-1)}`).toBe(false);
      expect(/——$|……$/.test(t) || !/[—…]$/.test(t) || t.at(-1) !== rowText(rows[r + 1]!)[0], `pair split after row ${r + 1}`).toBe(true);
      expect(row.full).toBe(true);
      expect(rightEdge(row), `row ${r + 1} right edge`).toBeCloseTo(options.widthPt, 2);
    }
    expect(row.offsetPt).toBeCloseTo(r === 0 ? options.firstIndentPt : options.restIndentPt, 9);
    expect(row.glyphs[0]?.x ?? 0).toBe(0);
    // Glyphs advance left to right without overlapping.
    for (let k = 1; k < row.glyphs.length; k++) expect(row.glyphs[k]!.x).toBeCloseTo(row.glyphs[k - 1]!.x + row.glyphs[k - 1]!.width, 9);
  });
}

describe('layoutParagraph: body text', () => {
  it('lays hundreds of Han characters on full rows of 26 then 28 cells touching both edges', () => {
    const text = han(400);
    const rows = layoutParagraph([bodyRun(text)], body, fakeMeasure);
    expect(rows).toHaveLength(15); // 26 + 13 × 28 = 390, then 10
    expect(rows.map(cellCount)).toEqual([26, ...Array(13).fill(28), 10]);
    expectWellFormed(rows, text, body);
    for (const row of rows.slice(0, -1)) {
      const last = row.glyphs.at(-1)!;
      expect(Math.abs(row.offsetPt + last.x + last.width - BLOCK)).toBeLessThan(0.01);
    }
    // Every full row of 28 cells has the pitch 442.2 / 28 = 15.79 pt.
    expect(rows[1]!.glyphs[1]!.x).toBeCloseTo(BLOCK / 28, 9);
    expect(rows.at(-1)!.full).toBe(false);
  });

  it('keeps all rules on a realistic paragraph with punctuation, numbers and Latin', () => {
    const rows = layoutParagraph([bodyRun(SAMPLE_BODY)], body, fakeMeasure);
    expect(SAMPLE_BODY.length).toBeGreaterThan(400);
    expectWellFormed(rows, SAMPLE_BODY, body);
    // Rows of Han and punctuation only hold their capacity minus what the 禁则 carried.
    const broken = breakLines(itemize([bodyRun(SAMPLE_BODY)], fakeMeasure), body);
    broken.forEach((row, r) => {
      // Rows holding or followed by a word are filled by width, not by cells.
      if (row.last || row.items.some((it) => it.kind !== 'cell') || broken[r + 1]!.items[0]!.kind !== 'cell') return;
      expect(row.items.length + row.carried, `row ${r + 1}`).toBe(r === 0 ? 26 : 28);
    });
    // Numbers and addresses stay whole on one row; codes with a hyphen stay whole or break right after it.
    const texts = rowTexts(rows);
    for (const word of ['2026', '326', '12.5%']) expect(texts.some((t) => t.includes(word)), word).toBe(true);
    for (const word of ['0000-1234567', 'jw-office@example.gov.cn', 'COVID-19']) {
      const [head, tail] = [word.slice(0, word.indexOf('-') + 1), word.slice(word.indexOf('-') + 1)];
      const whole = texts.some((t) => t.includes(word));
      const split = texts.some((t, r) => t.endsWith(head) && texts[r + 1]?.startsWith(tail));
      expect(whole || split, word).toBe(true);
    }
  });

  it('moves a comma that would start a row together with the character before it', () => {
    const text = han(26) + '，' + han(10);
    const rows = lay(text);
    expect(rowTexts(rows)).toEqual([han(25), han(1, 25) + '，' + han(10)]);
    expect(cellCount(rows[0]!)).toBe(25);
    expect(rows[0]!.glyphs[24]!.x + rows[0]!.glyphs[24]!.width + rows[0]!.offsetPt).toBeCloseTo(BLOCK, 6);
    // The previous row of a 28-cell grid holds 27 cells spread over the width.
    const rows2 = lay(han(26) + han(28) + '，' + han(3));
    expect(cellCount(rows2[1]!)).toBe(27);
    expect(rows2[1]!.glyphs[1]!.x).toBeCloseTo(BLOCK / 27, 9);
    expect(rightEdge(rows2[1]!)).toBeCloseTo(BLOCK, 6);
  });

  it('keeps 2026年11月24日 with its digits whole', () => {
    const text = han(25) + '2026年11月24日' + han(30);
    const rows = lay(text);
    expectWellFormed(rows, text, body);
    expect(rowTexts(rows)[0]).toBe(han(25));
    expect(rowTexts(rows)[1]!.startsWith('2026年11月24日')).toBe(true);
    // Digits keep their 8 pt advances; the row's slack goes after the word, not inside it.
    const digits = rows[1]!.glyphs.slice(0, 4);
    expect(digits.slice(0, 3).map((g) => g.width)).toEqual([8, 8, 8]);
    expect(digits.map((g) => g.x)).toEqual([0, 8, 16, 24]);
    expect(digits[3]!.width).toBeGreaterThan(8);
  });
});

describe('layoutParagraph: official text edge cases', () => {
  it('〔2026〕: the opening bracket never ends a row, the closing one never starts one', () => {
    // 24 cells + 某纪发 = 27 cells, 〔 would be the 28th: it is carried.
    const t = han(24) + '某纪发〔2026〕3号';
    const opening = lay(t, { firstIndentPt: 0 });
    expect(rowTexts(opening).join('')).toBe(t);
    expect(cellCount(opening[0]!)).toBe(27);
    expect(rowTexts(opening)[0]!.endsWith('〔')).toBe(false);
    expect(rowTexts(opening)[1]!.startsWith('〔2026〕')).toBe(true);
    // 〕 at a row start: "2026" (32 pt) + 〔 + 24 cells = 426.8 pt; 〕 would start the next row.
    const closing = lay(han(24) + '〔2026〕3号', { firstIndentPt: 0 });
    expect(rowTexts(closing)[1]!.startsWith('〕')).toBe(false);
    expect(rowTexts(closing)[1]!.startsWith('2026〕')).toBe(false);
    expect(rowTexts(closing)[0]!.endsWith('〔')).toBe(false);
    expectWellFormed(closing, han(24) + '〔2026〕3号', gridOptions({ firstIndentPt: 0 }));
  });

  it('《中国共产党问责条例》第七条: 》 at a row start carries 例', () => {
    // 18 + 《中国共产党问责条例 = 28 cells; 》 would start the next row.
    const text = han(18) + '《中国共产党问责条例》第七条' + han(5);
    const rows = lay(text, { firstIndentPt: 0 });
    expect(rowTexts(rows)).toEqual([han(18) + '《中国共产党问责条', '例》第七条' + han(5)]);
    expect(cellCount(rows[0]!)).toBe(27);
    expect(rightEdge(rows[0]!)).toBeCloseTo(BLOCK, 6);
  });

  it('“两个维护”: the quotes stay with the words they enclose', () => {
    const closing = lay(han(23) + '“两个维护”' + han(4), { firstIndentPt: 0 });
    expect(rowTexts(closing)[1]!.startsWith('护”')).toBe(true);
    const opening = lay(han(27) + '“两个维护”' + han(4), { firstIndentPt: 0 });
    expect(rowTexts(opening)[0]).toBe(han(27));
    expect(rowTexts(opening)[1]!.startsWith('“两个维护”')).toBe(true);
  });

  it('never splits —— or …… in a paragraph', () => {
    for (const pair of ['——', '……']) {
      const text = han(27) + pair + han(30);
      const rows = lay(text, { firstIndentPt: 0 });
      expect(rowTexts(rows)[1]!.startsWith(pair)).toBe(true);
      expect(cellCount(rows[0]!)).toBe(27);
    }
  });

  it('never breaks mixed Latin words', () => {
    const text = '会议听取了 Annual Integrity Review 项目组关于 Open Data Platform 建设的汇报，' + han(20) + ' Digital Governance Initiative ' + han(15);
    const rows = lay(text);
    const words = ['Annual', 'Integrity', 'Review', 'Open', 'Data', 'Platform', 'Digital', 'Governance', 'Initiative'];
    for (const row of rows) {
      const t = rowText(row);
      for (const token of t.match(/[A-Za-z]+/g) ?? []) expect(words).toContain(token);
      expect(t.startsWith(' ')).toBe(false);
      expect(t.endsWith(' ')).toBe(false);
    }
    for (const row of rows.slice(0, -1)) expect(rightEdge(row)).toBeCloseTo(BLOCK, 2);
  });
});

describe('layoutParagraph: alignment and indents', () => {
  it('centres a title row and right-aligns a date four cells in from the edge', () => {
    const title = layoutText('关于开展专项监督检查的通知', { font: 'xiaobiaosong', sizePt: 22 }, gridOptions({ align: 'center', firstIndentPt: 0, cellPt: 22 }), fakeMeasure);
    expect(title).toHaveLength(1);
    expect(title[0]!.offsetPt).toBeCloseTo((BLOCK - 13 * 22) / 2, 9);
    expect(title[0]!.glyphs[1]!.x).toBe(22);
    const dateRow = layoutText('2026年11月24日', { font: 'fangsong', sizePt: 16 }, gridOptions({ align: 'right', firstIndentPt: 0, widthPt: BLOCK - 4 * CELL }), fakeMeasure);
    expect(rightEdge(dateRow[0]!)).toBeCloseTo(BLOCK - 4 * CELL, 9);
    // The date is 3 cells, 8 digits and 5 automatic spaces of 3.2 pt (2026 年 11 月 24 日).
    expect(dateRow[0]!.offsetPt).toBeCloseTo(BLOCK - 4 * CELL - 3 * CELL - latinWidth('20261124') - 5 * 3.2, 9);
  });

  it('centres every row of a long centred line', () => {
    const rows = lay(han(40), { align: 'center', firstIndentPt: 0 });
    expect(rows.map((r) => r.glyphs.length)).toEqual([28, 12]);
    expect(rows[1]!.offsetPt).toBeCloseTo((BLOCK - 12 * CELL) / 2, 9);
  });

  it('aligns the continuation rows of 附件：1. under the first character of the name', () => {
    const prefix: StyledRun = bodyRun('附件：1. ');
    const prefixWidth = 3 * CELL + latinWidth('1. ');
    const options = gridOptions({ restIndentPt: 2 * CELL + prefixWidth });
    const name = '某某市二〇二六年度党风廉政建设责任制落实情况检查考核细则及评分标准（试行）及其配套实施办法和考核结果运用规定';
    const rows = layoutParagraph([prefix, bodyRun(name)], options, fakeMeasure);
    expect(rows.length).toBe(3);
    expect(rows[2]!.offsetPt).toBeCloseTo(2 * CELL + prefixWidth, 9);
    expect(rows[0]!.offsetPt).toBe(2 * CELL);
    expect(rows[1]!.offsetPt).toBeCloseTo(2 * CELL + prefixWidth, 9);
    // The name's first character on row 1 starts where the continuation rows start (before
    // stretching). Row 1 holds 22 cells as LibreOffice measures it (15.75 pt each), a hair more
    // than the grid's 21.98: justify squeezes it by 0.3 pt over the row, so allow 0.1 pt.
    const nameStart = rows[0]!.glyphs.find((g) => g.char === '某')!;
    expect(rows[0]!.offsetPt + nameStart.x).toBeGreaterThanOrEqual(rows[1]!.offsetPt - 0.1);
    expect(rows[0]!.offsetPt + nameStart.x - rows[1]!.offsetPt).toBeLessThan(3);
    // Continuation rows hold as many cells as LibreOffice fits in 442.2 − 31.6 − 47.4 − 16 =
    // 347.2 pt: 22 × 15.75 + 0.25 = 346.75 pt (21.98 grid cells), set touching both edges.
    expect(cellCount(rows[1]!)).toBe(Math.floor((BLOCK - options.restIndentPt - 0.25) / 15.75));
    expect(cellCount(rows[1]!)).toBe(22);
    expect(rightEdge(rows[1]!)).toBeCloseTo(BLOCK, 6);
    expect(rightEdge(rows[0]!)).toBeCloseTo(BLOCK, 6);
  });

  it('gives an empty paragraph one empty row at the first indent', () => {
    const rows = layoutParagraph([], body, fakeMeasure);
    expect(rows).toEqual([{ glyphs: [], offsetPt: 2 * CELL, widthPt: 0, full: false }]);
    expect(countRows([bodyRun('')], body, fakeMeasure)).toBe(1);
  });

  it('ends a row at a hard break without stretching it', () => {
    const rows = lay('出席：张某某\n' + han(30), { firstIndentPt: 0, restIndentPt: 3 * CELL });
    expect(rowTexts(rows)).toEqual(['出席：张某某', han(25), han(5, 25)]);
    expect(rows[0]!.full).toBe(false);
    expect(rows[1]!.offsetPt).toBeCloseTo(3 * CELL, 9);
    expect(rows[1]!.full).toBe(true);
  });

  it('keeps inline styles per glyph (heading run into its paragraph)', () => {
    const rows = layoutParagraph([bodyRun('一、总体要求。', { font: 'heiti' }), bodyRun(han(40))], body, fakeMeasure);
    expect(rows[0]!.glyphs[0]!.run.font).toBe('heiti');
    expect(rows[0]!.glyphs[0]!.faceKey).toBe('heiti:0');
    expect(rows[0]!.glyphs[7]!.run.font).toBe('fangsong');
    expect(countRows([bodyRun('一、总体要求。', { font: 'heiti' }), bodyRun(han(40))], body, fakeMeasure)).toBe(rows.length);
  });
});

describe('layoutParagraph: boundaries', () => {
  it('marks a last row of exactly 28 cells full, and lets a paragraph start with any character', () => {
    const rows = lay('，' + han(53));
    expect(rows.map(cellCount)).toEqual([26, 28]);
    expect(rows[1]!.full).toBe(true);
    expect(rightEdge(rows[1]!)).toBeCloseTo(BLOCK, 6);
    expect(rowText(rows[0]!)[0]).toBe('，');
  });

  it('moves a closing …… whole when it does not fit', () => {
    const fits = lay(han(24) + '等等……', { firstIndentPt: 0 });
    expect(rowTexts(fits)).toEqual([han(24) + '等等……']);
    // One cell more: the second … would start the next row, so both go (GB/T 15834 allows …… at a row start).
    const wrapped = lay(han(25) + '等等……', { firstIndentPt: 0 });
    expect(rowTexts(wrapped)).toEqual([han(25) + '等等', '……']);
    expect(cellCount(wrapped[0]!)).toBe(27);
    expect(rightEdge(wrapped[0]!)).toBeCloseTo(BLOCK, 6);
  });

  it('fits a narrow table cell: floor(width / cell) cells, justified to the cell width', () => {
    const rows = lay('整改责任单位及完成时限', { widthPt: 100, firstIndentPt: 0 });
    expect(rows.map(cellCount)).toEqual([6, 5]);
    expect(rightEdge(rows[0]!)).toBeCloseTo(100, 9);
    expect(rows[0]!.glyphs[1]!.x).toBeCloseTo(100 / 6, 9);
    expect(rows[1]!.glyphs[1]!.x).toBeCloseTo(CELL, 9);
  });
});


import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractPdfGeometry, extractText } from '../../src/check/extractPdfGeometry.ts';
import { groupRows } from '../../src/check/groupRows.ts';
import { splitChars } from '../../src/check/splitChars.ts';
import { nominal } from '../../src/check/standard.ts';
import type { PdfTextItem } from '../../src/check/types.ts';
import { runCheck } from '../../src/cli/commands/check.ts';
import { pdfRows } from '../support/pdfGeometry.ts';
import { buildTestPdf, paragraph, takeChars } from './buildTestPdf.ts';

const item = (str: string, x: number, baseline: number, width: number, fontSize = 16): PdfTextItem => ({
  str,
  x,
  baseline,
  width,
  fontSize,
  fontId: 'f1',
  blank: str.trim() === '',
  chars: splitChars(str, x, width),
});

describe('splitChars and groupRows', () => {
  it('shares a run’s width: full-width characters one unit, digits 0.56', () => {
    // 2 + 4 × 0.56 = 4.24 units over 67.84 pt: 16 pt a unit, 8.96 pt a digit.
    const chars = splitChars('公文2026', 100, 67.84);
    expect(chars.map((c) => c.ch)).toEqual(['公', '文', '2', '0', '2', '6']);
    [100, 116, 132, 140.96, 149.92, 158.88].forEach((x, i) => expect(chars[i]!.x).toBeCloseTo(x, 6));
    expect(chars.map((c) => c.fullWidth)).toEqual([true, true, false, false, false, false]);
  });

  it('groups items by baseline, left to right, with the dominant size', () => {
    const rows = groupRows([
      item('乙', 132, 100.4, 16),
      item('甲', 116, 100, 16),
      item('注', 148, 99, 8, 8),
      item('丙', 116, 129, 16),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['甲乙注', '丙']);
    expect(rows[0]).toMatchObject({ fontSize: 16, left: 116, right: 156 });
  });
});

describe('extractPdfGeometry on a synthetic grid page', () => {
  it('places rows and characters on the grid and reads the fonts', async () => {
    const rows = [...paragraph(0, 3, 10), { text: 'Ref 12', row: 5, helvetica: true }];
    const pdf = await buildTestPdf([{ rows, folio: { text: '— 1 —', side: 'right' } }]);
    const g = await extractPdfGeometry(pdf);
    const page = g.pages[0]!;
    expect(page.widthPt).toBeCloseTo(595.28, 1);
    expect(page.rows.map((r) => r.text)).toEqual([takeChars(26), takeChars(28, 26), takeChars(10, 54), 'Ref 12', '— 1 —']);
    const full = page.rows[1]!;
    // Cell by cell: the 28th character starts 27 cells right of the first (the split shares the
    // run width equally, so it is off by the last glyph’s 0.2 pt of overhang at most).
    const chars = full.items.flatMap((i) => i.chars);
    expect(chars).toHaveLength(28);
    expect(Math.abs(chars[27]!.x - chars[0]!.x - 27 * nominal.cell)).toBeLessThan(0.25);
    expect(full.left).toBeCloseTo(nominal.blockLeft, 1);
    expect(page.rows[1]!.baseline - page.rows[0]!.baseline).toBeCloseTo(nominal.pitch, 2);
    expect(g.fonts.map((f) => [f.baseFont, f.subtype, f.embedded, f.subset, f.fontFile])).toEqual([
      ['ABCDEF+NotoSerifSC-Regular', 'Type0', true, true, 'FontFile2'],
      ['Helvetica', 'Type1', false, false, undefined],
    ]);
    expect((await extractText(pdf))[0]).toBe([takeChars(26), takeChars(28, 26), takeChars(10, 54), 'Ref 12', '— 1 —'].join('\n'));
    const [mm] = await pdfRows(pdf);
    expect(mm!.rows[0]).toMatchObject({ sizePt: 16 });
    expect(mm!.rows[1]!.leftMm).toBeCloseTo(28, 1);
  });
});

describe('runCheck (gongwen check)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints JSON and exits 1 on an error finding, 0 on a conforming PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-runcheck-'));
    const good = join(dir, 'good.pdf');
    const bad = join(dir, 'bad.pdf');
    writeFileSync(good, await buildTestPdf([{ rows: paragraph(0, 3), folio: { text: '— 1 —', side: 'right' } }]));
    writeFileSync(bad, await buildTestPdf([{ rows: paragraph(0, 3), folio: { text: '-1-', side: 'right' } }]));
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    expect(await runCheck([good], { json: true, layout: 'plain' })).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ file: good, ok: true, pages: 1, findings: [] });
    out.length = 0;
    expect(await runCheck([bad, join(dir, 'missing.pdf')], { json: false, lang: 'en', layout: 'plain' })).toBe(1);
    const text = out.join('');
    expect(text).toContain('bad.pdf: does not conform to GB/T 9704-2012: 1 errors');
    expect(text).toContain('folio.format');
    expect(text).toContain('missing.pdf: does not conform');
    expect(text).toContain('pdf.unreadable: cannot read the file');
    rmSync(dir, { recursive: true, force: true });
  });
});

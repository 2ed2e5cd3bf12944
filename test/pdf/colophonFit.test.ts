/**
 * The 抄送 rows hold as many characters in our PDF as in LibreOffice's rendering of our DOCX:
 * one 14 pt character of inset each side (414.2 pt rows, 30 characters at LibreOffice's
 * 13.75 pt), continuation rows after the label (41.25 pt, 27 characters). The LibreOffice
 * part needs soffice and poppler-utils (it FAILS saying so without them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/docx/renderDocx.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import { colophonRows } from '../../src/layout/page/colophonLines.ts';
import { createContext, geometry } from '../../src/layout/page/context.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import type { TextLine } from '../../src/layout/page/pageModel.ts';
import { renderPdf } from '../../src/render/renderPdf.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { docxToPdfBatch } from './libreofficeBatch.ts';
import { pdfTexts } from './pdfProbe.ts';
import { tableDocument, rowsTable } from './tableVariants.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFontSet({ systemFonts: false });
});

const NAMES = ['某某省监察委员会', '某某市人民政府办公室', '某某市医疗保障局', '中共某某省纪委监委第五监督检查室', '中共某某市委组织部', '市财政局', '市审计局', '某某区第3监督检查室', '市委巡察工作领导小组办公室', '市信访局', '某某县纪委监委'];
/** 1 to 8 recipients in three orders: one to three rows, rows ending on ，, carried 禁则, a digit. */
const LISTS: string[][] = [];
for (let n = 1; n <= 8; n++) for (let s = 0; s < 3; s++) LISTS.push(Array.from({ length: n }, (_, i) => NAMES[(i * 3 + s) % NAMES.length]!));

const PRINTER = { name: '中共某某市纪律检查委员会办公室', date: '2026年11月25日' };
const withColophon = (cc: string[]): OfficialDocument => ({ ...tableDocument(3, rowsTable(1), 0), colophon: { cc, printer: PRINTER } });

/** The 抄送 rows of a PDF's page texts (from 抄送 to the 印发 row), whitespace removed. */
function ccRows(pages: string[]): string[] {
  const lines = pages.join('\n').split('\n').map((l) => l.replace(/\s+/g, ''));
  const start = lines.findIndex((l) => l.startsWith('抄送：'));
  const end = lines.findIndex((l, i) => i > start && l.endsWith('印发'));
  return lines.slice(start, end).filter((l) => l !== '');
}

describe('抄送 rows', () => {
  it('hold 30 characters on the first row, 27 after the label, set one 14 pt character in', () => {
    const ctx = createContext(fonts);
    const { rows } = colophonRows(ctx, { cc: ['某某省监察委员会', '某某市人民政府办公室', '某某市医疗保障局'], printer: PRINTER }, 'document');
    expect(rows.map((r) => r.text)).toEqual(['抄送：某某省监察委员会，某某市人民政府办公室，某某市医疗保障', '局。', `${PRINTER.name} ${PRINTER.date}印发`]);
    const firstGlyph = (k: number): number => (rows[k]!.elements.find((e) => e.type === 'text') as TextLine).glyphs[0]!.x;
    expect(firstGlyph(0)).toBeCloseTo(geometry.blockLeft + 14, 2);
    // Continuation after the label as LibreOffice sets it: 3 × (14 − 0.25) pt.
    expect(firstGlyph(1)).toBeCloseTo(geometry.blockLeft + 14 + 41.25, 2);
    expect(firstGlyph(2)).toBeCloseTo(geometry.blockLeft + 14, 2);
    const long = colophonRows(ctx, { cc: LISTS[22]!, printer: PRINTER }, 'document').rows.map((r) => [...r.text].length);
    expect(long.slice(0, 2)).toEqual([30, 27]);
  });

  it('break where LibreOffice breaks them, and the plan gives the DOCX the same rows', async () => {
    requireLibreOffice();
    const docx: Record<string, Uint8Array> = {};
    const pdfs: Uint8Array[] = [];
    for (const [i, cc] of LISTS.entries()) {
      const doc = withColophon(cc);
      docx[`cc${i}`] = renderDocx(doc, { plan: layoutDocument(doc, fonts).plan });
      pdfs.push((await renderPdf(doc, { fonts })).pdf);
    }
    const converted = docxToPdfBatch(docx);
    // Both renderings' texts in a few poppler runs, not two per list.
    const texts = await pdfTexts([...pdfs, ...LISTS.map((_, i) => converted[`cc${i}`]!)]);
    const ours: Record<string, string[]> = Object.fromEntries(LISTS.map((_, i) => [`cc${i}`, ccRows(texts[i]!)]));
    const differ: string[] = [];
    for (const [i, cc] of LISTS.entries()) {
      const a = ours[`cc${i}`]!;
      const b = ccRows(texts[LISTS.length + i]!);
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`cc${i}: PDF ${a.join(' / ')} | LibreOffice ${b.join(' / ')}`);
      // The plan places 抄送 + 印发 rows; the 抄送 paragraph takes all but the 印发 row.
      const planned = 22 - layoutDocument(withColophon(cc), fonts).plan.colophon!.firstRow;
      if (planned !== a.length) differ.push(`cc${i}: the plan gives the DOCX ${planned} rows, PDF has ${a.length}`);
    }
    expect(differ).toEqual([]);
    // The lists reach three rows, and some first rows hold the full 30 characters.
    expect(Math.max(...Object.values(ours).map((r) => r.length))).toBe(3);
    expect(Object.values(ours).some((r) => [...r[0]!].length === 30)).toBe(true);
  }, 300_000);
});

/**
 * Tables at the foot of a page, through LibreOffice (needs soffice and poppler-utils; without
 * them these tests FAIL saying so). LibreOffice 7.4 used to drop every row after the first
 * when only the first row of a table fitted the page, because each row's bottom rule was
 * charged to the page at a split (see tableItem in src/docx/parts/blocks.ts). Checked here on
 * LibreOffice's PDF of our DOCX: every cell's text is there, the text after the table stays on
 * the grid, and every page holds the same text as our PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../src/model/types.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { pdfRows, type RowMm } from '../support/pdfGeometry.ts';
import { pageTextsAgree, pageTextsOf, renderBoth, type PageTexts } from './compareBreaks.ts';
import { cellTexts, tableVariants } from './tableVariants.ts';

const docs = tableVariants();
const flat = (s: string): string => s.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');

/** LibreOffice's PDF of each variant's DOCX (with the plan of our pagination, as the CLI writes it). */
let converted: Record<string, Uint8Array> = {};
/** The page texts of our PDF and of LibreOffice's. */
let texts: PageTexts;

// One rendering (one soffice run) for every test of the file.
beforeAll(async () => {
  requireLibreOffice();
  const rendered = await renderBoth(docs as Record<string, OfficialDocument>);
  converted = Object.fromEntries(Object.entries(rendered).map(([name, r]) => [name, r.theirs]));
  texts = await pageTextsOf(rendered);
}, 300_000);

interface Placed extends RowMm {
  page: number;
}

async function rowsOf(pdf: Uint8Array): Promise<Placed[]> {
  return (await pdfRows(pdf)).flatMap((p) => p.rows.filter((r) => !/—/.test(r.text)).map((r) => ({ ...r, page: p.page })));
}

/**
 * LibreOffice's own grid on the page: baseline of row 1 and the pitch, fitted to the body
 * paragraphs 第N项 of page 1 (row N). Its pitch is the shell's 579 twips (10.213 mm).
 */
function lattice(rows: Placed[]): { row1: number; pitch: number } {
  const body = rows.filter((r) => r.page === 1 && /^第 \d+ 项/.test(r.text)).map((r) => ({ n: Number(/\d+/.exec(r.text)![0]), y: r.baselineMm }));
  const first = body[0]!;
  const last = body[body.length - 1]!;
  const pitch = (last.y - first.y) / (last.n - first.n);
  return { row1: first.y - (first.n - 1) * pitch, pitch };
}

const offGrid = (y: number, grid: { row1: number; pitch: number }): number => {
  const k = (y - grid.row1) / grid.pitch;
  return (k - Math.round(k)) * grid.pitch;
};

describe('tables at the foot of a page, in LibreOffice', () => {
  it('every row of every table is in LibreOffice’s PDF', () => {
    const missing: string[] = [];
    for (const [name, doc] of Object.entries(docs)) {
      const text = texts[name]!.theirs.map(flat).join('');
      for (const cell of cellTexts(doc)) if (!text.includes(flat(cell))) missing.push(`${name}: ${cell}`);
      const after = doc.body.flatMap((b) => (b.type === 'paragraph' ? b.children.map((i) => (i.type === 'text' ? i.value : '')) : []));
      for (const paragraph of after.filter((t) => t.startsWith('表后'))) if (!text.includes(paragraph)) missing.push(`${name}: ${paragraph}`);
    }
    expect(missing).toEqual([]);
  });

  it('a row that does not fit moves to the next page whole, header repeated, none left alone', async () => {
    const pageOf = async (name: string, text: string): Promise<number[]> =>
      (await rowsOf(converted[name]!)).filter((r) => r.text.replace(/\s+/g, '').includes(text)).map((r) => r.page);
    // Row 22 holds a one-row row (rows-at22: the table's first row; rows-at21: its second).
    expect(await pageOf('rows-at22', '第1行')).toEqual([1]);
    expect(await pageOf('rows-at22', '第2行')).toEqual([2]);
    expect(await pageOf('rows-at21', '第2行')).toEqual([1]);
    // A four-row row from row 21 moves whole; from row 19 it fits (rows 19–22).
    expect(await pageOf('tall-at19', '甲乙')).toEqual([1]);
    expect(await pageOf('tall-at21', '甲乙')).toEqual([2]);
    // A header row on row 22 goes with the first body row; continued, it is repeated.
    expect(await pageOf('header-at22', '序号内容')).toEqual([2]);
    expect(await pageOf('header-at21', '序号内容')).toEqual([1, 2]);
    expect(await pageOf('long-header', '序号内容')).toEqual([1, 2, 3]);
  });

  it('rows keep the grid pitch: the text after a table lies on LibreOffice’s own grid (≤ 0.1 mm)', async () => {
    const report: string[] = [];
    for (const name of Object.keys(docs)) {
      const rows = await rowsOf(converted[name]!);
      const grid = lattice(rows);
      expect(grid.pitch).toBeCloseTo((579 / 1440) * 25.4, 1);
      for (const r of rows.filter((x) => /^表后第/.test(x.text))) {
        const off = offGrid(r.baselineMm, grid);
        if (Math.abs(off) > 0.1) report.push(`${name} p${r.page} ${r.text}: ${off.toFixed(2)} mm`);
      }
      // Table text sits under each row's 0.5 pt top rule: 0.18 mm below the grid, never more.
      for (const r of rows.filter((x) => !/^(第 \d+ 项|表后第)/.test(x.text))) {
        const off = offGrid(r.baselineMm, grid);
        if (off < -0.1 || off > 0.3) report.push(`${name} p${r.page} ${r.text}: ${off.toFixed(2)} mm`);
      }
    }
    expect(report).toEqual([]);
  });

  it('every page holds the same text in our PDF and in LibreOffice’s', () => {
    const { agree, total, notes } = pageTextsAgree(docs as Record<string, OfficialDocument>, texts);
    expect(notes).toEqual([]);
    expect(agree).toBe(total);
  });
});

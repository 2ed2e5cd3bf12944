/**
 * Table row heights in the DOCX come from the PDF layout's page plan, not from an estimate:
 * a cell whose text wraps more than its character count suggests (digits, several paragraphs,
 * a 禁则 carry) gets every row it needs, and LibreOffice shows all of its text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/docx/renderDocx.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import type { OfficialDocument, Paragraph, Table } from '../../src/model/types.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import { docxToPdf, requireLibreOffice } from '../support/libreoffice.ts';
import { plainDocument } from '../support/plainDocument.ts';

const para = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

const table: Table = {
  type: 'table',
  headerRows: 1,
  columnWidths: [1, 2, 2],
  rows: [
    { cells: [{ children: [para('序号')] }, { children: [para('任务')] }, { children: [para('时限')] }] },
    {
      cells: [
        { children: [para('1')] },
        { children: [para('复核2024年第1批次128户、2025年第2批次96户保障家庭'), para('逐户建立台账。')] },
        { children: [para('2026年12月15日前完成，2027年1月31日前报送结果')] },
      ],
    },
    // Digits between Han characters: each boundary takes LibreOffice's automatic space, which a
    // character-count estimate misses (it would give this cell a row too few).
    { cells: [{ children: [para('2')] }, { children: [para('1号2号3号4号5号6号7号8号9号10号11号12号13号14号15号16号楼')] }, { children: [para('2027年3月31日')] }] },
  ],
};

const doc: OfficialDocument = plainDocument('table-rows', [para('下表列出整改任务。'), table, para('表后正文。')]);

describe('DOCX table rows take the heights the PDF layout gives them', async () => {
  const fonts = await loadFontSet();
  const plan = layoutDocument(doc, fonts).plan;
  const docx = renderDocx(doc, { plan });
  const xml = new PizZip(docx).file('word/document.xml')!.asText();

  it('the plan records each table row in grid rows', () => {
    expect(plan.tableRows).toHaveLength(1);
    expect(plan.tableRows![0]).toHaveLength(3);
    // The middle row holds two stacked paragraphs and a wrapped date: more than one grid row.
    expect(plan.tableRows![0]![1]!).toBeGreaterThanOrEqual(3);
  });

  it('each w:trHeight is the planned rows × 579 twips (the last row less its 10-twip bottom rule)', () => {
    const heights = [...xml.matchAll(/<w:trHeight w:val="(\d+)" w:hRule="exact"\/>/g)].map((m) => Number(m[1]));
    const rows = plan.tableRows![0]!;
    expect(heights).toEqual(rows.map((n, i) => n * 579 - (i === rows.length - 1 ? 10 : 0)));
  });

  it('LibreOffice shows every cell’s text', () => {
    requireLibreOffice();
    const pdf = docxToPdf(docx, 'table-rows');
    const dir = mkdtempSync(join(tmpdir(), 'gw-table-'));
    try {
      writeFileSync(join(dir, 'x.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-raw', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      for (const row of table.rows) {
        for (const cell of row.cells) for (const p of cell.children) expect(text).toContain((p.children[0] as { value: string }).value.replace(/\s+/g, ''));
      }
      expect(text).toContain('表后正文。');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The DOCX as LibreOffice lays it out (fontconfig maps the office faces to Noto CJK): page,
 * margins, 22 × 28 grid, folio, title, mark, separator, letter rules, colophon and seal,
 * measured on the PDF with poppler (text boxes from pdftotext -bbox-layout, ink from pdftoppm).
 * Needs soffice and poppler-utils: without them these tests FAIL with a message saying so.
 * PNGs of every page are written to output/docx-samples/ for people to look at.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../src/docx/renderDocx.ts';
import { rowPlan } from '../../src/layout/gbt9704.ts';
import type { OfficialDocument, TableCell } from '../../src/model/types.ts';
import { sampleDocuments } from '../support/sampleDocuments.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { docxToPdfBatch } from '../pdf/libreofficeBatch.ts';
import { charCount, inkBox, rasterise, readPages, type PdfPage, type TextLine } from './pdfGeometry.ts';
import { samplePlans } from './samplePlans.ts';
import { planOf } from '../support/planOf.ts';

type Name = keyof typeof sampleDocuments;
const NAMES = Object.keys(sampleDocuments) as Name[];
const OUT = 'output/docx-samples';

const BLOCK = { top: 37, left: 28, right: 184, bottom: 262 };
const PITCH = 225 / 22;
/** One 14 pt character: the folio's and colophon's inset. */
const CHAR14 = (14 * 25.4) / 72;
/** Height of a 16 pt line's box in pdftotext (Noto CJK: 1.3 em). */
const BODY_BOX = 7.34;
/** LibreOffice sets a 16 pt line at the foot of its grid row: this far above the box is row. */
const ROW_ABOVE_BOX = 2.33;

interface Rendered {
  pdf: Uint8Array;
  pages: PdfPage[];
}
const rendered = new Map<string, Rendered>();

/** Every document in one soffice run (a start-up and a fresh profile per document cost most of this file's time). */
function renderAll(docs: Record<string, OfficialDocument>): void {
  const docx = Object.fromEntries(
    Object.entries(docs).map(([name, doc]) => [name, renderDocx(doc, { plan: { ...planOf(doc), ...(samplePlans[name as Name] ?? {}) } })]),
  );
  const pdfs = docxToPdfBatch(docx);
  mkdirSync(OUT, { recursive: true });
  for (const [name, pdf] of Object.entries(pdfs)) {
    const path = join(OUT, `${name}.pdf`);
    writeFileSync(path, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', path, join(OUT, name)]);
    rendered.set(name, { pdf, pages: readPages(pdf) });
  }
}

const get = (name: string): Rendered => {
  const r = rendered.get(name);
  if (!r) throw new Error(`${name} was not rendered`);
  return r;
};

const isBodyLine = (line: TextLine): boolean => Math.abs(line.yMax - line.yMin - BODY_BOX) < 0.3 && line.yMin >= BLOCK.top - 1 && line.yMax <= BLOCK.bottom + 1;
const fullWidthOnly = (line: TextLine): boolean => !/[\x20-\x7e]/.test(line.text);
const folioLine = (page: PdfPage): TextLine | undefined => page.lines.find((l) => l.yMin > BLOCK.bottom && /^—\d+—$/.test(l.text));
/** Texts set off the body's grid: table cells (rows of exact height) and the letter's number row (a text box). */
function offGridTexts(doc: OfficialDocument): string[] {
  const cellText = (c: TableCell): string => c.children.map((p) => p.children.map((i) => (i.type === 'text' ? i.value : '')).join('')).join('');
  const cells = doc.body.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map(cellText)) : []));
  return [...cells, ...(doc.layout === 'letter' ? [doc.header.copyNumber ?? '', doc.header.docNumber ?? ''] : [])].filter((t) => t !== '');
}
/** Distinct rows (by their top) of the grid body lines of a page. */
const rowTops = (page: PdfPage, doc: OfficialDocument): number[] => {
  const off = offGridTexts(doc);
  const onGrid = page.lines.filter((l) => isBodyLine(l) && !off.some((t) => t.replace(/\s/g, '').includes(l.text)));
  return [...new Set(onGrid.map((l) => Math.round(l.yMin * 10) / 10))].sort((a, b) => a - b);
};

const hostile = '<w:p>&amp; {{x}} {title} ]]> end';
const hostileDoc: OfficialDocument = {
  ...sampleDocuments.speech,
  title: '测试文本',
  subtitle: [],
  body: [{ type: 'paragraph', children: [{ type: 'text', value: `${hostile}\u0001` }] }],
};

beforeAll(() => {
  requireLibreOffice();
  renderAll({ ...sampleDocuments, hostile: hostileDoc });
});

describe.each(NAMES)('%s under LibreOffice', (name) => {
  it('prints on A4 pages', () => {
    const { pages } = get(name);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect(page.widthPt).toBeCloseTo(595.3, 0);
      expect(page.heightPt).toBeCloseTo(841.9, 0);
    }
  });

  it('starts body rows at the 28 mm left margin and fills full rows with 28 characters edge to edge', () => {
    const lines = get(name).pages.flatMap((p) => p.lines.filter(isBodyLine));
    expect(Math.min(...lines.map((l) => l.xMin))).toBeCloseTo(BLOCK.left, 0);
    const full = lines.filter((l) => fullWidthOnly(l) && charCount(l) === 28);
    expect(full.length).toBeGreaterThan(0);
    for (const line of full) {
      expect(Math.abs(line.xMin - BLOCK.left)).toBeLessThan(0.5);
      expect(Math.abs(line.xMax - BLOCK.right)).toBeLessThan(0.5);
    }
    // No row of Chinese text holds more than 28 characters.
    expect(Math.max(...lines.filter(fullWidthOnly).map(charCount))).toBeLessThanOrEqual(28);
  });

  it('keeps rows on the 10.23 mm pitch, at most 22 a page, inside the 37 mm block', () => {
    for (const page of get(name).pages) {
      const tops = rowTops(page, sampleDocuments[name]);
      if (tops.length === 0) continue;
      expect(tops.length).toBeLessThanOrEqual(22);
      for (let i = 1; i < tops.length; i++) {
        const gap = tops[i]! - tops[i - 1]!;
        const rows = Math.round(gap / PITCH);
        if (rows >= 1) expect(Math.abs(gap - rows * PITCH)).toBeLessThan(0.2 * rows + 0.05);
      }
      const firstRowTop = tops[0]! - ROW_ABOVE_BOX;
      const rowIndex = Math.round((firstRowTop - BLOCK.top) / PITCH);
      expect(Math.abs(firstRowTop - (BLOCK.top + rowIndex * PITCH))).toBeLessThan(1);
      expect(tops[tops.length - 1]! + BODY_BOX).toBeLessThanOrEqual(BLOCK.bottom);
    }
  });

  it('prints the folio as the furniture says, 7 mm under the block, odd right and even left', () => {
    const { pages, pdf } = get(name);
    const doc = sampleDocuments[name];
    const unnumbered = new Set(samplePlans[name]?.unnumberedPages ?? []);
    pages.forEach((page, index) => {
      const n = index + 1;
      const line = folioLine(page);
      if (doc.furniture.folio !== 'dash' || unnumbered.has(n) || (doc.layout === 'letter' && n === 1)) {
        expect(line).toBeUndefined();
        return;
      }
      expect(line?.text).toBe(`—${n}—`);
      const raster = rasterise(pdf, n, 300);
      const dash = inkBox(raster, { x0: line!.xMin - 0.5, y0: line!.yMin, x1: line!.xMin + 3.5, y1: line!.yMax }, 'dark')!;
      expect(Math.abs(dash.y0 - (BLOCK.bottom + 7))).toBeLessThan(1);
      const ink = inkBox(raster, { x0: 0, y0: line!.yMin, x1: 210, y1: line!.yMax }, 'dark')!;
      if (n % 2 === 1) expect(Math.abs(ink.x1 - (BLOCK.right - CHAR14))).toBeLessThan(1);
      else expect(Math.abs(ink.x0 - (BLOCK.left + CHAR14))).toBeLessThan(1);
    });
  });
});

describe('title', () => {
  // The rows rowPlan fixes (minutes: no title).
  const firstTitleRow: Record<Name, number> = {
    document: rowPlan.headed.firstTitleRow,
    letter: rowPlan.letter.firstTitleRow,
    minutes: 0,
    speech: rowPlan.plain.firstTitleRow,
    talkRecord: rowPlan.plain.firstTitleRow,
  };
  it.each(NAMES.filter((n) => firstTitleRow[n] > 0))('%s: 22 pt, centred, on its row of the plan', (name) => {
    const doc = sampleDocuments[name];
    const page = get(name).pages[0]!;
    const line = page.lines.find((l) => l.text === doc.title || doc.title.startsWith(l.text))!;
    expect(line).toBeDefined();
    expect(line.yMax - line.yMin).toBeCloseTo((BODY_BOX * 22) / 16, 0);
    expect(Math.abs((line.xMin + line.xMax) / 2 - 106)).toBeLessThan(1);
    const rowTop = BLOCK.top + (firstTitleRow[name] - 1) * PITCH;
    expect(line.yMin - rowTop).toBeGreaterThanOrEqual(0);
    expect(line.yMin - rowTop).toBeLessThan(1.5);
  });
});

describe('red header', () => {
  it.each(['document', 'minutes'] as const)('%s: red mark 35 mm under the block, separator 156 mm, 4 mm under the number', (name) => {
    const { pdf, pages } = get(name);
    const raster = rasterise(pdf, 1, 300);
    const mark = inkBox(raster, { x0: 0, y0: 60, x1: 210, y1: 95 }, 'red')!;
    expect(Math.abs(mark.y0 - (BLOCK.top + 35))).toBeLessThan(0.5);
    expect(Math.abs((mark.x0 + mark.x1) / 2 - 106)).toBeLessThan(1);
    const numberLine = pages[0]!.lines.find((l) => Math.abs(l.yMin - (BLOCK.top + 6 * PITCH + ROW_ABOVE_BOX)) < 0.5)!;
    expect(numberLine.text).toBe(name === 'document' ? '某纪建〔2026〕3号' : '第5次');
    const number = inkBox(raster, { x0: 28, y0: numberLine.yMin, x1: 184, y1: numberLine.yMax + 1 }, 'dark')!;
    const separator = inkBox(raster, { x0: 0, y0: number.y1, x1: 210, y1: number.y1 + 8 }, 'red')!;
    expect(Math.abs(separator.x0 - BLOCK.left)).toBeLessThan(0.5);
    expect(Math.abs(separator.x1 - BLOCK.right)).toBeLessThan(0.5);
    expect(Math.abs(separator.y0 - number.y1 - 4)).toBeLessThan(0.5);
  });

  it('letter: red name 30 mm from the top, double rules of 170 mm under it and 20 mm above the bottom', () => {
    const raster = rasterise(get('letter').pdf, 1, 300);
    const mark = inkBox(raster, { x0: 0, y0: 20, x1: 210, y1: 43 }, 'red')!;
    expect(Math.abs(mark.y0 - 30)).toBeLessThan(0.5);
    const rules = inkBox(raster, { x0: 0, y0: mark.y1 + 1, x1: 210, y1: mark.y1 + 9 }, 'red')!;
    expect(Math.abs(rules.y0 - mark.y1 - 4)).toBeLessThan(0.5);
    expect(Math.abs(rules.x1 - rules.x0 - 170)).toBeLessThan(0.5);
    const bottom = inkBox(raster, { x0: 0, y0: 262, x1: 210, y1: 297 }, 'red')!;
    expect(Math.abs(bottom.y1 - 277)).toBeLessThan(0.5);
    expect(Math.abs(bottom.x1 - bottom.x0 - 170)).toBeLessThan(0.5);
  });
});

describe('colophon at the foot of the planned page', () => {
  it.each(['document', 'minutes', 'letter'] as const)('%s', (name) => {
    const plan = samplePlans[name]!;
    const { pdf, pages } = get(name);
    expect(pages).toHaveLength(plan.pageCount);
    const page = pages[plan.colophon!.page - 1]!;
    const cc = page.lines.find((l) => l.text.startsWith('抄送：'))!;
    expect(cc).toBeDefined();
    expect(Math.abs(cc.xMin - (BLOCK.left + CHAR14))).toBeLessThan(0.5);
    const raster = rasterise(pdf, plan.colophon!.page, 300);
    const ink = inkBox(raster, { x0: 20, y0: cc.yMin - 5, x1: 190, y1: 268 }, 'dark')!;
    if (name === 'letter') {
      // No rules: the 抄送 row is the last row of the block.
      expect(cc.yMin).toBeGreaterThan(BLOCK.top + 21 * PITCH);
    } else {
      expect(Math.abs(ink.y1 - BLOCK.bottom)).toBeLessThan(0.5);
      expect(Math.abs(ink.x0 - BLOCK.left)).toBeLessThan(0.5);
      expect(Math.abs(ink.x1 - BLOCK.right)).toBeLessThan(0.5);
      const printed = page.lines.filter((l) => l.text.endsWith('印发'));
      expect(printed).toHaveLength(1);
      expect(Math.abs(printed[0]!.xMax - (BLOCK.right - CHAR14))).toBeLessThan(1);
    }
  });
});

describe('signatures', () => {
  it('sealed: the seal centred over issuer and date, its top within a row of the text above', () => {
    const { pdf, pages } = get('document');
    const index = pages.findIndex((p) => p.lines.some((l) => l.text === '2026年11月24日'));
    const page = pages[index]!;
    const date = page.lines.find((l) => l.text === '2026年11月24日')!;
    expect(Math.abs(date.xMax - (BLOCK.right - 4 * (156 / 28)))).toBeLessThan(0.6);
    const issuer = page.lines.find((l) => l.text === '中共某某市纪律检查委员会')!;
    const seal = inkBox(rasterise(pdf, index + 1, 150), { x0: 28, y0: issuer.yMin - 40, x1: 184, y1: date.yMax + 30 }, 'red')!;
    expect(seal.x1 - seal.x0).toBeCloseTo(42, 0);
    const above = page.lines.filter((l) => l.yMax < issuer.yMin - 1).at(-1)!;
    expect(seal.y0 - above.yMax).toBeLessThan(PITCH);
    expect(seal.y0).toBeGreaterThan(above.yMax - 1);
    // Issuer and date lie in the seal's lower half; the seal and the issuer share their axis.
    expect((issuer.yMin + issuer.yMax) / 2).toBeGreaterThan((seal.y0 + seal.y1) / 2 - 2);
    expect(Math.abs((seal.x0 + seal.x1) / 2 - (issuer.xMin + issuer.xMax) / 2)).toBeLessThan(1);
    // The date's centre is computed with half-width digits (仿宋_GB2312 in Word); Noto's
    // digits are wider, so under LibreOffice the date sits up to 4 mm right of the axis.
    expect(Math.abs((seal.x0 + seal.x1) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(4);
  });

  it('unsealed: the date starts two cells right of the issuer', () => {
    const page = get('letter').pages.find((p) => p.lines.some((l) => l.text === '2026年11月24日'))!;
    const issuer = page.lines.find((l) => l.text === '中共某某市纪律检查委员会')!;
    const date = page.lines.find((l) => l.text === '2026年11月24日')!;
    expect(Math.abs(issuer.xMax - (BLOCK.right - 2 * (156 / 28)))).toBeLessThan(0.6);
    expect(Math.abs(date.xMin - issuer.xMin - 2 * (156 / 28))).toBeLessThan(0.6);
    expect(date.yMin - issuer.yMin).toBeCloseTo(PITCH, 0);
  });
});

describe('talk record furniture', () => {
  it('prints 第X页 共Y页 centred with the page signature row above, on every page', () => {
    const { pages } = get('talkRecord');
    pages.forEach((page, i) => {
      const folio = page.lines.find((l) => l.text === `第${i + 1}页共${pages.length}页`)!;
      expect(folio).toBeDefined();
      expect(folio.yMin).toBeGreaterThan(BLOCK.bottom);
      expect(Math.abs((folio.xMin + folio.xMax) / 2 - 106)).toBeLessThan(1);
      const signatures = page.lines.find((l) => l.text.startsWith('被谈话人签名：'))!;
      expect(page.lines.some((l) => l.text.startsWith('记录人签名：') && Math.abs(l.yMin - signatures.yMin) < 0.5)).toBe(true);
      expect(signatures.yMin).toBeGreaterThan(BLOCK.bottom);
      // One exact 16 pt row above the folio row (the 14 pt boxes overlap a little).
      expect(folio.yMin - signatures.yMin).toBeCloseTo(5.64, 0);
    });
  });
});

describe('hostile text', () => {
  it('prints markup-like data literally', () => {
    const text = get('hostile').pages.flatMap((p) => p.lines.map((l) => l.text)).join('');
    expect(text).toContain(hostile.replace(/\s/g, ''));
  });
});

import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { createContext } from '../../src/layout/page/context.ts';
import type { FlowLine, TableSlice } from '../../src/layout/page/flow.ts';
import { documentLines } from '../../src/layout/page/layoutDocument.ts';
import { paginate, type PaginateInput } from '../../src/layout/page/paginate.ts';
import { endGroupDocuments, noteShapes, type EndGroupVariant } from './endGroupVariants.ts';

/** A paragraph of `rows` rows (text p.1, p.2, …). */
const paragraph = (name: string, rows = 1, extra: Partial<FlowLine> = {}): FlowLine[] =>
  Array.from({ length: rows }, (_, i) => ({ elements: [], text: `${name}.${i + 1}`, paragraphStart: i === 0, ...extra }));
const body = (count: number): FlowLine[] => Array.from({ length: count }, (_, i) => paragraph(`p${i + 1}`)).flat();
/** Unsealed signature: one empty row, issuer, date — all kept with the row before. */
const signature = (): FlowLine[] => ['', 'issuer', 'date'].map((text) => ({ elements: [], text, paragraphStart: true, keepWithPrevious: true }));
const anchor = (lines: FlowLine[]): FlowLine[] => lines.map((l) => ({ ...l, anchor: true }));

const input = (lines: FlowLine[], extra: Partial<PaginateInput> = {}): PaginateInput => ({ firstFlowRow: 1, lines, colophon: [], duplex: true, ...extra });
const where = (result: ReturnType<typeof paginate>, text: string) => {
  const p = result.placements.find((pl) => pl.line.text === text)!;
  return `${p.page}:${p.row}`;
};

describe('paginate', () => {
  it('stacks one line per grid row, 22 rows a page, from the header row on the first page', () => {
    const result = paginate(input(body(30), { firstFlowRow: 10 }));
    expect(where(result, 'p1.1')).toBe('1:10');
    expect(where(result, 'p13.1')).toBe('1:22');
    expect(where(result, 'p14.1')).toBe('2:1');
    expect(result.plan).toMatchObject({ pageCount: 2, contentEnd: { page: 2, row: 17 } });
  });

  it('never lets the signature start a page: the paragraph before it moves with it', () => {
    const lines = [...body(20), ...anchor(paragraph('last')), ...signature()];
    // p1..p20 on rows 1–20, last on 21, the empty row on 22, the issuer would open page 2.
    const result = paginate(input(lines));
    expect(where(result, 'last.1')).toBe('2:1');
    expect(where(result, 'issuer')).toBe('2:3');
    expect(where(result, 'date')).toBe('2:4');
    expect(where(result, 'p20.1')).toBe('1:20');
  });

  it('moves a multi-row paragraph before the signature whole rather than splitting it (as LibreOffice does)', () => {
    const lines = [...body(20), ...anchor(paragraph('last', 3)), ...signature()];
    const result = paginate(input(lines));
    expect(where(result, 'last.1')).toBe('2:1');
    expect(where(result, 'last.3')).toBe('2:3');
    expect(where(result, 'date')).toBe('2:6');
  });

  it('leaves the paragraph alone when everything fits', () => {
    const lines = [...body(10), ...anchor(paragraph('last', 3)), ...signature()];
    const result = paginate(input(lines));
    expect(where(result, 'last.1')).toBe('1:11');
    expect(where(result, 'date')).toBe('1:16');
  });

  it('keeps last paragraph, spacer, every 附件说明 row and the signature on one page at every offset', () => {
    // The group: last (2 rows), spacer, two note rows, spacer, issuer, date — 8 rows.
    const group = (): FlowLine[] => [
      ...anchor(paragraph('last', 2)),
      ...['', 'note1', 'note2'].map((text) => ({ elements: [], text, paragraphStart: true, keepWithPrevious: true })),
      ...signature(),
    ];
    for (let fill = 14; fill <= 22; fill++) {
      const result = paginate(input([...body(fill), ...group()]));
      const page = (text: string) => result.placements.find((p) => p.line.text === text)!.page;
      const crosses = fill > 14 && fill < 22;
      expect({ fill, last: where(result, 'last.1') }).toEqual({ fill, last: crosses ? '2:1' : fill === 14 ? '1:15' : '2:1' });
      expect(new Set(['last.1', 'last.2', 'note1', 'note2', 'issuer', 'date'].map(page)).size).toBe(1);
      expect(where(result, `p${fill}.1`)).toBe(`1:${fill}`);
    }
  });

  it('starts an attachment on a new page', () => {
    const lines = [...body(3), { elements: [], text: '附件1', paragraphStart: true, pageBreakBefore: true }, ...body(2)];
    const result = paginate(input(lines));
    expect(where(result, '附件1')).toBe('2:1');
  });

  it('repeats a table header on the page the table continues on and closes the rule at the break', () => {
    const header: FlowLine[] = [];
    const slice = (isHeader: boolean): TableSlice => ({ table: 1, header, isHeader, rowEnd: true, left: 0, right: 100 });
    header.push({ elements: [], text: 'head', table: slice(true) });
    const rows = Array.from({ length: 25 }, (_, i) => ({ elements: [], text: `r${i + 1}`, table: slice(false) }));
    const result = paginate(input([...body(2), ...header, ...rows]));
    const page2 = result.placements.filter((p) => p.page === 2).map((p) => p.line.text);
    expect(page2[0]).toBe('head');
    expect(page2[1]).toBe('r20');
  });

  it('never ends a page on a heading: it moves on with the next block, with the heading chained before it', () => {
    const heading = (name: string, rows = 1) => paragraph(name, rows, { keepWithNext: true });
    const one = paginate(input([...body(21), ...heading('h'), ...paragraph('after', 3)]));
    expect(where(one, 'h.1')).toBe('2:1');
    expect(where(one, 'after.1')).toBe('2:2');
    const chain = paginate(input([...body(20), ...heading('h1'), ...heading('h2'), ...paragraph('after', 3)]));
    expect([where(chain, 'h1.1'), where(chain, 'h2.1'), where(chain, 'after.1')]).toEqual(['2:1', '2:2', '2:3']);
    // A two-row heading stays whole.
    const split = paginate(input([...body(21), ...heading('h', 2), ...paragraph('after')]));
    expect([where(split, 'h.1'), where(split, 'h.2')]).toEqual(['2:1', '2:2']);
    // With the end group: the heading goes along with the paragraph the group takes.
    const group = paginate(input([...body(19), ...heading('h'), ...anchor(paragraph('last')), ...signature()]));
    expect([where(group, 'h.1'), where(group, 'last.1'), where(group, 'date')]).toEqual(['2:1', '2:2', '2:5']);
    expect(where(group, 'p19.1')).toBe('1:19');
  });

  it('says where the content\'s last block begins: its paragraph\'s first row, or its table\'s (repeated header aside)', () => {
    expect(paginate(input([...body(20), ...paragraph('last', 5)])).plan.lastBlockStart).toEqual({ page: 1, row: 21 });
    expect(paginate(input([...body(20), ...paragraph('last', 2)])).plan.lastBlockStart).toEqual({ page: 1, row: 21 });
    expect(paginate(input(body(23))).plan.lastBlockStart).toEqual({ page: 2, row: 1 });
    const header: FlowLine[] = [];
    const slice = (isHeader: boolean): TableSlice => ({ table: 1, header, isHeader, rowEnd: true, left: 0, right: 100 });
    header.push({ elements: [], text: 'head', table: slice(true), paragraphStart: true });
    const rows = Array.from({ length: 25 }, (_, i) => ({ elements: [], text: `r${i + 1}`, table: slice(false), paragraphStart: true }));
    expect(paginate(input([...body(2), ...header, ...rows])).plan.lastBlockStart).toEqual({ page: 1, row: 3 });
  });

  describe('colophon (版记) at the foot of the last page', () => {
    const colophon = [{ elements: [] }, { elements: [] }];
    it('duplex: an odd last page sends it to the next, even page', () => {
      const plan = paginate(input(body(10), { colophon })).plan;
      expect(plan.colophon).toEqual({ page: 2, firstRow: 21, newPage: true, blankPageBefore: false });
      expect(plan.pageCount).toBe(2);
      expect(plan.unnumberedPages).toEqual([]);
    });
    it('duplex: on an even last page with room, it shares the page', () => {
      const plan = paginate(input(body(30), { colophon })).plan;
      expect(plan.colophon).toEqual({ page: 2, firstRow: 21, newPage: false, blankPageBefore: false });
    });
    it('duplex: an even last page without room gets a blank page, then the colophon; neither numbered', () => {
      const plan = paginate(input(body(22 + 21), { colophon })).plan;
      expect(plan.colophon).toEqual({ page: 4, firstRow: 21, newPage: true, blankPageBefore: true });
      expect(plan.unnumberedPages).toEqual([3, 4]);
      expect(plan.pageCount).toBe(4);
    });
    it('single-sided: on the last page when it fits, else on the next', () => {
      expect(paginate(input(body(10), { colophon, duplex: false })).plan.colophon).toMatchObject({ page: 1, newPage: false });
      expect(paginate(input(body(21), { colophon, duplex: false })).plan.colophon).toMatchObject({ page: 2, newPage: true, blankPageBefore: false });
    });
  });

  describe('no page holds the end group without body text (real layout of end-group variants)', () => {
    const variants: Record<string, EndGroupVariant> = {};
    for (const lastRows of [1, 2, 3]) {
      for (const [shape, note] of Object.entries(noteShapes)) for (const sealed of [true, false]) variants[`L${lastRows}-${shape}-${sealed ? 's' : 'u'}`] = { lastRows, note, sealed };
      variants[`L${lastRows}-remark`] = { lastRows, note: ['整改任务清单'], sealed: true, remark: '此件发至被建议单位' };
      variants[`L${lastRows}-closing`] = { lastRows, note: [], sealed: false, closing: true };
      variants[`L${lastRows}-attendance`] = { lastRows, note: [], sealed: false, noSignature: true, attendance: [{ label: '出席', names: ['陈某某', '刘某某'] }, { label: '请假', names: ['朱某某'] }] };
    }
    const docs = endGroupDocuments(variants);

    it('every page with a signature, date, 附件说明, 附注, closing or attendance row also holds body text', async () => {
      const ctx = createContext(await loadFontSet({ systemFonts: false }));
      const problems: string[] = [];
      let crossing = 0;
      for (const [name, doc] of Object.entries(docs)) {
        // Body rows: the layout of the body alone (closing lines excluded); every later row is the group's.
        const bodyOnly = { ...doc, body: doc.body.filter((b) => b.type !== 'paragraph' || b.align !== 'right'), attachmentNote: [], signature: undefined, note: undefined, attendance: [] };
        const bodyRows = documentLines(ctx, bodyOnly).length;
        const { placements } = paginate(input(documentLines(ctx, doc)));
        const pages = new Map<number, { text: string; body: boolean }[]>();
        placements.forEach((p, i) => pages.set(p.page, [...(pages.get(p.page) ?? []), { text: p.line.text ?? '', body: i < bodyRows }]));
        for (const [page, lines] of pages) {
          const groupText = lines.filter((l) => !l.body && l.text);
          if (groupText.length > 0 && !lines.some((l) => l.body && l.text)) problems.push(`${name} p${page}: ${groupText.map((l) => l.text).join(' / ')}`);
        }
        const lastPage = placements.at(-1)!.page;
        // The body's last paragraph moved with the group: page 1 ends early.
        if (lastPage === 2 && !placements.some((p) => p.page === 1 && p.row === 22)) crossing++;
      }
      expect(problems).toEqual([]);
      // The variants really put the group across the page end (a page-1 row left empty by the move).
      expect(crossing).toBeGreaterThan(100);
    });
  });
});

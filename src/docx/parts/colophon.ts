/**
 * 版记: 4号仿宋 rows between rules as wide as the block (first and last thick 0.35 mm ≈ 1 pt,
 * w:sz 8; those between thin 0.25 mm ≈ 0.75 pt, w:sz 6), one character inset left and right.
 * Each row is one grid row tall (exact spacing, off the grid), so the colophon occupies whole
 * rows and its last rule can meet the block's bottom edge. Built as bordered paragraphs:
 * LibreOffice neither floats a full-width table nor keeps one that ends the document.
 * The letter layout prints 抄送 only, without rules or printer.
 */
import type { Colophon, Layout } from '../../model/types.ts';
import { colophon as spec, docx } from '../../layout/gbt9704.ts';
import { run, ROW, type Border } from '../ooxml.ts';
import { p, type BodyItem } from '../body.ts';

/** Eighths of a point: 0.35 mm = 0.99 pt → 8; 0.25 mm = 0.71 pt → 6. */
export const THICK_RULE = Math.round((spec.thickRuleMm / 25.4) * 72 * 8);
export const THIN_RULE = Math.round((spec.thinRuleMm / 25.4) * 72 * 8);
/**
 * LibreOffice adds a paragraph border's width to the paragraph's height; taking it off the
 * exact line height keeps every colophon row exactly one grid row (579 twips) tall.
 */
const borderTwips = (b: Border | undefined): number => (b ? Math.round((b.sz / 8) * 20) : 0);

/** One 14 pt character (less the −0.25 pt spacing of Normal). */
const CHAR14 = spec.sizePt * 20 - 5;
const INSET = docx.colophonTabLeft; // one 14 pt character
const LABEL = '抄送：';

/** The 抄送 text as it prints: recipients joined with ，, ending with 。. */
export function ccText(cc: string[]): string {
  return `${LABEL}${cc.join('，').replace(/[。.]$/, '')}。`;
}

/**
 * The 抄送 paragraph with its rows broken where the plan broke them: LibreOffice draws a
 * paragraph's rules between its indents (measured: test/corpus/probe/ruleInset.ts), so the
 * paragraph has none on the right and its first row starts at the block's edge, a tab giving the
 * one-character inset; the continuation rows hang after the label. Its rules span the block.
 */
function brokenCcRow(text: string, breaks: readonly number[], opts: { top?: Border; bottom?: Border; hanging: number; rows: number }): BodyItem {
  let broken = text;
  for (const at of [...breaks].sort((a, b) => b - a)) broken = `${broken.slice(0, at)}\n${broken.slice(at)}`;
  const item = row(`\t${broken}`, { ...opts, tabs: false });
  if (item.kind !== 'p') return item;
  return {
    ...item,
    props: { ...item.props, tabs: [{ val: 'left', pos: INSET }], ind: { left: INSET + opts.hanging, right: 0, hanging: INSET + opts.hanging } },
  };
}

function row(text: string, opts: { top?: Border; bottom?: Border; hanging?: number; rows?: number; tabs?: boolean }): BodyItem {
  const rows = opts.rows ?? 1;
  // Borders add height in LibreOffice: shave them off the lines so the paragraph stays `rows` rows.
  const line = ROW - Math.ceil((borderTwips(opts.top) + borderTwips(opts.bottom)) / rows);
  return p(
    {
      style: 'GwColophon',
      snapToGrid: false,
      spacing: { before: 0, after: 0, line, lineRule: 'exact' },
      borders: opts.top || opts.bottom ? { top: opts.top, bottom: opts.bottom } : undefined,
      tabs: opts.tabs ? [{ val: 'left', pos: docx.colophonTabLeft }, { val: 'right', pos: docx.colophonTabRight }] : undefined,
      ind: opts.hanging ? { left: INSET + opts.hanging, right: INSET, hanging: opts.hanging } : { left: 0, right: 0 },
      jc: 'left',
    },
    [run(text, { font: 'fangsong', sizePt: spec.sizePt })],
  );
}

/**
 * `plannedRows`: rows of the whole 版记 as the PagePlan places it (22 − firstRow + 1): the layout
 * engine broke the 抄送 rows (modelling LibreOffice's measure), the DOCX only sizes them, and
 * breaks them where `ccBreaks` (the plan's colophonCcBreaks) says.
 */
export function colophonItems(c: Colophon, layout: Layout, plannedRows: number, ccBreaks?: readonly number[]): BodyItem[] {
  const ruled = layout !== 'letter';
  const thick: Border | undefined = ruled ? { sz: THICK_RULE } : undefined;
  const thin: Border | undefined = ruled ? { sz: THIN_RULE } : undefined;
  const printer = ruled && c.printer ? c.printer : undefined;
  const items: BodyItem[] = [];
  if (c.cc.length > 0) {
    const ccRows = Math.max(1, plannedRows - (printer ? 1 : 0));
    const rules = { top: thick, bottom: printer ? thin : thick, hanging: 3 * CHAR14, rows: ccRows };
    items.push(ccBreaks && ccBreaks.length === ccRows - 1 ? brokenCcRow(ccText(c.cc), ccBreaks, rules) : row(ccText(c.cc), rules));
  }
  if (printer) {
    items.push(row(`\t${printer.name}\t${printer.date}印发`, { top: items.length === 0 ? thick : undefined, bottom: thick, tabs: true }));
  }
  return items;
}

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
import { ccText } from '../../layout/colophonText.ts';

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
/** The label 抄送： after which continuation rows hang. */
const LABEL_TWIPS = 3 * CHAR14;

type ParaProps = Parameters<typeof p>[0];

function row(text: string, opts: { top?: Border; bottom?: Border; rows?: number; tabs?: ParaProps['tabs']; ind: ParaProps['ind'] }): BodyItem {
  const rows = opts.rows ?? 1;
  // Borders add height in LibreOffice: shave them off the lines so the paragraph stays `rows` rows.
  const line = ROW - Math.ceil((borderTwips(opts.top) + borderTwips(opts.bottom)) / rows);
  return p(
    {
      style: 'GwColophon',
      snapToGrid: false,
      spacing: { before: 0, after: 0, line, lineRule: 'exact' },
      borders: opts.top || opts.bottom ? { top: opts.top, bottom: opts.bottom } : undefined,
      tabs: opts.tabs,
      ind: opts.ind,
      jc: 'left',
    },
    [run(text, { font: 'fangsong', sizePt: spec.sizePt })],
  );
}

/**
 * The 抄送 paragraph. With the plan's row breaks it is broken there and has no indents:
 * LibreOffice draws a paragraph's rules between its indents (measured:
 * test/corpus/probe/ruleInset.ts), so its first row starts at the block's edge, a tab giving the
 * one-character inset, and its continuation rows hang after the label; its rules span the block.
 * Without them (rows that did not spell the text) it is narrowed by the inset on both sides, for
 * the renderer to break.
 */
function ccRow(cc: readonly string[], breaks: readonly number[] | undefined, opts: { top?: Border; bottom?: Border; rows: number }): BodyItem {
  const text = ccText(cc);
  if (!breaks || breaks.length !== opts.rows - 1) {
    return row(text, { ...opts, ind: { left: INSET + LABEL_TWIPS, right: INSET, hanging: LABEL_TWIPS } });
  }
  let broken = text;
  for (const at of [...breaks].sort((a, b) => b - a)) broken = `${broken.slice(0, at)}\n${broken.slice(at)}`;
  return row(`\t${broken}`, { ...opts, tabs: [{ val: 'left', pos: INSET }], ind: { left: INSET + LABEL_TWIPS, right: 0, hanging: INSET + LABEL_TWIPS } });
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
    items.push(ccRow(c.cc, ccBreaks, { top: thick, bottom: printer ? thin : thick, rows: ccRows }));
  }
  if (printer) {
    items.push(
      row(`\t${printer.name}\t${printer.date}印发`, {
        top: items.length === 0 ? thick : undefined,
        bottom: thick,
        tabs: [{ val: 'left', pos: docx.colophonTabLeft }, { val: 'right', pos: docx.colophonTabRight }],
        ind: { left: 0, right: 0 },
      }),
    );
  }
  return items;
}

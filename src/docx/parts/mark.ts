/**
 * The red issuer mark (发文机关标志) of the document and minutes layouts: one paragraph that
 * fills grid rows 1–5 with the ink top 35 mm under the block (rowPlan.headed.markRows).
 * Rows 1–3 may first hold 份号/密级/紧急程度; the mark paragraph then starts below them and
 * its spacing is recomputed so its ink still lands at 35 mm.
 */
import { docx, header, mmToTwips, red, rowPlan } from '../../layout/gbt9704.ts';
import { fitIssuerMark } from '../../layout/fitIssuerMark.ts';
import { EXACT_LINE_ASCENT, HAN_INK_TOP_EM } from '../metrics.ts';
import { run, ROW } from '../ooxml.ts';
import { p, type BodyItem } from '../body.ts';

export interface MarkSpacing {
  before: number;
  line: number;
  after: number;
}

/** Spacing of the mark paragraph that starts `rowsAbove` grid rows under the block's top. */
export function markSpacing(sizePt: number, rowsAbove: number): MarkSpacing {
  const total = rowPlan.headed.markRows * ROW;
  const top = rowsAbove * ROW;
  const baseline = mmToTwips(header.markTopBelowBlockMm) + HAN_INK_TOP_EM * sizePt * 20;
  let line: number = docx.markLineExact;
  let before = baseline - top - EXACT_LINE_ASCENT * line;
  if (before < 0) {
    before = 0;
    line = (baseline - top) / EXACT_LINE_ASCENT;
  }
  line = Math.round(line);
  before = Math.round(before);
  return { before, line, after: Math.max(0, total - top - before - line) };
}

/** The mark paragraph. */
export function markParagraph(text: string, rowsAbove: number): BodyItem {
  const fit = fitIssuerMark(text);
  const spacing = markSpacing(fit.sizePt, rowsAbove);
  return p(
    {
      style: 'GwMark',
      snapToGrid: false,
      spacing: { before: spacing.before, after: spacing.after, line: spacing.line, lineRule: 'exact' },
      ind: { left: 0, right: 0, firstLine: 0, firstLineChars: 0 },
      jc: 'center',
    },
    [run(text, { font: 'xiaobiaosong', color: red.hex, sizePt: fit.sizePt, scaleX: fit.scaleX })],
  );
}

/**
 * layoutParagraph: the inline layout of one paragraph — itemize → break → justify — returning
 * its rows of placed glyphs. Pagination calls this (and only this) for every paragraph, table
 * cell and single-row line (title rows, signature, date, 版记), so counting rows and drawing
 * them go through one code path.
 *
 * Coordinates (see justify.ts): glyph.x is relative to the row's left edge, which lies
 * row.offsetPt right of the block's left edge (offsetPt includes the indent and the alignment
 * offset). Page x = blockLeft + row.offsetPt + glyph.x; the first glyph of a row has x = 0.
 */
import { body, pt } from '../gbt9704.ts';
import { breakLines } from './breakLines.ts';
import { itemize } from './itemize.ts';
import { justifyRow } from './justify.ts';
import type { BreakOptions, LineRow, MeasureChar, StyledRun } from './types.ts';

const HARD_BREAK = /[\n\u2028\u2029]/;

/**
 * Lays out a paragraph. A hard line break (\n, U+2028, U+2029) ends a row without stretching
 * it; the text after it continues with the rest indent. An empty paragraph gives one empty row.
 */
export function layoutParagraph(runs: readonly StyledRun[], options: BreakOptions, measure: MeasureChar): LineRow[] {
  const segments = splitHardBreaks(runs);
  if (segments.length === 1) return layoutSegment(segments[0]!, options, measure);
  const rows: LineRow[] = [];
  const rest: BreakOptions = { ...options, firstIndentPt: options.restIndentPt };
  for (let s = 0; s < segments.length; s++) {
    for (const row of layoutSegment(segments[s]!, s === 0 ? options : rest, measure)) rows.push(row);
  }
  return rows;
}

/** Rows a paragraph takes (same code path as layoutParagraph). */
export function countRows(runs: readonly StyledRun[], options: BreakOptions, measure: MeasureChar): number {
  return layoutParagraph(runs, options, measure).length;
}

/** Convenience for single-style text (title rows, signature, date). */
export function layoutText(text: string, style: Omit<StyledRun, 'text'>, options: BreakOptions, measure: MeasureChar): LineRow[] {
  return layoutParagraph([{ ...style, text }], options, measure);
}

/**
 * Break options on the 28-character grid of the block: justified, first row indented two cells.
 * Override any field (e.g. { align: 'center', firstIndentPt: 0 } for a title row,
 * { restIndentPt: ... } for the hanging rows of 附件说明 or 抄送).
 */
export function gridOptions(overrides: Partial<BreakOptions> = {}): BreakOptions {
  return {
    widthPt: pt.blockWidth,
    cellPt: pt.cell,
    firstIndentPt: body.firstLineIndentCells * pt.cell,
    restIndentPt: 0,
    align: 'justify',
    ...overrides,
  };
}

function layoutSegment(runs: readonly StyledRun[], options: BreakOptions, measure: MeasureChar): LineRow[] {
  const rows = breakLines(itemize(runs, measure), options);
  const out: LineRow[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = justifyRow(rows[r]!, options);
  return out;
}

/** Splits runs at hard line breaks into segments (each a list of runs). */
function splitHardBreaks(runs: readonly StyledRun[]): StyledRun[][] {
  let hasBreak = false;
  for (const run of runs) if (HARD_BREAK.test(run.text)) hasBreak = true;
  if (!hasBreak) return [runs as StyledRun[]];
  const segments: StyledRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split(HARD_BREAK);
    parts.forEach((part, k) => {
      if (k > 0) segments.push([]);
      if (part.length > 0) segments[segments.length - 1]!.push({ ...run, text: part });
    });
  }
  return segments;
}

/**
 * What every layout step needs: the fonts (for measuring, em boxes and ink), the grid
 * geometry in page coordinates (points, y down from the paper's top), and helpers that
 * turn the line breaker's LineRows into positioned text lines.
 */
import { createFaceFinder, MissingGlyphError } from '../../fonts/measureChar.ts';
import { faceForKey } from '../../fonts/loadFontSet.ts';
import { createWordShaper } from '../../fonts/shapeWord.ts';
import type { FontSet, ResolvedFace } from '../../fonts/types.ts';
import { pt } from '../gbt9704.ts';
import type { FontRole } from '../../model/types.ts';
import { cachedMeasure } from '../line/measure.ts';
import { layoutParagraph } from '../line/layoutParagraph.ts';
import type { BreakOptions, LineRow, MeasureChar, StyledRun } from '../line/types.ts';
import type { Glyph, Rgb, TextLine } from './pageModel.ts';
import type { Style } from './toRuns.ts';

export const BLACK: Rgb = [0, 0, 0];

/** The block and grid in page coordinates. */
export const geometry = {
  blockLeft: pt.marginLeft,
  blockRight: pt.marginLeft + pt.blockWidth,
  blockTop: pt.marginTop,
  blockBottom: pt.marginTop + pt.blockHeight,
  blockWidth: pt.blockWidth,
  pitch: pt.rowPitch,
  cell: pt.cell,
  /** Top edge of grid row r (1-based). */
  rowTop(row: number): number {
    return pt.marginTop + (row - 1) * pt.rowPitch;
  },
} as const;

export interface InkEm {
  /** Ink top and bottom above the baseline, in ems (bottom negative below it). */
  top: number;
  bottom: number;
}

export interface LayoutContext {
  fonts: FontSet;
  measure: MeasureChar;
  /** Where in the document we are, for error messages (e.g. 正文第3段). */
  where: string;
  /** Face that draws `char` in `role` (per-character fallback). */
  faceFor(char: string, role: FontRole): ResolvedFace;
  faceKeyFor(char: string, role: FontRole): string;
  /** Ascender of the role's own face as a fraction of the em (ideographic em box top). */
  ascent(role: FontRole): number;
  /** Ink extent of a string in the role's faces, in ems. */
  ink(text: string, role: FontRole): InkEm;
}

export function createContext(fonts: FontSet): LayoutContext {
  const find = createFaceFinder(fonts);
  const base = cachedMeasure((char, run) => {
    const found = find(char, run.font);
    return { faceKey: found.faceKey, advancePt: found.advanceEm * run.sizePt };
  });
  const measure: MeasureChar = (char, run) => {
    try {
      return base(char, run);
    } catch (error) {
      if (error instanceof MissingGlyphError && ctx.where) throw new MissingGlyphError(error.char, error.role, ctx.where);
      throw error;
    }
  };
  measure.shapeWord = createWordShaper(fonts);
  const ctx: LayoutContext = {
    fonts,
    where: '',
    measure,
    faceFor: (char, role) => faceForKey(fonts, ctx.faceKeyFor(char, role)),
    faceKeyFor: (char, role) => ctx.measure(char, { text: char, font: role, sizePt: 1 }).faceKey,
    ascent(role) {
      const face = fonts.chain(role)[0]!;
      return face.ascender / face.unitsPerEm;
    },
    ink(text, role) {
      let top = -Infinity;
      let bottom = Infinity;
      for (const char of text) {
        if (/\s/.test(char)) continue;
        const face = ctx.faceFor(char, role);
        const box = face.inkBox?.(char.codePointAt(0)!);
        if (!box || box.yMax <= box.yMin) continue;
        top = Math.max(top, box.yMax / face.unitsPerEm);
        bottom = Math.min(bottom, box.yMin / face.unitsPerEm);
      }
      if (top === -Infinity) return { top: ctx.ascent(role), bottom: ctx.ascent(role) - 1 };
      return { top, bottom };
    },
  };
  return ctx;
}

/** Baseline offset from a grid row's top: the em box of the largest size centred in the row. */
export function baselineInRow(ctx: LayoutContext, role: FontRole, sizePt: number): number {
  return (geometry.pitch - sizePt) / 2 + sizePt * ctx.ascent(role);
}

/** Lays out runs as rows (the other engineer's line breaker; one code path for every text). */
export function layoutRows(ctx: LayoutContext, runs: StyledRun[], options: BreakOptions): LineRow[] {
  if (runs.length === 0) return [];
  return layoutParagraph(runs, options, ctx.measure);
}

/**
 * A LineRow as a text line whose baseline is relative to its grid row's top; `left` is the
 * page x of the left edge the row's offset is measured from (block or table cell).
 */
export function rowToLine(ctx: LayoutContext, row: LineRow, left: number): TextLine {
  let sizePt = 0;
  let role: FontRole = 'fangsong';
  for (const g of row.glyphs) {
    if (g.run.sizePt > sizePt) {
      sizePt = g.run.sizePt;
      role = g.run.font;
    }
  }
  const glyphs: Glyph[] = [];
  for (const g of row.glyphs) {
    if (g.char === ' ' || g.char === '\n') continue;
    glyphs.push({
      char: g.char,
      x: left + row.offsetPt + g.x,
      faceKey: g.faceKey,
      sizePt: g.run.sizePt,
      bold: !!g.run.bold,
      color: g.run.color ?? BLACK,
    });
  }
  return { type: 'text', baseline: baselineInRow(ctx, role, sizePt || 16), glyphs };
}

/** Text set at its natural advances (no grid), starting at page x `left`; returns the line and its width. */
export function naturalLine(ctx: LayoutContext, text: string, style: Style, left: number, scaleX = 100): { line: TextLine; width: number } {
  const glyphs: Glyph[] = [];
  let x = left;
  const run: StyledRun = { ...style, text };
  for (const char of text) {
    const m = ctx.measure(char, run);
    if (char !== ' ') {
      glyphs.push({ char, x, faceKey: m.faceKey, sizePt: style.sizePt, bold: !!style.bold, color: style.color ?? BLACK });
    }
    x += (m.advancePt * scaleX) / 100;
  }
  const line: TextLine = { type: 'text', baseline: baselineInRow(ctx, style.font, style.sizePt), glyphs };
  if (scaleX !== 100) line.scaleX = scaleX;
  return { line, width: x - left };
}

/** Width of text on the grid as the line breaker sets it on one row (cells for Han, advances for Latin). */
export function gridWidth(ctx: LayoutContext, text: string, style: Style, cellPt: number = geometry.cell): number {
  const rows = layoutRows(ctx, [{ ...style, text }], {
    widthPt: 10_000,
    cellPt,
    firstIndentPt: 0,
    restIndentPt: 0,
    align: 'left',
  });
  return rows[0]?.widthPt ?? 0;
}

/** One row of text placed with its left edge at `leftInBlock` (points from the block's left). */
export function gridLineAt(ctx: LayoutContext, runs: StyledRun[], leftInBlock: number, cellPt: number = geometry.cell): TextLine {
  const rows = layoutRows(ctx, runs, { widthPt: 10_000, cellPt, firstIndentPt: 0, restIndentPt: 0, align: 'left' });
  const row = rows[0];
  if (!row) return { type: 'text', baseline: 0, glyphs: [] };
  return rowToLine(ctx, row, geometry.blockLeft + leftInBlock);
}

/** Merges text lines into one (same row; the baseline of the first). */
export function mergeLines(lines: TextLine[]): TextLine {
  const first = lines[0]!;
  return { ...first, glyphs: lines.flatMap((l) => l.glyphs) };
}

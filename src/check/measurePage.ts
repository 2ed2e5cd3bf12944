/**
 * Measures one page against the grid: the body text's left edge, the row pitch of
 * paragraph flows, the phase of the row lattice (the grid's top), the rows that span
 * the block, and the folio. Rules read these figures; they do not measure themselves.
 */
import { findFolio, type FolioFound } from './findFolio.ts';
import { isBlank, isFullWidth } from './charClass.ts';
import { baselineInRow, isBodySize, nominal, tolerance } from './standard.ts';
import type { PdfPageGeometry, PdfRow } from './types.ts';

const MM = 72 / 25.4;
/** A first-row indent: two cells (15.79 pt, our writer) or two 16 pt characters (LibreOffice). */
const INDENT = 2 * ((nominal.cell + nominal.bodySize) / 2);

export interface FullRow {
  row: PdfRow;
  indented: boolean;
  /** Every non-blank character is full-width. */
  allFullWidth: boolean;
  /** Non-blank characters on the row. */
  chars: number;
  /** Cells the row holds: its characters when all are full-width, else its width in cells. */
  cells: number;
  /** The next row of the same paragraph flow, if any. */
  next?: PdfRow;
}

export interface PageMeasure {
  page: number;
  blank: boolean;
  /** Body-size (16 pt) rows, top to bottom, the folio excluded. */
  bodyRows: PdfRow[];
  /**
   * Measured left edge of the body text, pt: from the rows that span the block's width
   * (156 mm, or 156 mm less a first-row indent); undefined when the page has none.
   */
  left?: number;
  /** The block the rows are checked against: measured left (else nominal) + 156 mm. */
  blockLeft: number;
  blockRight: number;
  /** Distances between consecutive rows of paragraph flows. */
  pitchPairs: { upper: PdfRow; lower: PdfRow; delta: number }[];
  /** Median of pitchPairs, pt. */
  pitch?: number;
  /** Pitch of the lattice used for the phase: measured, else the option, else 28.99 pt. */
  latticePitch: number;
  /** Top of the row lattice, pt from the page top. */
  top?: number;
  /** Lattice index (0-based) of the first and last body row. */
  firstRowIndex?: number;
  lastRowIndex?: number;
  /**
   * Lattice rows the body rows occupy (distinct indices): text vertically centred in a
   * table cell two rows high shares its cell's rows, it does not add one.
   */
  latticeRows: number;
  /** Right edge of the rows that span the block (median), pt. */
  right?: number;
  fullRows: FullRow[];
  folio?: FolioFound;
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

export function measurePage(page: PdfPageGeometry, options: { rowPitchPt?: number } = {}): PageMeasure {
  const folio = findFolio(page);
  // The folio's row is not body text, unless body text shares its baseline (a row run into the footer).
  const folioOnly = (r: PdfRow): boolean => r === folio?.row && r.text.replace(/\s/gu, '') === folio.text.replace(/\s/gu, '');
  const bodyRows = page.rows.filter((r) => isBodySize(r.fontSize) && !folioOnly(r));
  const left = measureLeft(bodyRows);
  const blockLeft = left ?? nominal.blockLeft;
  const blockRight = blockLeft + nominal.blockWidth;
  // A paragraph row spans the block in one run of text; a row with an em-wide gap is a
  // table row or tabbed text (印发 row), whose cells are not counted.
  const spans = (r: PdfRow): boolean => Math.abs(r.right - blockRight) <= tolerance.rightEdgeMm * MM && !hasGap(r);
  const flush = (r: PdfRow): boolean => Math.abs(r.left - blockLeft) <= tolerance.indentMm * MM;
  const indented = (r: PdfRow): boolean => Math.abs(r.left - blockLeft - INDENT) <= tolerance.indentMm * MM;

  const guessPitch = options.rowPitchPt ?? nominal.pitch;
  const nextInFlow = (i: number): PdfRow | undefined => {
    const a = bodyRows[i];
    const b = bodyRows[i + 1];
    if (!a || !b) return undefined;
    const delta = b.baseline - a.baseline;
    return delta > 0.5 * guessPitch && delta < 1.5 * guessPitch ? b : undefined;
  };

  const pitchPairs: PageMeasure['pitchPairs'] = [];
  bodyRows.forEach((row, i) => {
    const next = nextInFlow(i);
    if (next && spans(row) && (flush(row) || indented(row)) && flush(next)) {
      pitchPairs.push({ upper: row, lower: next, delta: next.baseline - row.baseline });
    }
  });
  const pitch = median(pitchPairs.map((p) => p.delta));
  const latticePitch = pitch ?? guessPitch;

  // Phase of the lattice: each body row's baseline less its offset in the row, modulo the pitch.
  const offset = baselineInRow(latticePitch, nominal.bodySize);
  const indices: number[] = [];
  const residues = bodyRows.map((r) => {
    const d = r.baseline - offset - nominal.blockTop;
    const k = Math.round(d / latticePitch);
    indices.push(k);
    return d - k * latticePitch;
  });
  const phase = median(residues);

  const fullRows: FullRow[] = [];
  bodyRows.forEach((row, i) => {
    if (!spans(row) || !(flush(row) || indented(row))) return;
    const chars = row.items.flatMap((it) => it.chars).filter((c) => !isBlank(c.ch));
    const allFullWidth = chars.every((c) => isFullWidth(c.ch));
    const cells = allFullWidth ? chars.length : Math.round(((row.right - row.left) / nominal.cell) * 10) / 10;
    const full: FullRow = { row, indented: !flush(row), allFullWidth, chars: chars.length, cells };
    const next = nextInFlow(i);
    if (next) full.next = next;
    fullRows.push(full);
  });

  const measure: PageMeasure = {
    page: page.page,
    blank: page.rows.length === 0,
    bodyRows,
    blockLeft,
    blockRight,
    pitchPairs,
    latticePitch,
    latticeRows: new Set(indices).size,
    fullRows,
  };
  if (left !== undefined) measure.left = left;
  if (pitch !== undefined) measure.pitch = pitch;
  if (phase !== undefined) {
    measure.top = nominal.blockTop + phase;
    measure.firstRowIndex = Math.min(...indices);
    measure.lastRowIndex = Math.max(...indices);
  }
  const right = median(fullRows.map((f) => f.row.right));
  if (right !== undefined) measure.right = right;
  if (folio) measure.folio = folio;
  return measure;
}

/** True when the row's text has a gap wider than one em (blank stand-ins count as gaps). */
export function hasGap(row: PdfRow): boolean {
  let end: number | undefined;
  for (const item of row.items) {
    if (item.blank) {
      if (item.width > row.fontSize) return true;
      continue;
    }
    if (end !== undefined && item.x - end > row.fontSize) return true;
    end = Math.max(end ?? -Infinity, item.x + item.width);
  }
  return false;
}

/**
 * How a row spans the block, judged by its width alone (so a shifted block is still
 * measured): 156 mm → 'flush', 156 mm less a first-row indent → 'indented', ± 1 mm.
 * Rows with an em-wide gap (table rows, tabbed text) never span: text inside ruled
 * cells is inset from the rules and says nothing about the margin.
 */
export function spanKind(row: PdfRow): 'flush' | 'indented' | undefined {
  if (hasGap(row)) return undefined;
  const width = row.right - row.left;
  const tol = tolerance.indentMm * MM;
  if (Math.abs(width - nominal.blockWidth) <= tol) return 'flush';
  if (Math.abs(width - (nominal.blockWidth - INDENT)) <= tol) return 'indented';
  return undefined;
}

/**
 * The body's left edge, from the rows expected at the margin: justified rows that span
 * the block (their left edge) and first rows spanning it from a two-cell indent whose
 * paragraph goes on flush left on the next row (their left edge less the indent; the
 * next row tells them from a paragraph's unjustified last row of 26 cells). Hanging-
 * indent rows (attachment notes, 出席 lists), centred or right-aligned rows (signatures)
 * and table rows are not among them; a page with no such row has no measured left edge.
 */
function measureLeft(rows: PdfRow[]): number | undefined {
  const tol = tolerance.indentMm * MM;
  const votes = rows.flatMap((r, i) => {
    const kind = spanKind(r);
    if (kind === 'flush') return [r.left];
    if (kind !== 'indented') return [];
    const next = rows[i + 1];
    const delta = next ? next.baseline - r.baseline : 0;
    const continues = next !== undefined && delta > 0.5 * nominal.pitch && delta < 1.5 * nominal.pitch;
    return continues && Math.abs(next.left - (r.left - INDENT)) <= tol ? [r.left - INDENT] : [];
  });
  return median(votes);
}

/**
 * break: items → rows on the 22 × 28 grid.
 * Rows end where LibreOffice ends the rows of our DOCX, so both break pages at the same places:
 * an item fits when the row, measured as LibreOffice measures it (officeFit.ts: advances plus
 * the DOCX's −0.25 pt character spacing, full advance at each text-portion end, the automatic
 * space of autoSpace.ts between Asian and other text), still fits the row's width. For Han text
 * that gives 28 cells on a body row and 26 on a first row indented two cells, drawn on
 * the grid's cellPt pitch by justify. Rows are filled greedily; when the row would then start or
 * end against the 禁则 tables (kinsoku.ts), the last item is carried to the next row — as many as
 * needed — the way Word and LibreOffice do on a document grid, and justify spreads the shorter
 * row. Words are never broken, except one wider than a whole row (by character, as a last resort).
 */
import { canBreakBetween, gluedAfterWord, gluedAfterWordQuote, gluedBeforeWord } from './kinsoku.ts';
import { officeIndent, officeWidth, PORTION_END_PT } from './officeFit.ts';
import type { BreakOptions, Item } from './types.ts';

/** A row chosen by breakLines, before justification. */
export interface BrokenRow {
  /** The row's items, without collapsible spaces at its ends. */
  items: Item[];
  /** Indent of the row from the block's left edge, in points. */
  indentPt: number;
  /** Width available to the row: widthPt − indentPt. */
  availPt: number;
  /** The paragraph's last row (not stretched when justifying). */
  last: boolean;
  /** Items carried to the next row by the 禁则 (0 when the row broke where it filled). */
  carried: number;
}

/**
 * Tolerance when deciding whether an item fits: absorbs floating-point rounding (LibreOffice's
 * own threshold was measured within 0.05 pt of the row's width).
 */
export const FIT_EPSILON_PT = 0.01;

export function breakLines(items: readonly Item[], options: BreakOptions): BrokenRow[] {
  const { widthPt, firstIndentPt, restIndentPt } = options;
  // Copied only if a word wider than a row has to be split.
  let list = items as Item[];
  let copied = false;
  const rows: BrokenRow[] = [];
  let i = 0;

  const push = (start: number, end: number, indentPt: number, last: boolean, carried: number): void => {
    while (end > start && list[end - 1]!.kind === 'space') end--;
    rows.push({ items: list.slice(start, end), indentPt, availPt: widthPt - indentPt, last, carried });
  };
  const splitAt = (index: number, maxWidth: number, force: boolean): boolean => {
    const parts = splitWord(list[index]!, maxWidth, force);
    if (!parts) return false;
    if (!copied) {
      list = list.slice();
      copied = true;
    }
    list.splice(index, 1, parts[0], parts[1]);
    return true;
  };

  for (;;) {
    const indentPt = rows.length === 0 ? firstIndentPt : restIndentPt;
    // The width LibreOffice has for this row (its indent can differ from ours: officeIndent).
    const avail = widthPt - officeIndent(indentPt);
    // Spaces collapse at the start of every row but the first.
    if (rows.length > 0) while (i < list.length && list[i]!.kind === 'space') i++;
    if (i >= list.length) {
      if (rows.length === 0) push(i, i, indentPt, true, 0);
      else rows[rows.length - 1]!.last = true;
      return rows;
    }

    // Greedy fill, in LibreOffice's measure. Spaces never stop the fill: at the row's end they
    // collapse. An automatic space (2023 年) counts only between two items of the row, never at
    // its start; at its end it falls away with the break before the item it precedes. The row's
    // last character keeps its full advance (a portion ends with the row).
    let used = 0;
    let j = i;
    for (; j < list.length; j++) {
      const item = list[j]!;
      const w = officeWidth(item) + gapBefore(list, j, i);
      if (item.kind !== 'space' && used + w + PORTION_END_PT > avail + FIT_EPSILON_PT) break;
      used += item.endsPortion ? w + PORTION_END_PT : w;
    }
    if (j === list.length) {
      push(i, j, indentPt, true, 0);
      return rows;
    }

    // A word wider than any row will be split anyway: split it to fill this row.
    const blocker = list[j]!;
    if (blocker.kind === 'word' && blocker.widthPt > widthPt - restIndentPt + FIT_EPSILON_PT && splitAt(j, avail - used - gapBefore(list, j, i) - PORTION_END_PT + FIT_EPSILON_PT, false)) {
      push(i, j + 1, indentPt, false, 0);
      i = j + 1;
      continue;
    }
    if (j === i) {
      // Nothing fits on an empty row: a narrow cell (table) or a word no row can hold.
      // Either way the row takes one item: the word's head, or the item overflowing alone.
      if (blocker.kind === 'word') splitAt(i, avail + FIT_EPSILON_PT, true);
      push(i, i + 1, indentPt, false, 0);
      i += 1;
      continue;
    }

    // 禁则: carry items back until the boundary is allowed; if none is, break where it filled.
    let b = j;
    while (b > i && !canBreakAt(list, b, i)) b--;
    if (b === i) b = j;
    push(i, b, indentPt, false, j - b);
    i = b;
  }
}

/** The automatic space before list[k] when list[rowStart] starts its row. */
const gapBefore = (list: readonly Item[], k: number, rowStart: number): number => (k > rowStart ? (list[k]!.spaceBeforePt ?? 0) : 0);

const firstCp = (item: Item): number => item.chars[0]!.char.codePointAt(0)!;
const lastCp = (item: Item): number => item.chars[item.chars.length - 1]!.char.codePointAt(0)!;

/** May the row that began at rowStart end before list[b]? */
function canBreakAt(list: readonly Item[], b: number, rowStart: number): boolean {
  const next = list[b]!;
  if (next.noBreakBefore && list[b - 1]!.kind !== 'space') return false;
  let p = b - 1;
  while (p >= rowStart && list[p]!.kind === 'space') p--;
  if (p < rowStart) return false;
  let q = b;
  while (q < list.length && list[q]!.kind === 'space') q++;
  if (q === list.length) return true;
  const before = list[p]!;
  const after = list[q]!;
  if (!canBreakBetween(lastCp(before), firstCp(after))) return false;
  // Between a word and a cell right next to it (no space): LibreOffice keeps 2026（ 2026…
  // and ，2026 ”Excel together.
  if (p === b - 1 && q === b) {
    if (before.kind === 'cell' && after.kind === 'word' && gluedBeforeWord(lastCp(before))) return false;
    if (before.kind === 'word' && after.kind === 'cell' && gluedAfterWord(firstCp(after))) return false;
    // “2026”（: the closing quote sits in the word's text, where it binds to what follows.
    const quoted = p - 1 >= rowStart ? list[p - 1]! : undefined;
    if (quoted?.kind === 'word' && before.kind === 'cell' && after.kind === 'cell' && gluedAfterWordQuote(lastCp(before), firstCp(after))) return false;
  }
  return true;
}

/**
 * Splits a word so its head is as long as fits in maxWidth. When nothing fits: undefined, or
 * with `force` a one-character head (an empty row must take something). Undefined when the
 * word has one character.
 */
function splitWord(word: Item, maxWidth: number, force: boolean): [Item, Item] | undefined {
  const chars = word.chars;
  if (chars.length < 2) return undefined;
  let width = 0;
  let k = 0;
  while (k < chars.length - 1 && width + chars[k]!.advancePt <= maxWidth) width += chars[k++]!.advancePt;
  if (k === 0) {
    if (!force) return undefined;
    width = chars[0]!.advancePt;
    k = 1;
  }
  const headChars = chars.slice(0, k);
  const tailChars = chars.slice(k);
  const head: Item = { text: headChars.map((c) => c.char).join(''), run: word.run, kind: 'word', widthPt: width, chars: headChars };
  if (word.noBreakBefore) head.noBreakBefore = true;
  if (word.spaceBeforePt !== undefined) head.spaceBeforePt = word.spaceBeforePt;
  const tail: Item = { text: tailChars.map((c) => c.char).join(''), run: word.run, kind: 'word', widthPt: word.widthPt - width, chars: tailChars };
  return [head, tail];
}

/**
 * break: items → rows on the 22 × 28 grid.
 * A cell item takes exactly one grid cell (cellPt), a word its measured width, so a row of
 * Han text holds floor((widthPt − indent) / cellPt) cells: 28 on a body row, 26 on a first row
 * indented two cells. Rows are filled greedily; when the row would then start or end against
 * the 禁则 tables (kinsoku.ts), the last item is carried to the next row — as many as needed —
 * the way Word and LibreOffice do on a document grid, and justify spreads the shorter row.
 * Words are never broken, except one wider than a whole row (by character, as a last resort).
 */
import { canBreakBetween } from './kinsoku.ts';
import { itemWidth } from './measure.ts';
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
 * Tolerance when deciding whether an item fits: absorbs rounding of the grid figures
 * (28 × 15.793 pt against a 442.2 pt block must still give 28 cells).
 */
export const FIT_EPSILON_PT = 0.01;

export function breakLines(items: readonly Item[], options: BreakOptions): BrokenRow[] {
  const { widthPt, cellPt, firstIndentPt, restIndentPt } = options;
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
    const avail = widthPt - indentPt;
    // Spaces collapse at the start of every row but the first.
    if (rows.length > 0) while (i < list.length && list[i]!.kind === 'space') i++;
    if (i >= list.length) {
      if (rows.length === 0) push(i, i, indentPt, true, 0);
      else rows[rows.length - 1]!.last = true;
      return rows;
    }

    // Greedy fill. Spaces never stop the fill: at the row's end they collapse.
    let used = 0;
    let j = i;
    for (; j < list.length; j++) {
      const item = list[j]!;
      const w = itemWidth(item, cellPt);
      if (item.kind !== 'space' && used + w > avail + FIT_EPSILON_PT) break;
      used += w;
    }
    if (j === list.length) {
      push(i, j, indentPt, true, 0);
      return rows;
    }

    // A word wider than any row will be split anyway: split it to fill this row.
    const blocker = list[j]!;
    if (blocker.kind === 'word' && blocker.widthPt > widthPt - restIndentPt + FIT_EPSILON_PT && splitAt(j, avail - used + FIT_EPSILON_PT, false)) {
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
  return canBreakBetween(lastCp(list[p]!), firstCp(list[q]!));
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
  const tail: Item = { text: tailChars.map((c) => c.char).join(''), run: word.run, kind: 'word', widthPt: word.widthPt - width, chars: tailChars };
  return [head, tail];
}

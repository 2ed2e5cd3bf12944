/**
 * row.cells: a body row that spans the block (left edge at the block's left or two
 * cells in, right edge at the block's right ± 0.5 mm) holds exactly 28 cells, 26 when
 * indented, counted as characters when every character is full-width.
 * Rows with Latin letters or digits are counted by width (a justified row spanning the
 * block always measures 28 cells), so they are reported in the histogram only.
 * A short row is accepted when the next row of its paragraph (on the next page when the
 * row ends a page) explains the carry:
 * - 禁则: it starts with the carried characters followed by a character no row may
 *   start with, or with a character no row may end with, or with —— or ……;
 * - an unbreakable word: it starts with a run of Latin letters or digits (1260万元)
 *   wider, with the space set between Han and Latin (LibreOffice and our writer 0.2 em,
 *   Word about ¼ em), than the cells left free (Word and LibreOffice do the same).
 */
import {
  breaksAfter,
  canBreakBetween,
  forbiddenAtRowEnd,
  forbiddenAtRowStart,
  gluedAfterWord,
  gluedBeforeWord,
  isBlank,
  isFullWidth,
  unsplittableGroups,
} from '../charClass.ts';
import type { PdfChar } from '../types.ts';
import type { FullRow, PageMeasure } from '../measurePage.ts';
import { nominal } from '../standard.ts';
import type { Finding, PdfRow } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const expectedCells = (f: FullRow): number => nominal.cols - (f.indented ? 2 : 0);

/** Han–Latin space (CJK autospace) assumed before a word that did not fit, in em: Word's, the wider. */
const AUTOSPACE_EM = 0.25;

/**
 * How much wider than its estimate (splitChars' typical advances) a Latin character may really
 * be, in em. In a run pdf.js reports whole, as LibreOffice writes its justified rows, the run's
 * stretch is shared out over the Latin characters too, and their real advances differ from the
 * typical ones: an e-mail address measured 176 pt on LibreOffice's row where our layout engine,
 * as LibreOffice when it broke the row, measured 187.25 pt (s50321-0352: a row left 15 cells
 * long before ab1297@example.gov.cn， was taken for one that could have held it).
 */
const LATIN_ESTIMATE_EM = 0.1;

/** The shortfall of `f` is explained by characters carried to `next` by 禁则. */
export function isKinsokuCarry(f: FullRow, next: PdfRow | undefined = f.next): boolean {
  const deficit = expectedCells(f) - f.chars;
  if (deficit <= 0 || !next) return false;
  const chars = [...next.text.replace(/\s/gu, '')];
  if (chars.length === 0) return false;
  if (forbiddenAtRowStart.has(chars[deficit] ?? '')) return true;
  if (chars.slice(0, deficit).some((c) => forbiddenAtRowEnd.has(c))) return true;
  // A doubled mark (—— ……) that may not be split took its neighbour along.
  const head = chars.slice(0, deficit + 1);
  return head.some((c, i) => i > 0 && unsplittableGroups.some((group) => group.includes(c) && group.includes(head[i - 1]!)));
}

/**
 * The shortfall of `f` is explained by an unbreakable Latin/digit word opening `next`:
 * the word (with any characters after it that may not start a row) and the Han–Latin
 * space are wider than the free cells. Widths are pdf.js's run width shared out half a
 * unit per Latin character (splitChars), which is close to the 0.5–0.55 em of the digits
 * of CJK fonts.
 */
export function isWideWordCarry(f: FullRow, next: PdfRow | undefined = f.next): boolean {
  const deficit = expectedCells(f) - f.chars;
  if (deficit <= 0 || !next) return false;
  const chars = next.items.flatMap((i) => i.chars);
  let k = 0;
  while (k < chars.length && isBlank(chars[k]!.ch)) k++;
  const start = k;
  while (k < chars.length && !isBlank(chars[k]!.ch) && !isFullWidth(chars[k]!.ch)) k++;
  if (k === start) return false;
  // Closing punctuation glued to the word travels with it (LibreOffice may set a gap before it,
  // which text extraction reads as a space: qh_jw18@example.gov.cn 。, s9704-0125).
  const closes = (i: number): boolean => forbiddenAtRowStart.has(chars[i]?.ch ?? '');
  while (k < chars.length && (closes(k) || (isBlank(chars[k]!.ch) && closes(k + 1)))) k++;
  const first = chars[start]!;
  const last = chars[k - 1]!;
  const width = last.x + last.width - first.x;
  const latin = chars.slice(start, k).filter((c) => !isBlank(c.ch) && !isFullWidth(c.ch)).length;
  return width + (AUTOSPACE_EM + latin * LATIN_ESTIMATE_EM) * next.fontSize > deficit * nominal.cell;
}

/**
 * The shortfall of `f` is explained when no break the renderers allow lies within its free
 * cells: taking the next row's characters up one by one, every place where the row could have
 * ended is forbidden (禁则, a word glued to punctuation such as 。2026 or 2026（, a word's
 * inside except after its hyphens and slashes) until the characters taken are wider than the
 * free cells. The same tables the layout engine breaks with (layout/line/kinsoku, wordBreaks).
 */
export function hasNoBreakWithin(f: FullRow, next: PdfRow | undefined = f.next): boolean {
  const deficit = expectedCells(f) - f.chars;
  if (deficit <= 0 || !next) return false;
  // Blanks next to a full-width character are gaps of a justified row read as spaces (LibreOffice
  // spreads 定 。 qh…), not spaces of the text: judged by the characters around them. A blank
  // between two half-width characters is a space of the text, a break.
  const all = next.items.flatMap((i) => i.chars);
  const isWordChar = (c: PdfChar): boolean => !isBlank(c.ch) && !isFullWidth(c.ch);
  const chars: PdfChar[] = [];
  const spaceBefore: boolean[] = [];
  let blankSeen = false;
  for (const c of all) {
    if (isBlank(c.ch)) {
      blankSeen = chars.length > 0;
      continue;
    }
    spaceBefore.push(blankSeen && isWordChar(chars[chars.length - 1]!) && isWordChar(c));
    chars.push(c);
    blankSeen = false;
  }
  const cp = (c: PdfChar): number => c.ch.codePointAt(0) ?? 0;
  let cells = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    const before = k === 0 ? undefined : chars[k - 1];
    if (isFullWidth(c.ch)) cells += 1;
    else cells += (c.width + LATIN_ESTIMATE_EM * next.fontSize) / nominal.cell + (before === undefined || !isWordChar(before) ? AUTOSPACE_EM * next.fontSize / nominal.cell : 0);
    if (cells > deficit + 0.05) return true;
    const after = chars[k + 1];
    if (after === undefined) return false;
    if (spaceBefore[k + 1]) return false;
    const wordC = isWordChar(c);
    const wordAfter = isWordChar(after);
    if (wordC && wordAfter) {
      let w0 = k;
      while (w0 > 0 && isWordChar(chars[w0 - 1]!) && !spaceBefore[w0]) w0--;
      let w1 = k + 1;
      while (w1 + 1 < chars.length && isWordChar(chars[w1 + 1]!) && !spaceBefore[w1 + 1]) w1++;
      // A break after a slash counts only when the character after it still fits: a renderer
      // given a bare slash (not our DOCX, which marks it) may carry the word whole.
      const fits = c.ch !== '/' || cells + after.width / nominal.cell <= deficit + 0.05;
      if (breaksAfter(chars.slice(w0, w1 + 1).map(cp), k - w0) && fits) return false;
    } else if (!wordC && wordAfter) {
      if (canBreakBetween(cp(c), cp(after)) && !gluedBeforeWord(cp(c))) return false;
    } else if (wordC && !wordAfter) {
      if (canBreakBetween(cp(c), cp(after)) && !gluedAfterWord(cp(after))) return false;
    } else if (canBreakBetween(cp(c), cp(after))) return false;
  }
  return false;
}

/** The row after `f` in its paragraph: on its page, or the first body row of the next page. */
function nextRow(f: FullRow, m: PageMeasure, measures: readonly PageMeasure[]): PdfRow | undefined {
  if (f.next) return f.next;
  if (f.row !== m.bodyRows[m.bodyRows.length - 1]) return undefined;
  return measures[m.page]?.bodyRows[0];
}

export const checkRowCells: Rule = ({ measures }) =>
  measures.flatMap((m) =>
    m.fullRows.flatMap((f): Finding[] => {
      if (!f.allFullWidth) return [];
      const expected = expectedCells(f);
      if (f.chars === expected) return [];
      const next = nextRow(f, m, measures);
      if (f.chars < expected && (isKinsokuCarry(f, next) || isWideWordCarry(f, next) || hasNoBreakWithin(f, next))) return [];
      return [
        {
          severity: 'error',
          rule: 'row.cells',
          page: m.page,
          message: {
            zh: `整行应排${expected}字${f.indented ? '（首行缩进两字）' : ''}，实排${f.chars}字`,
            en: `a full row should hold ${expected} characters${f.indented ? ' (first row, indented two)' : ''}, found ${f.chars}`,
          },
          measured: f.chars,
          expected,
          unit: 'cells',
          text: excerpt(f.row.text),
        },
      ];
    }),
  );

/**
 * 禁则 (line-breaking rules) as tables, after GB/T 15834 and the defaults of Word and
 * LibreOffice for simplified Chinese. The strings are exported so the DOCX writer can put the
 * same lists in settings.xml (w:noLineBreaksBefore / w:noLineBreaksAfter).
 */

/**
 * 行首禁则: never the first character of a row — closing brackets and quotes, pause and stop
 * marks, and symbols that belong to what precedes them (％ ‰ ℃ ′ ″). Half-width forms included
 * for text typed with an English keyboard.
 */
export const NO_ROW_START =
  '，。、；：？！）》」』〕】〗〙〛〉］｝”’％‰℃°′″·・～〃．｡､｣﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞' + ',.;:!?)]}%';

/** 行尾禁则: never the last character of a row — opening brackets and quotes, currency signs. */
export const NO_ROW_END = '（《「『〔【〖〘〚〈［｛“‘﹙﹛﹝￥＄' + '([{';

/**
 * Marks written doubled that must never be split across rows: —— (two U+2014, or U+2015 as some
 * GB 2312 mappings give it) and …… (two U+2026; ⋯ U+22EF as typed by some input methods).
 * A break between two marks of the same group is forbidden; a pair may start or end a row.
 */
export const UNSPLITTABLE_GROUPS: readonly string[] = ['\u2014\u2015', '\u2026\u22ef'];

/**
 * Where a half-width word touches a cell (no space between), LibreOffice's line breaking (ICU
 * rules, measured on LibreOffice 7.4) forbids more breaks than the 禁则:
 * - after closing punctuation and closing quotes, and after symbols that bind to numbers, a word
 *   may not begin the next row: ，2026  、Excel  ）2026  ”2026  》2026  〕2026  ×3  ℃12;
 *   after ；：！？ and Han it may;
 * - before opening brackets and quotes, …, and symbols that bind to numbers, a word may not end
 *   the row: 2026（  12“  12《  12〔  12…  12℃  12①  12Ⅱ  12×  12№; before Han and — it may.
 */
export const NO_BREAK_BEFORE_WORD = '，。、）》」』〕】〗〙〛〉］｝”’．｡､﹐﹑﹒﹚﹜﹞·×℃№‰％′″°';
export const NO_BREAK_AFTER_WORD = '（《「『〔【〖〘〚〈［｛“‘﹙﹛﹝…‥⋯·×℃№‰％′″°';
/** Number forms and enclosed alphanumerics (Ⅱ ①): a word may not end the row before them. */
const NUMBER_SYMBOL_RANGES: readonly (readonly [number, number])[] = [
  [0x2150, 0x218f], // number forms Ⅰ–Ⅻ
  [0x2460, 0x24ff], // enclosed alphanumerics ① ⑴ ⒈
];

/**
 * A closing quote right after a word belongs to the word's (Latin) text, where a quote binds to
 * the opening bracket, quote or dash after it: “2026”（ “12”《 “12”— stay together (after Han
 * text the same pairs may break: 七”（ 七”—).
 */
export const WORD_CLOSING_QUOTES = '”’';
export const NO_BREAK_AFTER_WORD_QUOTE = '（《「『〔【〖〘〚〈［｛“‘—―…';

const F_NO_START = 1;
const F_NO_END = 2;
/** Bits 2.. hold the unsplittable group (group index + 1), 0 for none. */
const GROUP_SHIFT = 2;

/** Flags per BMP code point: one byte lookup per question in the hot loop. */
const FLAGS = new Uint8Array(0x10000);
/** Bit 0: glued to a word after it; bit 1: glued to a word before it. */
const WORD_GLUE = new Uint8Array(0x10000);
for (const ch of NO_BREAK_BEFORE_WORD) WORD_GLUE[ch.codePointAt(0)!]! |= 1;
for (const ch of NO_BREAK_AFTER_WORD) WORD_GLUE[ch.codePointAt(0)!]! |= 2;
for (const [from, to] of NUMBER_SYMBOL_RANGES) for (let cp = from; cp <= to; cp++) WORD_GLUE[cp]! |= 2;
for (const ch of NO_ROW_START) FLAGS[ch.codePointAt(0)!]! |= F_NO_START;
for (const ch of NO_ROW_END) FLAGS[ch.codePointAt(0)!]! |= F_NO_END;
UNSPLITTABLE_GROUPS.forEach((group, index) => {
  for (const ch of group) FLAGS[ch.codePointAt(0)!]! |= (index + 1) << GROUP_SHIFT;
});

const flagsOf = (cp: number): number => (cp < 0x10000 ? FLAGS[cp]! : 0);

/** May a row begin with this code point? */
export function canStartRow(cp: number): boolean {
  return (flagsOf(cp) & F_NO_START) === 0;
}

/** May a row end with this code point? */
export function canEndRow(cp: number): boolean {
  return (flagsOf(cp) & F_NO_END) === 0;
}

/**
 * May a row break between `before` (last character of one row) and `after` (first character
 * of the next)? Checks the end rule, the start rule and the unsplittable pairs.
 */
export function canBreakBetween(before: number, after: number): boolean {
  const fb = flagsOf(before);
  const fa = flagsOf(after);
  if (fb & F_NO_END || fa & F_NO_START) return false;
  const group = fb >> GROUP_SHIFT;
  return group === 0 || group !== fa >> GROUP_SHIFT;
}

/** True when a row may not end with this cell because a half-width word follows it directly (，2026). */
export function gluedBeforeWord(cp: number): boolean {
  return cp < 0x10000 && (WORD_GLUE[cp]! & 1) !== 0;
}

/** True when a row may not start with this cell because a half-width word ends the row before it (2026（). */
export function gluedAfterWord(cp: number): boolean {
  return cp < 0x10000 && (WORD_GLUE[cp]! & 2) !== 0;
}

/** True when a closing quote ending a word's text (“2026”) may not end a row before this cell. */
export function gluedAfterWordQuote(quote: number, next: number): boolean {
  return WORD_CLOSING_QUOTES.includes(String.fromCodePoint(quote)) && NO_BREAK_AFTER_WORD_QUOTE.includes(String.fromCodePoint(next));
}

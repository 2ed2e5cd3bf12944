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

const F_NO_START = 1;
const F_NO_END = 2;
/** Bits 2.. hold the unsplittable group (group index + 1), 0 for none. */
const GROUP_SHIFT = 2;

/** Flags per BMP code point: one byte lookup per question in the hot loop. */
const FLAGS = new Uint8Array(0x10000);
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

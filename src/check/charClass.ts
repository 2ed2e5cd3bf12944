/**
 * Character classes the rules need, taken from the layout engine's own tables so the check and
 * the engine can never disagree: which characters take a full grid cell (layout/line/charClass)
 * and the line-breaking (禁则) tables (layout/line/kinsoku).
 */
import { CharClass, classifyChar } from '../layout/line/charClass.ts';
import { canBreakBetween, gluedAfterWord, gluedBeforeWord, NO_ROW_END, NO_ROW_START, UNSPLITTABLE_GROUPS } from '../layout/line/kinsoku.ts';
import { breaksAfter } from '../layout/line/wordBreaks.ts';

/** The engine's own break rules (禁则, word glue, breaks inside words), for the carry rules. */
export { breaksAfter, canBreakBetween, gluedAfterWord, gluedBeforeWord };

/**
 * True for characters a Chinese document sets in one full cell: CJK ideographs and radicals,
 * CJK symbols and punctuation, full-width forms, and the punctuation Chinese fonts set
 * full-width (— … “ ” ‘ ’ ·).
 */
export function isFullWidth(ch: string): boolean {
  return classifyChar(ch.codePointAt(0) ?? 0) === CharClass.Cell;
}

/** Whitespace, including the ideographic space. */
export const isBlank = (s: string): boolean => /^[\s\u3000]*$/u.test(s);

/** A row must not start with these (行首禁则). */
export const forbiddenAtRowStart: ReadonlySet<string> = new Set([...NO_ROW_START]);
/** A row must not end with these (行尾禁则). */
export const forbiddenAtRowEnd: ReadonlySet<string> = new Set([...NO_ROW_END]);
/** Marks written doubled that must not be split across rows (——, ……). */
export const unsplittableGroups: readonly string[] = UNSPLITTABLE_GROUPS;

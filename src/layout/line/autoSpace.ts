/**
 * Automatic space between Asian and non-Asian text (Word's autoSpaceDE/autoSpaceDN, LibreOffice's
 * "apply spacing between Asian and non-Asian text"), so rows break where LibreOffice breaks them
 * when it renders our DOCX: LibreOffice ignores w:autoSpaceDE/DN on import and always applies it.
 *
 * The rule, as LibreOffice 7.4 applies it (sw/source/core/text/itrform2.cxx, BuildPortions) and
 * as measured on its PDFs of our DOCX (三号: 3.2 pt):
 * - every character has a script: Asian (Han, kana, Hangul, CJK punctuation, full-width forms),
 *   other (Latin letters and digits, Greek, Cyrillic …) or weak (spaces, ASCII punctuation,
 *   “”‘’ — … · × ℃ ① Ⅱ and other symbols), which takes the script of the character before it;
 * - where the script changes, a fixed gap of one fifth of the font size is inserted —
 *   2023年 → 2023 年, 使用Excel表格 → 使用 Excel 表格, 第1项 → 第 1 项 —
 * - but only when BOTH characters at the change are letters or digits: punctuation on either
 *   side gets none (，2026 （2026） 〔2026〕 “2026” 2026， 23%以 all stay tight), nor does a space;
 * - the gap belongs to the boundary: it is not added at the start of a row, and it vanishes at
 *   the end of a row (the row breaks before it, as LibreOffice ends a row when the gap would not
 *   fit); a boundary between a Han character and a word stays a break opportunity;
 * - it is a fixed width: justification stretches the cells and words around it, not the gap.
 * The size is LibreOffice's integer twip arithmetic: floor(size in twips / 5) twips, sized by
 * the text before the boundary.
 */
import type { Item } from './types.ts';

/** The gap as a fraction of the font size (LibreOffice: nFontHeight / 5). */
export const AUTO_SPACE_EM = 0.2;

/** Width of the automatic space for a font size in points, rounded down to whole twips like LibreOffice. */
export function autoSpacePt(sizePt: number): number {
  return Math.floor(sizePt * 20 * AUTO_SPACE_EM + 1e-9) / 20;
}

export const Script = { Weak: 0, Asian: 1, Other: 2 } as const;
export type Script = (typeof Script)[keyof typeof Script];

/**
 * Ranges LibreOffice's script detection (i18npool, by Unicode block) calls Asian: [first, last]
 * inclusive, sorted. Symbols below U+2E80 that our grid sets full-width (— … “ ” ℃ ① Ⅱ ×) are weak.
 */
const ASIAN_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x9fff], // CJK radicals … unified ideographs (incl. CJK punctuation 、。〔〕《》, kana, bopomofo)
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms （），：
  [0x20000, 0x3ffff], // CJK extensions B–H
];

function isAsianScript(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x1100) return false;
  for (let i = 0; i < ASIAN_RANGES.length; i++) {
    const r = ASIAN_RANGES[i]!;
    if (cp < r[0]) return false;
    if (cp <= r[1]) return true;
  }
  return false;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Letter or number in Unicode's sense (LibreOffice's CharClass::isLetterNumeric). */
export function isLetterNumeric(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** The script of a character before context: Asian, other (Latin letters and digits …) or weak. */
export function scriptOf(cp: number): Script {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) ? Script.Other : Script.Weak;
  if (isAsianScript(cp)) return Script.Asian;
  // Outside the CJK blocks only letters carry a script (é, α, я); symbols, punctuation and
  // number forms (① Ⅱ) are weak.
  return LETTER.test(String.fromCodePoint(cp)) ? Script.Other : Script.Weak;
}

/** Resolved script of each item's first and last character (weak characters take the one before them). */
export interface ItemScripts {
  first: Uint8Array;
  last: Uint8Array;
}

/**
 * Resolves the scripts of a paragraph's items. Weak characters take the script of the character
 * before them; at the paragraph's start, that of the first strong character (Asian if none).
 */
export function resolveScripts(items: readonly Item[]): ItemScripts {
  const first = new Uint8Array(items.length);
  const last = new Uint8Array(items.length);
  let current: Script = leadingScript(items);
  for (let k = 0; k < items.length; k++) {
    const chars = items[k]!.chars;
    for (let m = 0; m < chars.length; m++) {
      const s = scriptOf(chars[m]!.char.codePointAt(0)!);
      if (s !== Script.Weak) current = s;
      if (m === 0) first[k] = current;
    }
    last[k] = current;
  }
  return { first, last };
}

function leadingScript(items: readonly Item[]): Script {
  for (const item of items) {
    for (const c of item.chars) {
      const s = scriptOf(c.char.codePointAt(0)!);
      if (s !== Script.Weak) return s;
    }
  }
  return Script.Asian;
}

/**
 * Marks the items that follow a script change between two letters or digits with
 * `spaceBeforePt` (in place). A space between the two scripts is weak and no letter: no gap.
 */
export function applyAutoSpace(items: Item[], scripts: ItemScripts = resolveScripts(items)): Item[] {
  for (let k = 1; k < items.length; k++) {
    if (scripts.first[k] === scripts.last[k - 1]) continue;
    const prev = items[k - 1]!;
    const item = items[k]!;
    const before = prev.chars[prev.chars.length - 1]!.char.codePointAt(0)!;
    const after = item.chars[0]!.char.codePointAt(0)!;
    if (isLetterNumeric(before) && isLetterNumeric(after)) item.spaceBeforePt = autoSpacePt(prev.run.sizePt);
  }
  return items;
}

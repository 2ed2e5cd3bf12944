/**
 * Classifies a code point for itemize: does it take one grid cell (Han, CJK and full-width
 * punctuation, symbols set full-width in Chinese fonts), belong to a half-width word (Latin,
 * digits, ASCII punctuation), collapse as a space, force a row break, or vanish?
 * Range tables only, no regular expressions: this runs once per character.
 */

export const CharClass = {
  /** Zero-width or control character: not placed. */
  Ignore: 0,
  /** One grid cell: Han, CJK punctuation, full-width forms, CJK symbols. */
  Cell: 1,
  /** Half-width: part of an unbreakable word (Latin letters, digits, ASCII punctuation). */
  Word: 2,
  /** Collapsible space (dropped at row ends). */
  Space: 3,
  /** Hard line break. */
  Break: 4,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/**
 * Ranges set on the grid, one cell each: [first, last] inclusive, sorted.
 * The punctuation shared with Latin fonts (— … “ ” ‘ ’ · × ÷ ‰ ′ ″ ※ ℃) is listed here because
 * GB 2312/GB 18030 fonts set it full-width and Chinese text uses it that way.
 */
export const CELL_RANGES: readonly (readonly [number, number])[] = [
  [0x00b7, 0x00b7], // · 间隔号
  [0x00d7, 0x00d7], // ×
  [0x00f7, 0x00f7], // ÷
  [0x2014, 0x2016], // — ― ‖
  [0x2018, 0x2022], // ‘ ’ ‚ ‛ “ ” „ ‟ † ‡ •
  [0x2025, 0x2026], // ‥ …
  [0x2030, 0x2030], // ‰
  [0x2032, 0x2033], // ′ ″
  [0x203b, 0x203b], // ※
  [0x2100, 0x27bf], // letterlike (℃ №), number forms (Ⅰ), arrows, math, technical, ①, box, shapes, ★, dingbats
  [0x2e80, 0x9fff], // CJK radicals, 〔〕《》 and 。、 (U+3000–303F), kana, bopomofo, ㈠, ㎡, ext A, unified ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff01, 0xff60], // full-width ASCII forms ，！（）０Ａ
  [0xffe0, 0xffe6], // ￠￡￢￣￤￥￦
  [0x1f100, 0x1f2ff], // enclosed alphanumerics and ideographs
  [0x1f300, 0x1faff], // pictographs, emoji
  [0x20000, 0x3ffff], // CJK extensions B–H
];

/** Zero-width and format characters that are not placed: [first, last] inclusive. */
const IGNORE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0008],
  [0x000b, 0x000c],
  [0x000d, 0x000d],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad], // soft hyphen
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings
  [0x2060, 0x2064], // word joiner, invisible operators
  [0xd800, 0xdfff], // lone surrogates (a paired one is read as its code point): nothing to draw
  [0xfdd0, 0xfdef], // noncharacters
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM
  [0xfffe, 0xffff], // noncharacters
  [0xe0100, 0xe01ef], // variation selectors supplement
];

/** ASCII answered from a table: the common case for digits and Latin. */
const ASCII = new Uint8Array(128);
for (let cp = 0; cp < 128; cp++) {
  ASCII[cp] = cp === 0x0a ? CharClass.Break : cp === 0x20 || cp === 0x09 ? CharClass.Space : cp < 0x20 || cp === 0x7f ? CharClass.Ignore : CharClass.Word;
}

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  // Linear scan: the tables are short and sorted, so most lookups stop early.
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (cp < r[0]) return false;
    if (cp <= r[1]) return true;
  }
  return false;
}

export function classifyChar(cp: number): CharClass {
  if (cp < 128) return ASCII[cp] as CharClass;
  // Fast path for the bulk of Chinese text: unified ideographs and CJK punctuation.
  if (cp >= 0x2e80 && cp <= 0x9fff) return CharClass.Cell;
  if (cp === 0x2028 || cp === 0x2029) return CharClass.Break;
  if ((cp >= 0x2000 && cp <= 0x200a) || cp === 0x205f) return CharClass.Space;
  if (inRanges(cp, IGNORE_RANGES)) return CharClass.Ignore;
  if (inRanges(cp, CELL_RANGES)) return CharClass.Cell;
  return CharClass.Word;
}

/** True for Latin-like letters and digits (used to keep an apostrophe inside don’t). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return classifyChar(cp) === CharClass.Word && cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7 && cp < 0x2000;
}

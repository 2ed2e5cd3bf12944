/**
 * Character classes the rules need: which characters take a full grid cell, and the
 * line-breaking (禁则) tables of gbt9704.md / issue 3.
 */

/**
 * True for characters a Chinese document sets in one full cell: CJK ideographs and
 * radicals, CJK symbols and punctuation, full-width forms, and the punctuation that
 * Chinese fonts set full-width (— … “ ” ‘ ’ ·).
 */
export function isFullWidth(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x2e80 && cp <= 0x303f) || // radicals, Kangxi, ideographic description, CJK symbols & punctuation
    (cp >= 0x3040 && cp <= 0x9fff) || // kana, bopomofo, CJK strokes, ext. A, unified ideographs
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff01 && cp <= 0xff60) || // full-width ASCII forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000 || // supplementary ideographic planes
    cp === 0x2014 ||
    cp === 0x2026 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x00b7
  );
}

/** Whitespace, including the ideographic space. */
export const isBlank = (s: string): boolean => /^[\s\u3000]*$/u.test(s);

/** A row must not start with these (issue 3, 禁则). */
export const forbiddenAtRowStart = new Set([...'，。、；：？！）》」』〕】”’%']);
/** A row must not end with these. */
export const forbiddenAtRowEnd = new Set([...'（《「『〔【“‘']);
/** Two-character marks that must not be split across rows. */
export const unsplittablePairs = ['——', '……'] as const;

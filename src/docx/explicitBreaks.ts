/**
 * The DOCX spells out the one break opportunity its renderers do not take alike: after a
 * slash inside a word (Q/|GDW, ZJ/|JW-2026-3, www.example.gov.cn/|xxgk). The layout breaks
 * there (layout/line/wordBreaks.ts). LibreOffice 7.4, given the bare slash, took that break
 * only until some other Latin text of the same paragraph stood before it: measured on one and
 * the same row (…举报邮箱Q/GDW 1146-2020), it broke after Q/ alone, but after a code such as
 * Q/GDW 4485-2019 a row earlier it carried the code whole or cut it by character (Q/GD|W) —
 * 14 of 126 slash row ends of a 300-document corpus differed that way. Word is known not to
 * break after a slash. A zero-width space (U+200B) after each such slash is a break
 * opportunity in both, taken where the row fills, and draws nothing; with it LibreOffice broke
 * all 167 slash row ends of the same corpus where the layout did, and every measured token
 * (test/layout-line/breaks/libreofficeBreaks.json, with and without an earlier code).
 * Hyphens are left as they are: LibreOffice breaks after them as the layout does.
 */
import { breaksAfter } from '../layout/line/wordBreaks.ts';

export const ZERO_WIDTH_SPACE = '\u200b';
const SLASH = 0x2f;

/** `text` with a zero-width space after every slash the layout may break after. */
export function markSlashBreaks(text: string): string {
  if (!text.includes('/')) return text;
  const chars = [...text].map((ch) => ch.codePointAt(0)!);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    out += String.fromCodePoint(chars[i]!);
    if (chars[i] === SLASH && breaksAfter(chars, i)) out += ZERO_WIDTH_SPACE;
  }
  return out;
}

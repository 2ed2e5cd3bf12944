/**
 * Break opportunities inside a half-width word (Latin letters, digits, ASCII punctuation run
 * together), as LibreOffice takes them in our DOCX — measured, not guessed: see
 * test/layout-line/breaks/libreofficeBreaks.json (LibreOffice 7.4; ICU line breaking with
 * LibreOffice's tailoring). The one table of these rules; the engine (itemize) and the check
 * (row.cells) both use it.
 *
 * A row may break AFTER:
 * - a hyphen (- ‐) or an en dash (–) between two letters or digits: QH-|2024-|490, 0571-|85023651,
 *   COVID-|19, 2026-|11-|24 (LibreOffice breaks ISO dates too), GB/T 9704-|2012;
 * - a slash (/) followed by a letter or digit, except between two digits (2024/25 stays whole,
 *   a fraction or a year span): A/|B/|C, ISO/|IEC, https://|www.example.gov.cn/|a/|b.html,
 *   www.example.gov.cn/|xxgk/|2026.
 * Never inside: numbers (3.46 12,800.00 23.5%), e-mail addresses (qh12@example.gov.cn), host
 * names (www.example.gov.cn), or a run of letters and digits (ABC12345678901234).
 * Word is known to break after hyphens alike. Neither Word nor LibreOffice can be relied on to
 * break after a slash by itself, so the DOCX spells those breaks out (docx/explicitBreaks.ts).
 */

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Letters and digits of any script LibreOffice treats as alphabetic (é, α …) count as letters. */
const isLetter = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
const isAlnum = (c: number): boolean => isLetter(c) || isDigit(c);

const HYPHENS = new Set([0x2d, 0x2010, 0x2013]);
const SLASH = 0x2f;

/**
 * May a row break between chars[i] and chars[i + 1] (code points of one word)?
 */
export function breaksAfter(chars: readonly number[], i: number): boolean {
  const c = chars[i]!;
  const next = chars[i + 1];
  if (next === undefined) return false;
  if (HYPHENS.has(c)) {
    const prev = chars[i - 1];
    return prev !== undefined && isAlnum(prev) && isAlnum(next);
  }
  if (c === SLASH) {
    if (!isAlnum(next)) return false;
    const prev = chars[i - 1];
    return !(prev !== undefined && isDigit(prev) && isDigit(next));
  }
  return false;
}

/** Lengths (in characters) of the pieces a word may be broken into, in order: [11] for QH-2024-490 → [3, 5, 3]. */
export function wordPieces(word: string): number[] {
  const chars = [...word].map((ch) => ch.codePointAt(0)!);
  const pieces: number[] = [];
  let start = 0;
  for (let i = 0; i < chars.length - 1; i++) {
    if (breaksAfter(chars, i)) {
      pieces.push(i + 1 - start);
      start = i + 1;
    }
  }
  pieces.push(chars.length - start);
  return pieces;
}

/**
 * A 版记 row as extracted text: its 抄送 row (抄送：…) or its 印发 row (…印发), blanks the
 * extraction puts between characters allowed. One test for every rule that looks for the 版记.
 */
export const isColophonRowText = (text: string): boolean => /^抄\s*送\s*[：:]/u.test(text) || /印\s*发$/u.test(text);

import { HelperError } from '../templateError.ts';

/**
 * Normalises a 发文字号 to GB/T 9704: the year in hexagonal brackets 〔2026〕 whatever bracket
 * was typed ([] () （） 【】 ［］ 〔〕), no 第 before the sequence number, no leading zeros.
 * 某纪建[2026]003号 → 某纪建〔2026〕3号.
 */
export function docNumber(value: unknown): string {
  if (typeof value !== 'string') {
    throw new HelperError(`文号应为文字，实际为 ${JSON.stringify(value)}`, `a document number must be text, found ${JSON.stringify(value)}`);
  }
  return value
    .trim()
    .replace(/[[［(（【〔]\s*(\d{4})\s*[\]］)）】〕]/u, '〔$1〕')
    .replace(/〕\s*第?\s*0*(\d+)\s*号/u, '〕$1号');
}

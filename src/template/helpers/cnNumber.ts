import { HelperError } from '../templateError.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 0–9999 in Chinese, with 零 for inner gaps (101 → 一百零一) and a bare 十 for 10–19. */
function below10000(n: number): string {
  if (n === 0) return '';
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += (DIGITS[d] ?? '') + (UNITS[pos] ?? '');
  }
  return out;
}

/**
 * 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百, 110 → 一百一十, 10000 → 一万.
 * Integers from 0 to 99 999 999 (the levels and ordinals of a document never need more).
 */
export function cnNumber(value: unknown): string {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 99_999_999) {
    throw new HelperError(
      `中文数字只支持 0 至 99999999 的整数，实际为 ${JSON.stringify(value)}`,
      `Chinese numerals need an integer from 0 to 99999999, found ${JSON.stringify(value)}`,
    );
  }
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = high > 0 ? below10000(high) + '万' : '';
  if (high > 0 && low > 0 && low < 1000) out += '零';
  out += below10000(low);
  // 一十一 → 十一 only at the very start (10–19, 100 000–199 999 stay regular inside).
  return out.startsWith('一十') ? out.slice(1) : out;
}

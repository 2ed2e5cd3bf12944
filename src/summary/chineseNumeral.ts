/** 一 … 九十九 → 1 … 99 (两 counts as 2); undefined for anything else. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumeral(text: string): number | undefined {
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!m || text === '') return undefined;
  const [, tens = '', ten = '', units = ''] = m;
  if (ten === '') return tens !== '' && units === '' ? DIGITS[tens] : undefined;
  return (tens === '' ? 1 : DIGITS[tens]!) * 10 + (units === '' ? 0 : DIGITS[units]!);
}

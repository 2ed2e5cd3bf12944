import { cnClock, parseIsoDate } from './isoDate.ts';

/**
 * 2026-11-24 → 2026年11月24日; 2026-11-20T09:30 → 2026年11月20日9时30分; 1975-03 → 1975年3月.
 * Arabic numerals, year in full, no leading zeros (GB/T 9704 成文日期).
 */
export function cnDate(value: unknown): string {
  const p = parseIsoDate(value);
  const day = p.day === undefined ? '' : `${p.day}日`;
  return `${p.year}年${p.month}月${day}${cnClock(p)}`;
}

import { cnNumber } from './cnNumber.ts';

/** 1 → 第一, 12 → 第十二. */
export function ordinal(value: unknown): string {
  return '第' + cnNumber(value);
}

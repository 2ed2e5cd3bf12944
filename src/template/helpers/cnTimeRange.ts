import { cnDate } from './cnDate.ts';
import { cnClock, parseIsoDate } from './isoDate.ts';

/**
 * 2026-11-20T09:30 / 2026-11-20T10:45 → 2026年11月20日9时30分至10时45分.
 * The end repeats only what differs: the time on the same day, month and day in the same year.
 * Without an end, the start alone.
 */
export function cnTimeRange(start: unknown, end: unknown): string {
  const from = cnDate(start);
  if (end === null || end === undefined || end === '') return from;
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  let to: string;
  if (a.year !== b.year) to = cnDate(end);
  else if (a.month !== b.month || a.day !== b.day) to = `${b.month}月${b.day === undefined ? '' : `${b.day}日`}${cnClock(b)}`;
  else to = cnClock(b);
  return `${from}至${to}`;
}

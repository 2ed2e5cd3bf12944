import { HelperError } from '../templateError.ts';

/** The parts of an ISO date (2026-11-24), month (1975-03) or local date-time (2026-11-20T09:30). */
export interface DateParts {
  year: number;
  month: number;
  day?: number;
  hour?: number;
  minute?: number;
}

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;

/**
 * Reads the wall-clock parts as written: a time zone suffix is ignored, because the document
 * prints the local time the case states, not a converted one.
 */
export function parseIsoDate(value: unknown): DateParts {
  const text = typeof value === 'string' ? value.trim() : '';
  const m = ISO.exec(text);
  if (!m) {
    throw new HelperError(
      `日期格式应为 2026-11-24 或 2026-11-20T09:30，实际为 ${JSON.stringify(value)}`,
      `a date must look like 2026-11-24 or 2026-11-20T09:30, found ${JSON.stringify(value)}`,
    );
  }
  const parts: DateParts = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3] !== undefined) parts.day = Number(m[3]);
  if (m[4] !== undefined) parts.hour = Number(m[4]);
  if (m[5] !== undefined) parts.minute = Number(m[5]);
  const bad =
    parts.month < 1 ||
    parts.month > 12 ||
    (parts.day !== undefined && (parts.day < 1 || parts.day > 31)) ||
    (parts.hour !== undefined && parts.hour > 23) ||
    (parts.minute !== undefined && parts.minute > 59);
  if (bad) {
    throw new HelperError(`日期不存在：${text}`, `no such date: ${text}`);
  }
  return parts;
}

/** 9时30分, or 9时 on the hour. */
export function cnClock(parts: DateParts): string {
  if (parts.hour === undefined) return '';
  return parts.minute ? `${parts.hour}时${parts.minute}分` : `${parts.hour}时`;
}

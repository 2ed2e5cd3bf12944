/**
 * Numbering of the four heading levels: 一、 （一） 1. （1）. Each level's counter resets when a
 * heading of a higher level appears. A heading whose text already begins with numbering of its
 * own (一、 （一） 1. （1） 第一， 一是 …) is kept as written and gets the number ''.
 */
import { cnNumber } from '../template/helpers/cnNumber.ts';

export type HeadingLevel = 1 | 2 | 3 | 4;

const CN = '[一二三四五六七八九十百零〇]+';
const OWN_NUMBERING = new RegExp(
  [
    `^${CN}[、．.]`, // 一、
    `^[（(]${CN}[）)]`, // （一）
    `^\\d+[.．、]`, // 1. 1、
    `^[（(]\\d+[）)]`, // （1）
    `^第${CN}[，,、：:．.]`, // 第一，
    `^第${CN}(?:部分|条|章|节|项)`, // 第一部分
    `^${CN}是`, // 一是
    '^[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B]', // ① ⑴ ⒈
  ].join('|'),
  'u',
);

/** True when the heading text starts with its own numbering and must be kept as written. */
export function hasOwnNumbering(text: string): boolean {
  return OWN_NUMBERING.test(text.trimStart());
}

/** The printed prefix of the n-th heading (1-based) at a level. */
export function levelNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${cnNumber(n)}、`;
    case 2:
      return `（${cnNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** A numberer for one document body (attachments get their own). */
export function createHeadingNumberer(): (level: HeadingLevel, text: string) => string {
  const counters = [0, 0, 0, 0];
  return (level, text) => {
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let deeper = level; deeper < 4; deeper++) counters[deeper] = 0;
    return hasOwnNumbering(text) ? '' : levelNumber(level, counters[level - 1] ?? 1);
  };
}

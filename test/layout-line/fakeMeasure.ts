/**
 * A stand-in for the font resolver's MeasureChar: Han and full-width forms advance one em;
 * Latin letters, digits and ASCII punctuation take widths from a small half-width table,
 * as a proportional Latin face would (digits 0.5 em, letters varied).
 */
import { CharClass, classifyChar } from '../../src/layout/line/charClass.ts';
import type { CharMetrics, MeasureChar, StyledRun } from '../../src/layout/line/types.ts';

/** Advance in em of half-width characters; anything unlisted is 0.5 em. */
export const LATIN_EM: Readonly<Record<string, number>> = {
  ' ': 0.25,
  i: 0.28, j: 0.28, l: 0.28, f: 0.33, t: 0.33, r: 0.39,
  m: 0.78, w: 0.72,
  I: 0.33, J: 0.39, M: 0.89, W: 0.94,
  A: 0.72, B: 0.67, C: 0.67, D: 0.72, E: 0.61, O: 0.72, V: 0.72, G: 0.72, P: 0.56, S: 0.56,
  '.': 0.25, ',': 0.25, ':': 0.28, ';': 0.28, '-': 0.33, '/': 0.28, '%': 0.83, '(': 0.33, ')': 0.33,
};

/** Counts calls, so tests can see the cache at work. */
export let measureCalls = 0;

export const fakeMeasure: MeasureChar = (char: string, run: StyledRun): CharMetrics => {
  measureCalls++;
  const cp = char.codePointAt(0)!;
  if (classifyChar(cp) === CharClass.Cell) return { advancePt: run.sizePt, faceKey: `${run.font}:0` };
  return { advancePt: (LATIN_EM[char] ?? 0.5) * run.sizePt, faceKey: `${run.font}:latin` };
};

/** Latin advance in points at a size (for expected values in tests). */
export const latinWidth = (text: string, sizePt = 16): number => [...text].reduce((w, c) => w + (LATIN_EM[c] ?? 0.5) * sizePt, 0);

/** A body run: 3号仿宋. */
export const bodyRun = (text: string, extra: Partial<StyledRun> = {}): StyledRun => ({ text, font: 'fangsong', sizePt: 16, ...extra });

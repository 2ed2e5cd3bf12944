/**
 * The numbering that opens a part or a point of a speech, one family per style:
 * 第一，  一是  一、  （一）  首先/其次/再次/最后  1.
 */
import { chineseNumeral } from './chineseNumeral.ts';

export type MarkerFamily = 'ordinal' | 'shi' | 'dun' | 'paren' | 'sequence' | 'arabic';

export interface Marker {
  family: MarkerFamily;
  /** 1-based position the marker states; `最后` is 0 (it follows whatever came before). */
  index: number;
  /** The text after the marker (and after the comma that follows it). */
  rest: string;
}

const NUM = '[一二三四五六七八九十]{1,3}';
const PATTERNS: { family: MarkerFamily; re: RegExp }[] = [
  { family: 'ordinal', re: new RegExp(`^第(${NUM})[，,、：:]\\s*`, 'u') },
  { family: 'paren', re: new RegExp(`^[（(](${NUM})[）)][，,、]?\\s*`, 'u') },
  { family: 'dun', re: new RegExp(`^(${NUM})、\\s*`, 'u') },
  { family: 'shi', re: new RegExp(`^(${NUM})是[，,：:]?\\s*`, 'u') },
  { family: 'sequence', re: /^(首先|其次|再次|最后)[，,、：:]\s*/u },
  { family: 'arabic', re: /^([1-9][0-9]?)[.．、]\s*/u },
];

const SEQUENCE: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** The marker opening `text`, if any. */
export function markerAt(text: string): Marker | undefined {
  for (const { family, re } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const word = m[1]!;
    const index = family === 'sequence' ? SEQUENCE[word]! : family === 'arabic' ? Number(word) : chineseNumeral(word);
    if (index === undefined) continue;
    const rest = text.slice(m[0].length);
    if (rest.trim() === '') continue;
    return { family, index, rest };
  }
  return undefined;
}

/**
 * Of the items opened by markers of `family`, the positions forming the run 1, 2, 3 … (in order;
 * `最后` closes a 首先/其次 run). Items of the family that break the run are left out.
 */
export function markerRun(markers: readonly (Marker | undefined)[], family: MarkerFamily): number[] {
  const run: number[] = [];
  let closed = false;
  markers.forEach((m, i) => {
    if (!m || m.family !== family || closed) return;
    const expected = run.length + 1;
    if (m.index === expected || (m.index === 0 && run.length > 0)) {
      run.push(i);
      if (m.index === 0) closed = true;
    }
  });
  return run;
}

/** The family whose run (of at least two) starts first among the items; its positions. */
export function firstRun(markers: readonly (Marker | undefined)[], exclude?: MarkerFamily): { family: MarkerFamily; positions: number[] } | undefined {
  let best: { family: MarkerFamily; positions: number[] } | undefined;
  const families = new Set(markers.flatMap((m) => (m && m.family !== exclude ? [m.family] : [])));
  for (const family of families) {
    const positions = markerRun(markers, family);
    if (positions.length < 2) continue;
    if (!best || positions[0]! < best.positions[0]!) best = { family, positions };
  }
  return best;
}

/**
 * A part that announces its points by a count, “三个突出” or 把好三个关口: the number, and the
 * words each point may begin with.
 */
import { chineseNumeral } from './chineseNumeral.ts';

export interface AnnouncedCount {
  count: number;
  /**
   * The words the points may begin with, most likely first: the word after 个 (“三个突出” →
   * 突出), then the verb before the count (把好三个关口 → 把好).
   */
  leads: string[];
}

const QUOTED = /([\u4e00-\u9fff]{2})?[“「"‘]([一二两三四五六七八九十]{1,3})个([^”」"’]{1,6})[”」"’]/u;
const BARE = /([\u4e00-\u9fff]{2})?([两二三四五六七八九十]{1,3})个([\u4e00-\u9fff]{2})/u;

export function announcedCount(sentence: string): AnnouncedCount | undefined {
  for (const re of [QUOTED, BARE]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const count = chineseNumeral(m[2]!);
    if (count === undefined || count < 2) continue;
    return { count, leads: m[1] ? [m[3]!, m[1]] : [m[3]!] };
  }
  return undefined;
}

/**
 * A part that announces its points by a count, “三个突出” or 四个紧盯: the number and the word
 * each point begins with.
 */
import { chineseNumeral } from './chineseNumeral.ts';

export interface AnnouncedCount {
  count: number;
  /** The word the points begin with (突出, 紧盯, 注重 …). */
  lead: string;
}

const QUOTED = /[“「"‘]([一二两三四五六七八九十]{1,3})个([^”」"’]{1,6})[”」"’]/u;
const BARE = /([两二三四五六七八九十]{1,3})个([\u4e00-\u9fff]{2})/u;

export function announcedCount(sentence: string): AnnouncedCount | undefined {
  for (const re of [QUOTED, BARE]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const count = chineseNumeral(m[1]!);
    if (count !== undefined && count >= 2) return { count, lead: m[2]! };
  }
  return undefined;
}

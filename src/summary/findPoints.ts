/**
 * The points under one part of a speech, from the sentences after its heading:
 * 1. the part announces a count (“三个突出”, 把好三个关口): the first N short sentences beginning
 *    with the counted word (突出) or the verb before the count (把好), or exactly N ending with
 *    the counted word (“三个到位”: 责任落实到位。);
 * 2. the sentences carry their own numbering (一是/二是, （一）, 首先/其次/最后 …): those;
 * 3. otherwise the short lead sentences (no ，；：) that open paragraphs, or failing that the
 *    short sentences of the part, when there are at least two.
 * A part that matches none has no points: nothing is invented.
 */
import { announcedCount } from './announcedCount.ts';
import { firstRun, type MarkerFamily, markerAt } from './markers.ts';
import { isShortSentence, withoutTerminator } from './splitSentences.ts';
import type { OutlinePoint } from './types.ts';

export interface BodySentence {
  text: string;
  /** True when the sentence opens a paragraph. */
  opensParagraph: boolean;
}

export function findPoints(heading: string, body: readonly BodySentence[], partFamily: MarkerFamily): OutlinePoint[] {
  const point = (text: string): OutlinePoint => ({ heading: withoutTerminator(text) });

  const announced = announcedCount(heading);
  for (const lead of announced?.leads ?? []) {
    const count = announced!.count;
    const leading = body.filter((s) => s.text.startsWith(lead));
    // “三个到位”: 责任落实到位。措施执行到位。…: the counted word closes each point.
    const closing = body.filter((s) => isShortSentence(s.text) && withoutTerminator(s.text).endsWith(lead) && withoutTerminator(s.text) !== lead);
    if (closing.length === count && leading.length < count) return closing.map((s) => point(s.text));
    const short = leading.filter((s) => isShortSentence(s.text));
    if (short.length >= count) return short.slice(0, count).map((s) => point(s.text));
    if (leading.length === count) return leading.map((s) => point(s.text));
    if (short.length >= 2) return short.map((s) => point(s.text));
  }

  const markers = body.map((s) => markerAt(s.text));
  const run = firstRun(markers, partFamily);
  if (run) return run.positions.map((i) => point(markers[i]!.rest));

  const openers = body.filter((s) => s.opensParagraph && isShortSentence(s.text));
  if (openers.length >= 2) return openers.map((s) => point(s.text));
  const short = body.filter((s) => isShortSentence(s.text));
  if (short.length >= 2) return short.map((s) => point(s.text));
  return [];
}

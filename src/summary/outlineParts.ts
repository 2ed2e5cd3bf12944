/** An extracted outline → the `parts` of a speech-summary case (points without a body). */
import type { SpeechPart } from '../case/types.ts';
import type { SpeechOutline } from './types.ts';

export function outlineParts(outline: SpeechOutline): SpeechPart[] {
  return outline.parts.map((part) =>
    part.points.length > 0 ? { heading: part.heading, points: part.points.map((p) => ({ heading: p.heading })) } : { heading: part.heading },
  );
}

/** The meeting named by a title (or a subtitle ——) such as 在全市……推进会上的讲话. */
export function meetingFromTitle(outline: Pick<SpeechOutline, 'title' | 'subtitle'>): string | undefined {
  for (const line of [outline.title ?? '', ...(outline.subtitle ?? [])]) {
    const m = /^[—－-]*在(.+?)上的(?:讲话|发言|总结讲话|讲话稿|致辞)/u.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/** 讲话稿: plain layout, date and speaker under the title, salutation flush left, parts, ending. */
import type { Speech } from '../case/types.ts';
import { cnDate } from '../template/helpers/cnDate.ts';
import type { KindModule } from './kindModule.ts';
import { opt } from './optional.ts';
import { meetingView, partsView, speakerView } from './speechParts.ts';

/** （2026年11月24日） and the speaker (post, an ideographic space, name), centred in 楷体. */
export function speechSubtitle(d: { meeting: { date: string }; speaker: { name: string; title?: string } }): string[] {
  const speaker = d.speaker.title ? `${d.speaker.title}\u3000${d.speaker.name}` : d.speaker.name;
  return [`（${cnDate(d.meeting.date)}）`, speaker];
}

export const speech: KindModule<Speech> = {
  view: (d) => ({
    meeting: meetingView(d.meeting),
    speaker: speakerView(d.speaker),
    salutation: d.salutation ?? '同志们：',
    opening: opt(d.opening),
    parts: partsView(d.parts),
    closing: opt(d.closing),
    ending: opt(d.ending),
    numbering: d.numbering ?? '第一，',
  }),
  date: (d) => d.meeting.date,
  subtitle: speechSubtitle,
};

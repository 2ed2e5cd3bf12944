/** 谈话记录: plain layout, a ruled header table, 问：/答： turns, the confirmation and signature line. */
import type { TalkRecord } from '../case/types.ts';
import type { KindModule } from './kindModule.ts';
import { opt, person } from './optional.ts';

export const DEFAULT_CLOSING = '以上记录我已看过，与我所说一致。';

export const talkRecord: KindModule<TalkRecord> = {
  view: (d) => ({
    talkType: opt(d.talkType),
    start: d.start,
    end: opt(d.end),
    place: d.place,
    interviewers: d.interviewers.map(person),
    recorder: person(d.recorder),
    interviewee: person(d.interviewee),
    subject: opt(d.subject),
    qa: d.qa.map((t) => ({ q: t.q, a: t.a })),
    closing: d.closing ?? DEFAULT_CLOSING,
    // Derived: the day of the talk, for the date under the signature line.
    talkDate: d.start.slice(0, 10),
  }),
  date: (d) => d.start.slice(0, 10),
};

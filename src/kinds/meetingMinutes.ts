/** 会议纪要: the minutes layout (red ××××纪要 mark, session line), topics, attendance lists. */
import type { MeetingMinutes } from '../case/types.ts';
import type { AttendanceList } from '../model/types.ts';
import type { KindModule } from './kindModule.ts';
import { opt } from './optional.ts';
import { meetingView } from './speechParts.ts';

export const meetingMinutes: KindModule<MeetingMinutes> = {
  view: (d) => ({
    meeting: meetingView(d.meeting),
    opening: opt(d.opening),
    topics: d.topics.map((t) => ({ title: t.title, decision: t.decision })),
  }),
  date: (d) => d.date ?? d.meeting.date,
  header: (d) => ({
    issuerMark: d.issuer.mark ?? `${d.meeting.name}纪要`,
    ...(d.meeting.session ? { session: d.meeting.session } : {}),
  }),
  attendance: (d) => {
    const lists: AttendanceList[] = [];
    const add = (label: string, names: string[] | undefined) => {
      if (names && names.length > 0) lists.push({ label, names: [...names] });
    };
    add('出席：', d.attendees);
    add('请假：', d.absent);
    add('列席：', d.observers);
    return lists;
  },
};

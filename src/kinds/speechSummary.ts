/** 讲话要点: a lead paragraph, then 一、 parts with （一） points. */
import type { SpeechSummary } from '../case/types.ts';
import { GongwenError } from '../errors.ts';
import type { KindModule } from './kindModule.ts';
import { meetingView, partsView, speakerView } from './speechParts.ts';

export const speechSummary: KindModule<SpeechSummary> = {
  check: (d) => {
    if (d.parts && d.parts.length > 0) return;
    const field = d.sourceFile !== undefined ? 'sourceFile' : 'sourceText';
    throw new GongwenError({
      zh: `讲话要点（${d.id}）：从讲话全文（${field}）提取提纲的功能尚未提供，请在案件中直接给出 parts（各部分标题及要点）`,
      en: `speech summary (${d.id}): extracting the outline from the full text (${field}) is not available yet; give the outline as parts (headings and points) in the case`,
    });
  },
  view: (d) => ({
    meeting: meetingView(d.meeting),
    speaker: speakerView(d.speaker),
    parts: partsView(d.parts ?? []),
  }),
  date: (d) => d.meeting.date,
};

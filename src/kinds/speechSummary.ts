/**
 * 讲话要点: a lead paragraph, then 一、 parts with （一） points. The parts are the case's own, or
 * the outline extracted from the full text of the speech (sourceText, or sourceFile relative to
 * the case file: .txt, .md or .docx).
 */
import { dirname, resolve } from 'node:path';
import type { LoadedCase, SpeechSummary } from '../case/types.ts';
import { CaseError, GongwenError, SpeechStructureError } from '../errors.ts';
import { extractOutline, outlineParts, readSpeechFile, textParagraphs } from '../summary/index.ts';
import type { KindModule } from './kindModule.ts';
import { meetingView, partsView, speakerView } from './speechParts.ts';

export const speechSummary: KindModule<SpeechSummary> = {
  prepare: async (d, loaded) => {
    if (d.parts && d.parts.length > 0) return d;
    return { ...d, parts: outlineParts(await outlineOf(d, loaded)) };
  },
  view: (d) => ({
    meeting: meetingView(d.meeting),
    speaker: speakerView(d.speaker),
    parts: partsView(d.parts ?? []),
  }),
  date: (d) => d.meeting.date,
};

async function outlineOf(d: SpeechSummary, loaded: LoadedCase) {
  const field = d.sourceText !== undefined ? 'sourceText' : 'sourceFile';
  const pointer = `${loaded.pointer}/${field}`;
  let paragraphs: string[];
  if (d.sourceText !== undefined) {
    paragraphs = textParagraphs(d.sourceText);
  } else {
    const path = resolve(dirname(loaded.source), d.sourceFile ?? '');
    try {
      paragraphs = await readSpeechFile(path);
    } catch (error) {
      if (!(error instanceof GongwenError)) throw error;
      throw new CaseError(loaded.source, [
        {
          pointer,
          expected: { zh: '可读取的讲话稿文件（.txt、.md 或 .docx，相对于案件文件）', en: 'a readable speech file (.txt, .md or .docx, relative to the case file)' },
          found: error.messages.zh,
        },
      ]);
    }
  }
  try {
    return extractOutline(paragraphs, field === 'sourceFile' ? (d.sourceFile ?? '') : field);
  } catch (error) {
    if (!(error instanceof SpeechStructureError)) throw error;
    throw new CaseError(loaded.source, [
      {
        pointer,
        expected: {
          zh: '各部分以“第一，”“一是”“一、”“（一）”或“首先……其次……最后”等序号依次开头的讲话全文（否则请直接给出 parts）',
          en: 'the full text of a speech whose parts open in sequence with 第一，, 一是, 一、, （一） or 首先…其次…最后 (or give the outline as parts)',
        },
        found: d.sourceText !== undefined ? '没有可识别的部分的文本' : `${d.sourceFile}（没有可识别的部分）`,
      },
    ]);
  }
}

/**
 * The paragraphs of a speech → its outline: title, salutation, opening, the parts opened by
 * 第一，/一是/一、/（一）/首先…最后 (the style whose run 1, 2, 3 … starts first), each with its
 * heading and points, and the closing. Text without such parts is refused, never guessed at.
 */
import { SpeechStructureError } from '../errors.ts';
import { type BodySentence, findPoints } from './findPoints.ts';
import { firstRun, markerAt } from './markers.ts';
import { splitSentences, withoutTerminator } from './splitSentences.ts';
import type { OutlinePart, SpeechOutline } from './types.ts';

/** A paragraph after the last part that starts the closing. */
const CLOSING = /^(同志们|总之|总而言之|让我们|谢谢|我就讲|我就讲到这里|以上)/u;
const SALUTATION = /^[^。！？!?]{1,40}[：:]$/u;
const SPEECH_TITLE_END = /上的(?:讲话|发言|总结讲话|讲话稿|致辞)$/u;
/** Lines under the title: ——在……上的讲话, （2026年11月24日）, the speaker. */
const TITLE_BLOCK = /^(?:[—－-]{1,2}[^。！？!?]{1,80}|[（(][^）)]{1,40}[）)]|[^。！？!?，,；;]{1,40})$/u;

/** `source` names the speech in the error (a file path, or a case field). */
export function extractOutline(paragraphs: readonly string[], source: string): SpeechOutline {
  const paras = paragraphs.map((p) => p.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')).filter((p) => p !== '');
  const markers = paras.map((p) => markerAt(p));
  const run = firstRun(markers);
  if (!run) throw new SpeechStructureError(source);

  const front = paras.slice(0, run.positions[0]);
  let title = front[0] !== undefined && !/[。！？!?：:]/u.test(front[0]) && front[0].length <= 80 ? front.shift() : undefined;
  // A title set over several rows (each its own paragraph in a DOCX): 在…… / ……上的讲话.
  if (title !== undefined && /^在/u.test(title) && !SPEECH_TITLE_END.test(title)) {
    const last = front.findIndex((line) => SPEECH_TITLE_END.test(line));
    if (last >= 0 && last < 3 && !front.slice(0, last + 1).some((line) => /[。！？!?：:（(]/u.test(line))) title += front.splice(0, last + 1).join('');
  }
  const subtitle: string[] = [];
  while (title !== undefined && front[0] !== undefined && TITLE_BLOCK.test(front[0]) && !SALUTATION.test(front[0])) subtitle.push(front.shift()!);
  const salutation = front[0] !== undefined && SALUTATION.test(front[0]) ? front.shift() : undefined;
  // Keys in the order a reader expects them in the printed JSON.
  const outline: SpeechOutline = {
    ...(title !== undefined ? { title } : {}),
    ...(subtitle.length > 0 ? { subtitle } : {}),
    ...(salutation !== undefined ? { salutation } : {}),
    opening: front,
    parts: [],
    closing: [],
  };

  const last = run.positions[run.positions.length - 1]!;
  let end = paras.length;
  for (let i = last + 1; i < paras.length; i++) {
    if (CLOSING.test(paras[i]!)) {
      end = i;
      break;
    }
  }
  run.positions.forEach((start, k) => {
    const stop = run.positions[k + 1] ?? end;
    outline.parts.push(partOf([markers[start]!.rest, ...paras.slice(start + 1, stop)], run.family));
  });
  outline.closing = paras.slice(end);
  return outline;
}

function partOf(paragraphs: string[], family: Parameters<typeof findPoints>[2]): OutlinePart {
  const [first = '', ...rest] = paragraphs;
  const [headingSentence = first, ...afterHeading] = splitSentences(first);
  const heading = withoutTerminator(headingSentence);
  const body: BodySentence[] = afterHeading.map((text) => ({ text, opensParagraph: false }));
  for (const paragraph of rest) {
    splitSentences(paragraph).forEach((text, i) => body.push({ text, opensParagraph: i === 0 }));
  }
  return { heading, points: findPoints(headingSentence, body, family) };
}

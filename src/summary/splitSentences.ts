/**
 * A paragraph → its sentences. A sentence ends at 。！？ (or ! ?), together with any closing
 * quotes or brackets right after it; text after the last terminator is a sentence of its own.
 */
const SENTENCE = /[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)/gu;

export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const match of paragraph.matchAll(SENTENCE)) {
    const sentence = match[0].trim();
    if (sentence !== '') out.push(sentence);
  }
  return out;
}

/** A sentence without its closing 。！？ (a heading is printed without it). */
export function withoutTerminator(sentence: string): string {
  return sentence.replace(/[。！？!?；;，,：:]+$/u, '').trim();
}

/** A point's lead sentence is short and single-clause: no ，；： inside it. */
export function isShortSentence(sentence: string, maxChars = 40): boolean {
  const body = withoutTerminator(sentence);
  return body.length > 0 && body.length <= maxChars && !/[，,；;：:]/u.test(body);
}

import { HelperError } from '../templateError.ts';

const FINAL = /[。！？!?…；;：:]$/u;
const CLOSERS = /[”’」』）》】〕)\]]+$/u;

/**
 * A lead sentence that ends like one: 。 is added unless the text already ends with
 * sentence punctuation (also before a closing quote: 突出“关键少数。” stays).
 */
export function sentence(value: unknown): string {
  if (typeof value !== 'string') {
    throw new HelperError(`sentence 需要文字，实际为 ${JSON.stringify(value)}`, `sentence needs text, found ${JSON.stringify(value)}`);
  }
  const text = value.trim();
  if (text === '') return text;
  return FINAL.test(text.replace(CLOSERS, '')) || FINAL.test(text) ? text : `${text}。`;
}

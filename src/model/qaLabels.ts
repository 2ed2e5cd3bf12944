/**
 * Question/answer turns (talk records): a paragraph beginning 问： or 答： has that label set
 * in 黑体, the rest in the body face. Only documents whose kind asks for it (kind.json
 * "qaLabels": true) apply this rule.
 */
import type { Paragraph } from './types.ts';

const LABEL = /^(问|答)[：:]/u;

export function labelQaTurn(paragraph: Paragraph): Paragraph {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text') return paragraph;
  const m = LABEL.exec(first.value);
  if (!m) return paragraph;
  const label = { type: 'text' as const, value: m[0], font: 'heiti' as const };
  const remainder = first.value.slice(m[0].length);
  paragraph.children = remainder === '' ? [label, ...rest] : [label, { ...first, value: remainder }, ...rest];
  return paragraph;
}

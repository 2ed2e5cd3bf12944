/**
 * Splits a paragraph's inlines at a character offset of their text (text nodes' characters in
 * order; a hard break counts as one character, '\n'), keeping each half's styles: the DOCX
 * writes the body's last paragraph as two paragraphs where the page plan says its last two
 * rows begin (PagePlan.anchorSplit), so renderers keep exactly those rows with the signature.
 */
import type { Inline } from './types.ts';

export function inlinePlainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const node of inlines) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else text += inlinePlainText(node.children);
  }
  return text;
}

export function splitInlines(inlines: readonly Inline[], offset: number): [Inline[], Inline[]] {
  const before: Inline[] = [];
  const after: Inline[] = [];
  let at = 0;
  for (const node of inlines) {
    const length = node.type === 'text' ? node.value.length : node.type === 'break' ? 1 : inlinePlainText(node.children).length;
    if (at + length <= offset) before.push(node);
    else if (at >= offset) after.push(node);
    else if (node.type === 'text') {
      before.push({ ...node, value: node.value.slice(0, offset - at) });
      after.push({ ...node, value: node.value.slice(offset - at) });
    } else if (node.type !== 'break') {
      const [a, b] = splitInlines(node.children, offset - at);
      before.push({ ...node, children: a });
      after.push({ ...node, children: b });
    }
    at += length;
  }
  return [before, after];
}

/**
 * mdast phrasing content → model inlines. Only bold, emphasis, text and hard breaks carry
 * meaning in a 公文; everything else keeps its visible text (inline code, raw HTML such as
 * `<w:p>`, link text) or disappears without a trace (images).
 */
import type { PhrasingContent } from 'mdast';
import type { Inline, Text } from './types.ts';

export function toInlines(nodes: readonly PhrasingContent[]): Inline[] {
  return normaliseInlines(nodes.flatMap(toInline));
}

function toInline(node: PhrasingContent): Inline[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'strong':
      return [{ type: 'strong', children: toInlines(node.children) }];
    case 'emphasis':
      return [{ type: 'emphasis', children: toInlines(node.children) }];
    case 'break':
      return [{ type: 'break' }];
    case 'inlineCode':
    case 'html':
      return [{ type: 'text', value: node.value }];
    case 'link':
    case 'linkReference':
    case 'delete':
      return node.children.flatMap(toInline);
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${node.label ?? node.identifier}]` }];
    case 'image':
    case 'imageReference':
      return [];
    default:
      return [];
  }
}

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201D\u2026\u2014]/u;

/**
 * A soft line break inside a paragraph joins the lines: with nothing between Chinese
 * characters (a space would print), with one space between Latin words.
 */
function joinSoftBreaks(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (_m, offset: number, all: string) => {
    const before = all.slice(0, offset).replace(/[ \t]+$/, '').slice(-1);
    const after = all.slice(offset + _m.length).slice(0, 1);
    return before === '' || after === '' || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}

/** Joins soft breaks, merges neighbouring texts of the same face, drops empty nodes. */
export function normaliseInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      const value = joinSoftBreaks(inline.value);
      if (value === '') continue;
      const last = out[out.length - 1];
      if (last?.type === 'text' && last.font === inline.font) {
        last.value = joinSoftBreaks(last.value + value);
        continue;
      }
      const text: Text = { type: 'text', value };
      if (inline.font) text.font = inline.font;
      out.push(text);
    } else if (inline.type === 'break') {
      out.push(inline);
    } else {
      const children = normaliseInlines(inline.children);
      if (children.length > 0) out.push({ type: inline.type, children });
    }
  }
  return out;
}

/** The plain text of inlines (breaks as newlines). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.type === 'text' ? i.value : i.type === 'break' ? '\n' : inlineText(i.children)))
    .join('');
}

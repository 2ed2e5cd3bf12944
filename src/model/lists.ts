/**
 * Markdown lists → model lists. Ordered items are marked 1. 2. … (from the list's start);
 * bullets are ● (U+25CF, in GB2312 and every CJK font). A nested list or other block in an
 * item is flattened into further paragraphs of that item, its own markers kept as text.
 */
import type { BlockContent, DefinitionContent, List as MdList } from 'mdast';
import { toInlines } from './inlines.ts';
import type { Inline, List, ListItem, Paragraph } from './types.ts';

export const BULLET = '●';

function markerOf(list: MdList, index: number): string {
  return list.ordered ? `${(list.start ?? 1) + index}.` : BULLET;
}

export function listToBlock(list: MdList): List {
  return {
    type: 'list',
    ordered: Boolean(list.ordered),
    items: list.children.map((item, i): ListItem => ({
      marker: markerOf(list, i),
      children: item.children.flatMap((child) => itemParagraphs(child)),
    })),
  };
}

function paragraph(children: Inline[]): Paragraph {
  return { type: 'paragraph', children };
}

function itemParagraphs(node: BlockContent | DefinitionContent): Paragraph[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [paragraph(toInlines(node.children))];
    case 'list':
      return node.children.flatMap((item, i) => {
        const [first, ...rest] = item.children.flatMap((c) => itemParagraphs(c));
        const marker: Inline = { type: 'text', value: `${markerOf(node, i)} ` };
        return first ? [paragraph([marker, ...first.children]), ...rest] : [paragraph([marker])];
      });
    case 'blockquote':
      return node.children.flatMap((c) => itemParagraphs(c));
    case 'code':
    case 'html':
      return [paragraph(node.value === '' ? [] : [{ type: 'text', value: node.value }])];
    case 'table':
      return node.children.map((row) =>
        paragraph(toInlines(row.children.flatMap((cell, i) => (i === 0 ? cell.children : [{ type: 'text' as const, value: ' ' }, ...cell.children])))),
      );
    default:
      return [];
  }
}

/**
 * Markdown → mdast with CommonMark + GFM (tables, strikethrough, autolinks, footnotes), and
 * CJK-friendly emphasis: plain CommonMark does not close `**要求。**内容` (a closing `**`
 * after punctuation and before a Han character is not right-flanking), which would print the
 * asterisks of bold lead sentences users write in Markdown fields.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

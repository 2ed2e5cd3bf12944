/**
 * Markdown → mdast with CommonMark, the GFM constructs a 公文's Markdown fields use (tables;
 * footnotes and task lists, which mdastToBlocks flattens to their text), and CJK-friendly
 * emphasis: plain CommonMark does not close `**要求。**内容` (a closing `**` after punctuation
 * and before a Han character is not right-flanking), which would print the asterisks of bold
 * lead sentences users write in Markdown fields.
 * Not GFM's strikethrough: a 公文 has none, and with it a range written with a tilde lost its
 * tildes ("3~5 个工作日，6~8 家" printed as "35 个工作日，68 家", the text between struck).
 * Not GFM's literal autolinks: a link prints as its text anyway, and finding bare URLs and
 * e-mail addresses was the costliest part of the parse.
 */
import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';

/** The GFM constructs kept, as a remark plugin (remark-gfm adds all of them the same way). */
function gfmConstructsInUse(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmConstructsInUse).use(remarkCjkFriendly);

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

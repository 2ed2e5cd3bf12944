/** Markdown text → model blocks in one call. */
import { mdastToBlocks, type MdastToBlocksOptions } from './mdastToBlocks.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import type { Block } from './types.ts';

export function markdownToBlocks(markdown: string, options?: MdastToBlocksOptions): Block[] {
  return mdastToBlocks(parseMarkdown(markdown), options);
}

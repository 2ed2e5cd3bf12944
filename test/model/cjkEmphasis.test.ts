import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/model/markdownToBlocks.ts';
import type { Inline } from '../../src/model/types.ts';

function flatten(inlines: Inline[]): string {
  return inlines
    .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'break' ? '\n' : `[${inline.type}:${flatten(inline.children)}]`))
    .join('');
}

describe('bold in Chinese Markdown fields', () => {
  it('closes ** after full-width punctuation followed by a Han character', () => {
    const [block] = markdownToBlocks('**要加强制度建设。**各单位要建立台账。');
    expect(block?.type).toBe('paragraph');
    if (block?.type !== 'paragraph') return;
    expect(flatten(block.children)).toBe('[strong:要加强制度建设。]各单位要建立台账。');
  });

  it('keeps plain CommonMark bold working', () => {
    const [block] = markdownToBlocks('对申请人信息**只做书面审查**，不做比对。');
    if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(flatten(block.children)).toBe('对申请人信息[strong:只做书面审查]，不做比对。');
  });
});

/**
 * Markdown fields keep what users type: a range written with ASCII tildes ("3~5 个工作日") is
 * text, not GFM strikethrough (which dropped both tildes of a pair and struck what lay between),
 * and bare URLs and e-mail addresses print as written. Tables, footnotes and task lists still parse.
 */
import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/model/markdownToBlocks.ts';
import type { Block, Inline } from '../../src/model/types.ts';

function flatten(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'break' ? '\n' : `[${inline.type}:${flatten(inline.children)}]`)).join('');
}
const textOf = (block: Block | undefined): string => (block?.type === 'paragraph' ? flatten(block.children) : `(${block?.type})`);

describe('text users type in Markdown fields', () => {
  it('keeps tilde ranges, single and double', () => {
    const text = '整改期限 3~5 个工作日，抽查 6~8 家单位，约谈 10~~12 人。';
    expect(textOf(markdownToBlocks(text)[0])).toBe(text);
  });

  it('keeps URLs and e-mail addresses as written, with the full stop after them', () => {
    const text = '联系邮箱 zhenggai@example.gov.cn，网址 www.example.gov.cn。';
    expect(textOf(markdownToBlocks(text)[0])).toBe(text);
  });

  it('still reads tables, with bold in them', () => {
    const [table] = markdownToBlocks('| 单位 | 问题数 |\n| --- | --- |\n| 某某局 | **12** |');
    expect(table?.type).toBe('table');
    expect(JSON.stringify(table)).toContain('"strong"');
  });
});

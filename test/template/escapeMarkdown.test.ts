import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../src/model/markdownToBlocks.ts';
import { inlineText } from '../../src/model/inlines.ts';
import type { Block } from '../../src/model/types.ts';
import { escapeMarkdownInline, escapeMarkdownParagraphs } from '../../src/template/escapeMarkdown.ts';
import { renderTemplate } from '../../src/template/renderTemplate.ts';

const HOSTILE = [
  '*x*',
  '**粗**',
  '_y_',
  '# h',
  '## 标题',
  '| a | b |',
  '<w:p>',
  '</w:t></w:r><w:r><w:t>',
  '{{x}}',
  '{title}',
  '1. x',
  '1) x',
  '> q',
  '- item',
  '+ item',
  '`code`',
  '[link](http://example.com)',
  '![img](a.png)',
  'http://example.com/a_b_c',
  'www.example.com',
  'a\\b\\',
  '\\*',
  '&amp; &#42;',
  '~~del~~',
  '<!-- align:right -->',
  '---',
  '===',
  '[^1]',
  '    indented code?',
  '问：不是标签',
];

function onlyParagraphText(blocks: Block[]): string {
  expect(blocks).toHaveLength(1);
  const [b] = blocks;
  if (b?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${b?.type}`);
  expect(b.children.every((c) => c.type === 'text')).toBe(true);
  return inlineText(b.children);
}

describe('escaping of plain fields', () => {
  it.each(HOSTILE)('%s prints as itself at the start of a line', (text) => {
    const blocks = markdownToBlocks(escapeMarkdownInline(text) + '\n');
    expect(onlyParagraphText(blocks)).toBe(text.trim());
  });

  it.each(HOSTILE)('%s prints as itself through a template, in a table cell and a heading', (text) => {
    const md = renderTemplate('{{v}}\n\n|  |  |\n|---|---|\n| 标签 | {{v}} |\n\n# {{v}}\n', { v: text }, { file: 't.hbs', markdownFields: [] });
    const blocks = markdownToBlocks(md);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'heading']);
    const [p, t, h] = blocks;
    if (p?.type !== 'paragraph' || t?.type !== 'table' || h?.type !== 'heading') throw new Error('shape');
    expect(inlineText(p.children)).toBe(text.trim());
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.cells).toHaveLength(2);
    expect(inlineText(t.rows[0]!.cells[1]!.children[0]!.children)).toBe(text.trim());
    expect(inlineText(h.children)).toBe(text.trim());
  });

  it('turns newlines of an inline value into one space, so a table row cannot end early', () => {
    expect(escapeMarkdownInline('甲\n\n| 乙 |')).toBe('甲 \\| 乙 \\|');
  });

  it('makes paragraphs of lines with paras, each escaped', () => {
    const blocks = markdownToBlocks(escapeMarkdownParagraphs('# 一\n\n* 二'));
    expect(blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type))).toEqual(['# 一', '* 二']);
  });
});

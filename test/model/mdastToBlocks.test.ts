import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors.ts';
import { hasOwnNumbering } from '../../src/model/headingNumbering.ts';
import { inlineText } from '../../src/model/inlines.ts';
import { markdownToBlocks } from '../../src/model/markdownToBlocks.ts';
import type { Block, Heading, Paragraph, Table } from '../../src/model/types.ts';

const headings = (blocks: Block[]): Heading[] => blocks.filter((b): b is Heading => b.type === 'heading');
const numbered = (blocks: Block[]): string[] => headings(blocks).map((h) => h.number + inlineText(h.children));

describe('heading numbering', () => {
  it('numbers four levels and resets under the parent', () => {
    const md = ['# 甲', '## 甲一', '## 甲二', '### 细一', '#### 末一', '#### 末二', '### 细二', '# 乙', '## 乙一', '### 乙细', '# 丙'].join('\n\n');
    expect(numbered(markdownToBlocks(md))).toEqual([
      '一、甲',
      '（一）甲一',
      '（二）甲二',
      '1.细一',
      '（1）末一',
      '（2）末二',
      '2.细二',
      '二、乙',
      '（一）乙一',
      '1.乙细',
      '三、丙',
    ]);
    expect(headings(markdownToBlocks(md)).map((h) => h.level)).toEqual([1, 2, 2, 3, 4, 4, 3, 1, 2, 3, 1]);
  });
  it('counts past ten in Chinese', () => {
    const md = Array.from({ length: 12 }, (_, i) => `# 第${i}项`).join('\n\n');
    expect(headings(markdownToBlocks(md)).map((h) => h.number).slice(9)).toEqual(['十、', '十一、', '十二、']);
  });
  it('keeps headings that carry their own numbering', () => {
    const md = ['# 第一，要坚持', '# 一、已编号', '## （三）已编号', '### 2.已编号', '#### （4）已编号', '# 一是抓落实', '# 普通'].join('\n\n');
    const hs = headings(markdownToBlocks(md));
    expect(hs.map((h) => h.number)).toEqual(['', '', '', '', '', '', '四、']);
    expect(inlineText(hs[0]!.children)).toBe('第一，要坚持');
  });
  it('recognises numbering patterns', () => {
    for (const t of ['一、a', '十二、a', '（一）a', '(二)a', '1.a', '12．a', '（1）a', '第一，a', '第十二、a', '一是a', '①a']) expect(hasOwnNumbering(t)).toBe(true);
    for (const t of ['一切', '第一书记', '2026年', '十分重要', '（注）']) expect(hasOwnNumbering(t)).toBe(false);
  });
  it('maps ##### and ###### to level 4', () => {
    expect(headings(markdownToBlocks('##### 五\n\n###### 六')).map((h) => [h.level, h.number])).toEqual([
      [4, '（1）'],
      [4, '（2）'],
    ]);
  });
});

describe('run-in headings', () => {
  it('a heading ending with 。 takes the following paragraph', () => {
    const blocks = markdownToBlocks('# 第一，要坚持问题导向。\n这是展开的段落。\n\n下一段。');
    expect(blocks).toHaveLength(2);
    const h = blocks[0] as Heading;
    expect(h.number).toBe('');
    expect(inlineText(h.children)).toBe('第一，要坚持问题导向。');
    expect(inlineText(h.runIn ?? [])).toBe('这是展开的段落。');
    expect(inlineText((blocks[1] as Paragraph).children)).toBe('下一段。');
  });
  it('a heading without 。 stands alone', () => {
    const blocks = markdownToBlocks('## 主要问题\n\n段落。');
    expect(blocks).toHaveLength(2);
    expect((blocks[0] as Heading).runIn).toBeUndefined();
  });
  it('runin:no keeps a heading ending with 。 alone', () => {
    const blocks = markdownToBlocks('<!-- runin:no -->\n# 第二，要坚持系统观念。\n\n**健全机制**。完善台账。');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
    expect((blocks[0] as Heading).runIn).toBeUndefined();
    expect(() => markdownToBlocks('<!-- runin:no -->\n段落')).toThrow(/runin/);
  });
  it('a heading ending with 。 before another heading stays alone', () => {
    const blocks = markdownToBlocks('## 甲。\n\n## 乙');
    expect(blocks).toHaveLength(2);
    expect((blocks[0] as Heading).runIn).toBeUndefined();
  });
});

describe('inlines', () => {
  it('keeps bold, emphasis and hard breaks; joins soft breaks between Chinese without a space', () => {
    const [p] = markdownToBlocks('前**加粗**与*强调*，\n续行  \n换行 Latin\nword') as Paragraph[];
    expect(p!.children).toEqual([
      { type: 'text', value: '前' },
      { type: 'strong', children: [{ type: 'text', value: '加粗' }] },
      { type: 'text', value: '与' },
      { type: 'emphasis', children: [{ type: 'text', value: '强调' }] },
      { type: 'text', value: '，续行' },
      { type: 'break' },
      { type: 'text', value: '换行 Latin word' },
    ]);
  });
  it('prints inline code and raw HTML as text, keeps link text, drops images', () => {
    const [p] = markdownToBlocks('a `<b>` <w:p> [文字](http://x.cn) ![图](x.png)b') as Paragraph[];
    expect(p!.children).toEqual([{ type: 'text', value: 'a <b> <w:p> 文字 b' }]);
  });
});

describe('lists', () => {
  it('ordered and bullet markers', () => {
    const blocks = markdownToBlocks('1. 甲\n2. 乙\n\n- 丙\n- 丁\n\n3. 戊');
    expect(blocks.map((b) => (b.type === 'list' ? b.items.map((i) => i.marker + inlineText(i.children[0]!.children)) : b.type))).toEqual([
      ['1.甲', '2.乙'],
      ['●丙', '●丁'],
      ['3.戊'],
    ]);
  });
  it('flattens nested lists into the item', () => {
    const [list] = markdownToBlocks('1. 甲\n   - 子一\n   - 子二');
    if (list?.type !== 'list') throw new Error('list');
    expect(list.items[0]!.children.map((p) => inlineText(p.children))).toEqual(['甲', '● 子一', '● 子二']);
  });
});

describe('tables', () => {
  it('GFM tables have one header row and keep column alignment', () => {
    const [t] = markdownToBlocks('| 项目 | 金额 |\n|:---|---:|\n| 甲 | 1 |\n| 乙 | 2 |') as Table[];
    expect(t!.headerRows).toBe(1);
    expect(t!.rows.map((r) => r.cells.map((c) => inlineText(c.children[0]!.children)))).toEqual([
      ['项目', '金额'],
      ['甲', '1'],
      ['乙', '2'],
    ]);
    expect(t!.rows[1]!.cells.map((c) => c.align)).toEqual(['left', 'right']);
    expect(t!.rows[1]!.cells[0]!.children[0]!.indent).toBe('none');
  });
  it('an empty header row means a table without header; widths come from a directive', () => {
    const [t] = markdownToBlocks('<!-- widths:1,4 -->\n|  |  |\n|---|---|\n| 时间 | 上午 |\n| 地点 | 会议室 |') as Table[];
    expect(t!.headerRows).toBe(0);
    expect(t!.columnWidths).toEqual([1, 4]);
    expect(t!.rows).toHaveLength(2);
  });
  it('refuses widths that do not match the columns', () => {
    expect(() => markdownToBlocks('<!-- widths:1,2,3 -->\n| a | b |\n|---|---|\n| 1 | 2 |')).toThrow(TemplateError);
  });
});

describe('paragraph directives', () => {
  it('align and indent apply to the next paragraph only', () => {
    const blocks = markdownToBlocks('<!-- indent:none -->\n同志们：\n\n<!-- align:right -->\n被谈话人（签名）：\n\n<!-- align:center font:kaiti -->\n居中\n\n正文') as Paragraph[];
    expect(blocks.map((p) => [inlineText(p.children), p.align, p.indent, p.font])).toEqual([
      ['同志们：', undefined, 'none', undefined],
      ['被谈话人（签名）：', 'right', 'none', undefined],
      ['居中', 'center', 'none', 'kaiti'],
      ['正文', undefined, undefined, undefined],
    ]);
  });
  it('refuses unknown directives and dangling ones', () => {
    expect(() => markdownToBlocks('<!-- align:middle -->\n段')).toThrow(/align:middle/);
    expect(() => markdownToBlocks('段\n\n<!-- align:right -->')).toThrow(TemplateError);
    expect(() => markdownToBlocks('<!-- align:right -->\n# 标题')).toThrow(TemplateError);
  });
  it('ordinary comments print as text; with directives off, so do directives', () => {
    expect(markdownToBlocks('<!-- a note -->').map((b) => inlineText((b as Paragraph).children))).toEqual(['<!-- a note -->']);
    const blocks = markdownToBlocks('<!-- align:right -->\n段', { directives: false }) as Paragraph[];
    expect(blocks.map((p) => [inlineText(p.children), p.align])).toEqual([
      ['<!-- align:right -->', undefined],
      ['段', undefined],
    ]);
  });
});

describe('Q/A labels', () => {
  it('sets 问：/答： in 黑体 when asked', () => {
    const blocks = markdownToBlocks('问：你对此有何说明？\n\n答：**我**认识到了。\n\n补充段落。', { qaLabels: true }) as Paragraph[];
    expect(blocks[0]!.children).toEqual([
      { type: 'text', value: '问：', font: 'heiti' },
      { type: 'text', value: '你对此有何说明？' },
    ]);
    expect(blocks[1]!.children[0]).toEqual({ type: 'text', value: '答：', font: 'heiti' });
    expect(blocks[1]!.children[1]).toEqual({ type: 'strong', children: [{ type: 'text', value: '我' }] });
    expect(blocks[2]!.children).toEqual([{ type: 'text', value: '补充段落。' }]);
  });
  it('leaves them alone otherwise', () => {
    const [p] = markdownToBlocks('问：x') as Paragraph[];
    expect(p!.children).toEqual([{ type: 'text', value: '问：x' }]);
  });
});

describe('fallbacks', () => {
  it('block quotes unwrap, thematic breaks vanish, code prints as text', () => {
    const blocks = markdownToBlocks('> 引文一\n>\n> 引文二\n\n---\n\n```\nline1\nline2\n```') as Paragraph[];
    expect(blocks.map((p) => p.children)).toEqual([
      [{ type: 'text', value: '引文一' }],
      [{ type: 'text', value: '引文二' }],
      [{ type: 'text', value: 'line1' }, { type: 'break' }, { type: 'text', value: 'line2' }],
    ]);
  });
  it('an image-only paragraph leaves nothing behind', () => {
    expect(markdownToBlocks('![图](a.png)')).toEqual([]);
  });
});

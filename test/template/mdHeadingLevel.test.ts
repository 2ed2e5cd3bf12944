import { describe, expect, it } from 'vitest';
import { shiftHeadings } from '../../src/template/helpers/markdownHelpers.ts';
import { renderTemplate } from '../../src/template/renderTemplate.ts';

describe('headings inside a Markdown field', () => {
  it('shift under the template heading they belong to', () => {
    expect(shiftHeadings('# 问题一\n正文\n## 细节', 3)).toBe('### 问题一\n正文\n#### 细节');
  });

  it('become bold paragraphs beyond level 4, and leave code fences alone', () => {
    expect(shiftHeadings('## 深\n```\n# 代码\n```', 4)).toBe('**深**\n```\n# 代码\n```');
  });

  it('are shifted by {{md field level=N}}', () => {
    const markdown = renderTemplate('## 项目\n\n{{md detail level=3}}\n', { detail: '# 小标题\n\n内容' }, {
      file: 'inline.md.hbs',
      markdownFields: ['/detail'],
    });
    expect(markdown).toContain('### 小标题');
    expect(markdown).not.toMatch(/^# 小标题/m);
  });
});

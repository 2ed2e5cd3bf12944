import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/errors.ts';
import { renderTemplate } from '../../src/template/renderTemplate.ts';

const opts = { file: 'templates/x/content.md.hbs', markdownFields: ['/source', '/problems/*/detail'] };

function failure(source: string, data: object): TemplateError {
  try {
    renderTemplate(source, data, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return e as TemplateError;
  }
  throw new Error('expected a TemplateError');
}

describe('strict templates', () => {
  it('names file, line and variable of a missing field', () => {
    const e = failure('第一行\n\n在{{place}}召开', {});
    expect(e.describe('zh')).toBe('templates/x/content.md.hbs 第3行第4列：变量“place”不存在');
    expect(e.describe('en')).toBe('templates/x/content.md.hbs line 3, column 4: variable "place" is not defined');
  });
  it('checks helper arguments and block parameters too', () => {
    expect(failure('{{cnDate when}}', {}).describe('en')).toMatch(/variable "when" is not defined/);
    expect(failure('{{#each items}}x{{/each}}', {}).describe('en')).toMatch(/"items"/);
    expect(failure('{{#if optional}}x{{/if}}', {}).describe('en')).toMatch(/"optional"/);
    expect(failure('{{#each xs}}{{nme}}{{/each}}', { xs: [{ name: 'a' }] }).describe('en')).toMatch(/line 1, column 15: variable "nme"/);
  });
  it('tests optional fields that are present as null', () => {
    const src = '{{#if deadline}}请于{{cnDate deadline}}前{{else}}请于{{days}}日内{{/if}}';
    expect(renderTemplate(src, { deadline: null, days: 30 }, opts)).toBe('请于30日内');
    expect(renderTemplate(src, { deadline: '2026-12-31', days: 30 }, opts)).toBe('请于2026年12月31日前');
  });
  it('refuses to print null, objects and booleans', () => {
    expect(failure('{{x}}', { x: null }).describe('en')).toMatch(/"x" is empty/);
    expect(failure('{{x}}', { x: { a: 1 } }).describe('en')).toMatch(/not text or a number/);
  });
  it('refuses raw output, unknown helpers, unknown blocks and partials', () => {
    expect(failure('{{{x}}}', { x: 'a' }).describe('en')).toMatch(/use \{\{md field\}\}/);
    expect(failure('{{& x}}', { x: 'a' }).describe('en')).toMatch(/raw output/);
    expect(failure('{{upper x}}', { x: 'a' }).describe('en')).toMatch(/unknown helper "upper"/);
    expect(failure('{{#repeat x}}a{{/repeat}}', { x: 'a' }).describe('en')).toMatch(/unknown block "#repeat"/);
    expect(failure('{{> head}}', {}).describe('en')).toMatch(/PartialStatement/);
  });
  it('reports a helper failure at its place', () => {
    expect(failure('a\n{{cnDate d}}', { d: '2026/11/24' }).describe('en')).toMatch(/line 2, column 1: a date must look like/);
  });
  it('reports a syntax error with the file', () => {
    expect(failure('{{#if x}}', { x: 1 }).describe('en')).toMatch(/^templates\/x\/content\.md\.hbs/);
  });
});

describe('md: only Markdown fields are inserted raw', () => {
  it('inserts a Markdown field as Markdown, following #each to its pointer', () => {
    const src = '{{md source}}\n\n{{#each problems}}\n## {{title}}\n\n{{md detail}}\n{{/each}}';
    const out = renderTemplate(src, { source: '**依据**', problems: [{ title: '*t*', detail: '- 一\n- 二' }] }, opts);
    expect(out).toBe('**依据**\n\n## \\*t\\*\n\n- 一\n- 二\n');
  });
  it('refuses a plain field, naming its pointer', () => {
    expect(failure('{{#each problems}}{{md title}}{{/each}}', { problems: [{ title: 'x' }] }).describe('en')).toMatch(
      /\/problems\/\*\/title is not/,
    );
    expect(failure('{{md title}}', { title: 'x' }).describe('zh')).toMatch(/md 只能用于模式标为 Markdown 的字段，\/title 不是/);
  });
  it('follows ../ and @root back to the right pointer', () => {
    const src = '{{#each problems}}{{md ../source}}|{{md @root.source}}{{/each}}';
    expect(renderTemplate(src, { source: 'S', problems: [{}] }, opts)).toBe('S|S');
  });
  it('refuses md on a field it cannot locate (each over a helper result)', () => {
    const src = '{{#each (pluck problems "detail")}}{{md this}}{{/each}}';
    expect(failure(src, { problems: [{ detail: 'x' }] }).describe('en')).toMatch(/unresolvable field/);
  });
  it('needs the field to be present', () => {
    expect(failure('{{md source}}', { source: null }).describe('en')).toMatch(/\/source is empty/);
  });
});

describe('helpers inside templates', () => {
  it('prints Chinese forms, escaped', () => {
    const src = '{{cnDate d}}；{{ordinal (add @index 1)}}{{#each xs}}{{ordinal (add @index 1)}}{{/each}}；{{joinList xs sep="，" last="和"}}；{{docNumber n}}';
    expect(() => renderTemplate(src, { d: '2026-11-24', xs: ['甲', '乙*'], n: '某纪建[2026]3号' }, opts)).toThrow(/@index/);
    const ok = '{{cnDate d}}；{{#each xs}}{{ordinal (add @index 1)}}{{/each}}；{{joinList xs sep="，" last="和"}}；{{docNumber n}}';
    expect(renderTemplate(ok, { d: '2026-11-24', xs: ['甲', '乙*'], n: '某纪建[2026]3号' }, opts)).toBe(
      '2026年11月24日；第一第二；甲和乙\\*；某纪建〔2026〕3号',
    );
  });
  it('has tests a key of the current context', () => {
    expect(renderTemplate('{{#if (has "x")}}有{{else}}无{{/if}}', {}, opts)).toBe('无');
    expect(renderTemplate('{{#if (has "x")}}有{{x}}{{/if}}', { x: 'a' }, opts)).toBe('有a');
  });
  it('does not touch the global Handlebars', async () => {
    const Handlebars = (await import('handlebars')).default;
    expect(Handlebars.helpers.cnDate).toBeUndefined();
    expect(Handlebars.helpers.__out).toBeUndefined();
  });
});

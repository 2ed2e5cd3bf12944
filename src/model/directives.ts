/**
 * Paragraph directives: an HTML comment written by a template, on its own line, applying to
 * the next block. User data can never produce one: plain values are escaped (`\<`), and `md`
 * fields have their `<!--` escaped too. Syntax: `<!-- key:value key:value -->`.
 *   align:left|center|right|justify   indent:none|first-line
 *   font:fangsong|heiti|kaiti|xiaobiaosong|songti   widths:1,4 (tables: relative column widths)
 *   runin:no (before a heading ending with 。: it stands alone instead of taking the next paragraph)
 */
import { TemplateError } from '../errors.ts';
import type { FontRole, Paragraph } from './types.ts';

export interface Directive {
  align?: NonNullable<Paragraph['align']>;
  indent?: NonNullable<Paragraph['indent']>;
  font?: FontRole;
  widths?: number[];
  /** Headings only: false keeps a heading ending with 。 on its own. */
  runIn?: false;
}

const COMMENT = /^<!--\s*([\s\S]*?)\s*-->$/;
const ALIGNS = ['left', 'center', 'right', 'justify'] as const;
const INDENTS = ['none', 'first-line'] as const;
const FONTS = ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'] as const;

function bad(html: string, zh: string, en: string): TemplateError {
  return new TemplateError({ zh: `模板指令 ${html} 有误：${zh}`, en: `template directive ${html} is invalid: ${en}` });
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** The directive in an HTML node, or null when the node is not a `key:value` comment. */
export function parseDirective(html: string): Directive | null {
  const m = COMMENT.exec(html.trim());
  if (!m || !/^[a-z-]+:\S/.test(m[1] ?? '')) return null;
  const directive: Directive = {};
  for (const pair of (m[1] ?? '').split(/\s+/)) {
    const [key = '', value = ''] = pair.split(':', 2);
    if (key === 'align' && oneOf(ALIGNS, value)) directive.align = value;
    else if (key === 'indent' && oneOf(INDENTS, value)) directive.indent = value;
    else if (key === 'font' && oneOf(FONTS, value)) directive.font = value;
    else if (key === 'runin' && value === 'no') directive.runIn = false;
    else if (key === 'widths' && /^\d+(\.\d+)?(,\d+(\.\d+)?)*$/.test(value)) directive.widths = value.split(',').map(Number);
    else throw bad(html, `不认识“${pair}”`, `unknown "${pair}"`);
  }
  return directive;
}

/** Merges directives written one after another. */
export function mergeDirectives(a: Directive | undefined, b: Directive): Directive {
  return { ...a, ...b };
}

/** Applies a directive's paragraph settings (centred and right-aligned rows are never indented). */
export function applyToParagraph(paragraph: Paragraph, directive: Directive | undefined): Paragraph {
  if (!directive) return paragraph;
  if (directive.widths) throw bad('widths', 'widths 只能用于表格', 'widths applies to tables only');
  if (directive.runIn === false) throw bad('runin', 'runin 只能用于标题', 'runin applies to headings only');
  if (directive.align) paragraph.align = directive.align;
  if (directive.align === 'center' || directive.align === 'right') paragraph.indent = 'none';
  if (directive.indent) paragraph.indent = directive.indent;
  if (directive.font) paragraph.font = directive.font;
  return paragraph;
}

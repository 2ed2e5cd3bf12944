/**
 * The only helpers whose output is inserted as Markdown rather than escaped:
 * `md` (a field the schema marks as Markdown), `paras` (plain text, one paragraph per line,
 * escaped) and `bold` (plain text set in bold, escaped).
 */
import { escapeMarkdownInline, escapeMarkdownParagraphs } from '../escapeMarkdown.ts';
import { RawMarkdown } from '../rawMarkdown.ts';
import { HelperError } from '../templateError.ts';

/**
 * A Markdown field's own HTML comments could pose as our directives (`<!-- align:right -->`);
 * escaping the `<` turns them into literal text, as any other raw HTML in the body already is.
 */
export function neutraliseDirectives(markdown: string): string {
  return markdown.replace(/<!--/g, '\\<!--');
}

/**
 * Headings inside a Markdown field sit under the template's own: `{{md detail level=3}}`
 * makes the field's `#` a level-3 heading (1.), `##` level 4 ((1)); anything deeper than
 * level 4 becomes a bold paragraph. Without `level`, a field's headings start at level 1.
 */
export function shiftHeadings(markdown: string, level: number): string {
  if (level <= 1) return markdown;
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fenceMark) {
        if (fence === null) fence = fenceMark[0]!;
        else if (fenceMark[0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      const heading = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$/.exec(line);
      if (!heading) return line;
      const depth = heading[1]!.length + level - 1;
      const text = heading[2] ?? '';
      return depth <= 4 ? `${'#'.repeat(depth)} ${text}` : `**${text}**`;
    })
    .join('\n');
}

/** `{{md field}}`: refuses any field not in `allowed` (the kind's Markdown fields). */
export function md(value: unknown, field: string | null, allowed: ReadonlySet<string>, level = 1): RawMarkdown {
  if (field === null || !allowed.has(field)) {
    const name = field ?? '（无法确定的字段）';
    const list = [...allowed].join(', ') || '—';
    throw new HelperError(
      `md 只能用于模式标为 Markdown 的字段，${name} 不是（Markdown 字段：${list}）`,
      `md may only be used on fields the schema marks as Markdown; ${field ?? '(an unresolvable field)'} is not (Markdown fields: ${list})`,
    );
  }
  if (typeof value !== 'string') {
    throw new HelperError(
      `${field} 为空或不是文字，不能用 md 输出（可先用 {{#if}} 判断）`,
      `${field} is empty or not text and cannot be printed with md (test it with {{#if}} first)`,
    );
  }
  return new RawMarkdown(shiftHeadings(neutraliseDirectives(value), level));
}

/** `{{paras text}}`: every non-blank line a paragraph, all text escaped. */
export function paras(value: unknown): RawMarkdown {
  if (typeof value !== 'string') {
    throw new HelperError(`paras 需要文字，实际为 ${JSON.stringify(value)}`, `paras needs text, found ${JSON.stringify(value)}`);
  }
  return new RawMarkdown(escapeMarkdownParagraphs(value));
}

const TRAILING_PUNCTUATION = /[\p{P}\p{S}]+$/u;
const LEADING_CLOSERS = /^[”’」』）》】〕)\]]+/u;

/**
 * `{{bold text}}` at the start of a paragraph: **text** that survives CommonMark's flanking
 * rules in Chinese. A closing `**` after punctuation and before a Han character does not close
 * (`**使命。**这` would print its asterisks), so the trailing punctuation moves outside the
 * delimiters — except closing quotes and brackets, which stay inside while some punctuation
 * still follows them (`**突出“关键少数”**。` is valid: the delimiter is followed by 。).
 */
export function bold(value: unknown): RawMarkdown {
  if (typeof value !== 'string') {
    throw new HelperError(`bold 需要文字，实际为 ${JSON.stringify(value)}`, `bold needs text, found ${JSON.stringify(value)}`);
  }
  const text = value.replace(/\s+/g, ' ').trim();
  let tail = TRAILING_PUNCTUATION.exec(text)?.[0] ?? '';
  const closers = LEADING_CLOSERS.exec(tail)?.[0] ?? '';
  if (closers !== '' && closers.length < tail.length) tail = tail.slice(closers.length);
  const inner = text.slice(0, text.length - tail.length);
  if (inner.trim() === '') return new RawMarkdown(escapeMarkdownInline(text));
  return new RawMarkdown(`**${escapeMarkdownInline(inner)}**${escapeMarkdownInline(tail)}`);
}

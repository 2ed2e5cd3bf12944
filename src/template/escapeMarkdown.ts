/**
 * Escaping of plain text for CommonMark + GFM, so data can never inject structure.
 * Every ASCII punctuation character is backslash-escaped (CommonMark allows this for all of
 * them, and an escaped character is always literal), which neutralises emphasis, headings,
 * list markers, tables, block quotes, HTML, links, autolinks, entities and our own
 * `<!-- … -->` directives alike.
 */

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Escapes one line of text (no newline handling). Leading/trailing blanks are trimmed: a
 * leading run of spaces could otherwise start an indented code block. */
function escapeLine(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '').replace(ASCII_PUNCTUATION, (c) => '\\' + c);
}

/**
 * Inline use (the default of every `{{value}}`): newlines and the blanks around them become a
 * single space, so a value can never end a table row, a heading or a paragraph.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/[ \t]*\r?\n[\s]*/g, ' ').replace(/\r/g, ' '));
}

/**
 * Multi-paragraph use (`{{paras value}}`): every non-blank line of the text becomes its own
 * paragraph, each escaped as above.
 */
export function escapeMarkdownParagraphs(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((line) => escapeLine(line))
    .filter((line) => line !== '')
    .join('\n\n');
}

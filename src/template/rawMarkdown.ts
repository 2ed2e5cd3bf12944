/**
 * Markdown that a trusted helper has already built or vetted (escaped plain text, or a field
 * the schema marks as Markdown). The output step inserts it as is; any other value is escaped.
 * Only helpers in this folder create it: templates cannot, and data cannot.
 */
export class RawMarkdown {
  readonly markdown: string;
  constructor(markdown: string) {
    this.markdown = markdown;
  }
  toString(): string {
    return this.markdown;
  }
}

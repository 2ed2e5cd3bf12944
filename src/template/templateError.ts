import { TemplateError } from '../errors.ts';

/** Where in a template something happened (line 1-based, column 1-based). */
export interface TemplateLocation {
  file: string;
  line?: number;
  column?: number;
}

function where(loc: TemplateLocation, lang: 'zh' | 'en'): string {
  if (loc.line === undefined) return loc.file;
  const col = loc.column ?? 1;
  return lang === 'zh' ? `${loc.file} 第${loc.line}行第${col}列` : `${loc.file} line ${loc.line}, column ${col}`;
}

/** A TemplateError that names the template file and position. */
export function templateError(loc: TemplateLocation, zh: string, en: string, cause?: unknown): TemplateError {
  return new TemplateError(
    { zh: `${where(loc, 'zh')}：${zh}`, en: `${where(loc, 'en')}: ${en}` },
    cause === undefined ? undefined : { cause },
  );
}

/** A helper's error before it knows its location; the renderer adds file and line. */
export class HelperError extends Error {
  readonly zh: string;
  readonly en: string;
  /** Set by the renderer's helper wrapper from Handlebars' `options.loc`. */
  line?: number;
  column?: number;
  constructor(zh: string, en: string) {
    super(en);
    this.name = 'HelperError';
    this.zh = zh;
    this.en = en;
  }
}

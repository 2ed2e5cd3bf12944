/**
 * Renders a Markdown template (templates/<kind>/content.md.hbs) with a case's data.
 * Strict: an absent field is a TemplateError naming the file, line and variable.
 * Safe: plain values are escaped for Markdown; only `{{md field}}` on a Markdown field is raw.
 */
import { GongwenError, TemplateError } from '../errors.ts';
import { HELPER_NAMES, templateEnvironment, type RenderData } from './environment.ts';
import { rewriteTemplate } from './rewriteTemplate.ts';
import { HelperError, templateError } from './templateError.ts';

export interface TemplateOptions {
  /** The template's path as shown in errors. */
  file: string;
  /** JSON pointer patterns of the Markdown fields, e.g. '/source', '/problems/*\/detail'. */
  markdownFields: readonly string[];
}

export type CompiledTemplate = (data: object) => string;

/** Parses, rewrites and compiles once; the result renders any number of cases. */
export function compileTemplate(source: string, options: TemplateOptions): CompiledTemplate {
  const env = templateEnvironment();
  let run: HandlebarsTemplateDelegate;
  try {
    const ast = rewriteTemplate(env.parse(source), { file: options.file, helpers: HELPER_NAMES });
    run = env.compile(ast, { strict: true, noEscape: true });
  } catch (e) {
    throw toTemplateError(e, options.file);
  }
  const gongwen: RenderData = { markdownFields: new Set(options.markdownFields) };
  return (data: object) => {
    try {
      return run(data, { data: { gongwen } });
    } catch (e) {
      throw toTemplateError(e, options.file);
    }
  };
}

/** Compile and render in one call. */
export function renderTemplate(source: string, data: object, options: TemplateOptions): string {
  return compileTemplate(source, options)(data);
}

interface HandlebarsException extends Error {
  lineNumber?: number;
  column?: number;
}

function toTemplateError(e: unknown, file: string): GongwenError {
  if (e instanceof TemplateError || e instanceof GongwenError) return e;
  if (e instanceof HelperError) return templateError({ file, line: e.line, column: e.column }, e.zh, e.en, e);
  const err = e as HandlebarsException;
  const message = err instanceof Error ? err.message : String(e);
  const loc = { file, line: err.lineNumber, column: err.column === undefined ? undefined : err.column + 1 };
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) return templateError(loc, `变量“${missing[1]}”不存在`, `variable "${missing[1]}" is not defined`, e);
  const helper = /^Missing helper: "([^"]+)"/.exec(message);
  if (helper) return templateError(loc, `未知的模板函数“${helper[1]}”`, `unknown helper "${helper[1]}"`, e);
  return templateError(loc, `模板有误：${message}`, `template error: ${message}`, e);
}

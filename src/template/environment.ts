/**
 * One isolated Handlebars environment (Handlebars.create()) with gongwen's helpers.
 * Nothing here touches the global Handlebars instance.
 */
import Handlebars from 'handlebars';
import { escapeMarkdownInline } from './escapeMarkdown.ts';
import { cnDate } from './helpers/cnDate.ts';
import { cnNumber } from './helpers/cnNumber.ts';
import { cnTimeRange } from './helpers/cnTimeRange.ts';
import { docNumber } from './helpers/docNumber.ts';
import { joinList } from './helpers/joinList.ts';
import { add } from './helpers/add.ts';
import { eq } from './helpers/eq.ts';
import { has } from './helpers/has.ts';
import { not, or } from './helpers/orNot.ts';
import { pluck } from './helpers/pluck.ts';
import { startsWith } from './helpers/startsWith.ts';
import { bold, md, paras } from './helpers/markdownHelpers.ts';
import { ordinal } from './helpers/ordinal.ts';
import { sentence } from './helpers/sentence.ts';
import { RawMarkdown } from './rawMarkdown.ts';
import { HelperError } from './templateError.ts';

/** What a render passes to helpers through Handlebars' @data. */
export interface RenderData {
  markdownFields: ReadonlySet<string>;
}

type HelperOptions = Handlebars.HelperOptions & { loc?: { start: { line: number; column: number } } };
type HelperBody = (args: unknown[], options: HelperOptions, context: unknown) => unknown;

/** Helper name → implementation; the last argument Handlebars passes is always `options`. */
const helpers: Record<string, HelperBody> = {
  cnDate: ([v]) => cnDate(v),
  cnTimeRange: ([a, b]) => cnTimeRange(a, b),
  cnNumber: ([v]) => cnNumber(v),
  ordinal: ([v]) => ordinal(v),
  docNumber: ([v]) => docNumber(v),
  joinList: ([v], o) => joinList(v, { sep: o.hash.sep as string | undefined, last: o.hash.last as string | undefined }),
  eq: ([a, b]) => eq(a, b),
  add: ([a, b]) => add(a, b),
  has: ([key], _o, context) => has(context, key),
  or: (args) => or(...args),
  not: ([v]) => not(v),
  startsWith: ([a, b]) => startsWith(a, b),
  pluck: ([items, key]) => pluck(items, key),
  md: ([v], o) => md(v, (o.hash.__field as string | null | undefined) ?? null, gongwenData(o).markdownFields, Number(o.hash.level ?? 1)),
  paras: ([v]) => paras(v),
  bold: ([v]) => bold(v),
  sentence: ([v]) => sentence(v),
  __req: ([value, name, line, column]) => {
    if (value !== undefined) return value;
    const e = new HelperError(`变量“${String(name)}”不存在`, `variable "${String(name)}" is not defined`);
    e.line = Number(line);
    e.column = Number(column);
    throw e;
  },
  __out: ([value, name]) => {
    if (value instanceof RawMarkdown) return value.markdown;
    if (typeof value === 'string') return escapeMarkdownInline(value);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value === null || value === undefined) {
      throw new HelperError(
        `“${String(name)}”为空，不能输出（可选字段请先用 {{#if}} 判断）`,
        `"${String(name)}" is empty and cannot be printed (test optional fields with {{#if}} first)`,
      );
    }
    throw new HelperError(
      `“${String(name)}”不是文字或数字，不能直接输出（实际为 ${JSON.stringify(value)}）`,
      `"${String(name)}" is not text or a number and cannot be printed (found ${JSON.stringify(value)})`,
    );
  },
};

function gongwenData(options: HelperOptions): RenderData {
  const data = (options.data as { root?: unknown; gongwen?: RenderData } | undefined)?.gongwen;
  return data ?? { markdownFields: new Set() };
}

export const HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(helpers));

let shared: typeof Handlebars | undefined;

/** The shared environment (helpers are pure, so one per process is enough). */
export function templateEnvironment(): typeof Handlebars {
  if (shared) return shared;
  const env = Handlebars.create();
  for (const [name, body] of Object.entries(helpers)) {
    env.registerHelper(name, function (this: unknown, ...all: unknown[]) {
      const options = all.pop() as HelperOptions;
      try {
        return body(all, options, this);
      } catch (e) {
        // Give the error its place in the template unless it already has one (__req).
        if (e instanceof HelperError && e.line === undefined && options.loc) {
          e.line = options.loc.start.line;
          e.column = options.loc.start.column + 1;
        }
        throw e;
      }
    });
  }
  shared = env;
  return env;
}

/**
 * Rewrites a parsed Handlebars template so that data cannot inject Markdown and nothing prints
 * as "undefined":
 * - every `{{expr}}` becomes `{{{__out expr "name"}}}`: the value is escaped for Markdown by
 *   our own helper (Handlebars' HTML escaping is never used), RawMarkdown from `md`, `paras`,
 *   `bold` passes through;
 * - every path used as a value or helper argument becomes `(__req path "name" line column)`,
 *   which fails on an absent field (Handlebars' strict mode only checks a mustache's own path);
 * - `{{md x}}` learns the JSON pointer pattern of x (e.g. /problems/*\/detail) from the
 *   `#each`/`#with` blocks around it, so the helper can refuse non-Markdown fields;
 * - `{{{x}}}`, `{{& x}}`, partials and decorators are refused.
 */
// The hbs.AST types come with the handlebars package's declarations.
import type {} from 'handlebars';
import { templateError } from './templateError.ts';

type Program = hbs.AST.Program;
type Statement = hbs.AST.Statement;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;
type SubExpression = hbs.AST.SubExpression;
type Hash = hbs.AST.Hash;
type SourceLocation = hbs.AST.SourceLocation;

/** Pointer prefix of each context on the stack; null where it cannot be known statically. */
type Scopes = (string | null)[];

const CONTEXT_KEEPING_BLOCKS = new Set(['if', 'unless']);
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);

export interface RewriteContext {
  file: string;
  /** Names of registered helpers (a bare `{{name}}` that is a helper is a call, not a field). */
  helpers: ReadonlySet<string>;
}

export function rewriteTemplate(ast: Program, ctx: RewriteContext): Program {
  rewriteProgram(ast, [''], ctx);
  return ast;
}

function rewriteProgram(program: Program, scopes: Scopes, ctx: RewriteContext): void {
  program.body = program.body.map((s) => rewriteStatement(s, scopes, ctx));
}

function fail(ctx: RewriteContext, loc: SourceLocation | undefined, zh: string, en: string): never {
  throw templateError(
    { file: ctx.file, line: loc?.start.line, column: loc === undefined ? undefined : loc.start.column + 1 },
    zh,
    en,
  );
}

function rewriteStatement(statement: Statement, scopes: Scopes, ctx: RewriteContext): Statement {
  switch (statement.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return statement;
    case 'MustacheStatement': {
      const m = statement as hbs.AST.MustacheStatement;
      if (!m.escaped) {
        fail(
          ctx,
          m.loc,
          '不允许用 {{{…}}} 或 {{& …}} 原样输出；Markdown 字段请用 {{md 字段}}',
          'raw output with {{{…}}} or {{& …}} is not allowed; use {{md field}} for Markdown fields',
        );
      }
      const value = valueExpression(m, scopes, ctx);
      const out: hbs.AST.MustacheStatement = {
        ...m,
        path: pathExpr('__out', m.loc),
        params: [value, stringLit(describe(m.path), m.loc)],
        hash: undefined as unknown as Hash,
        escaped: false,
      };
      return out;
    }
    case 'BlockStatement': {
      const b = statement as hbs.AST.BlockStatement;
      const name = b.path.type === 'PathExpression' ? (b.path as PathExpression).original : '';
      const first = b.params[0];
      if (!BLOCK_HELPERS.has(name)) {
        fail(ctx, b.loc, `未知的块“#${name}”（可用：#if #unless #each #with）`, `unknown block "#${name}" (available: #if #unless #each #with)`);
      }
      b.params = b.params.map((p) => wrapValue(p, scopes, ctx));
      if (b.hash) b.hash = wrapHash(b.hash, scopes, ctx);
      let inner: Scopes = scopes;
      if (!CONTEXT_KEEPING_BLOCKS.has(name)) {
        const base = first?.type === 'PathExpression' ? pointerOf(first as PathExpression, scopes) : null;
        const scope = base === null ? null : name === 'each' ? `${base}/*` : name === 'with' ? base : null;
        inner = [...scopes, scope];
      }
      if (b.program) rewriteProgram(b.program, inner, ctx);
      // `{{else}}` of #each/#with runs in the outer context.
      if (b.inverse) rewriteProgram(b.inverse, scopes, ctx);
      return b;
    }
    default:
      return fail(
        ctx,
        statement.loc,
        `模板不支持 ${statement.type}（局部模板和装饰器不可用）`,
        `templates do not support ${statement.type} (no partials or decorators)`,
      );
  }
}

/** The value a `{{…}}` prints: a checked field, a literal, or a helper call. */
function valueExpression(m: hbs.AST.MustacheStatement, scopes: Scopes, ctx: RewriteContext): Expression {
  const path = m.path;
  const hasArgs = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
  if (path.type !== 'PathExpression') return path;
  const p = path as PathExpression;
  if (!hasArgs && !(p.parts.length === 1 && !p.data && ctx.helpers.has(p.original))) {
    return wrapValue(p, scopes, ctx);
  }
  const call: SubExpression = {
    type: 'SubExpression',
    path: p,
    params: m.params,
    hash: m.hash,
    loc: m.loc,
  };
  return wrapValue(call, scopes, ctx);
}

function wrapHash(hash: Hash, scopes: Scopes, ctx: RewriteContext): Hash {
  return { ...hash, pairs: hash.pairs.map((pair) => ({ ...pair, value: wrapValue(pair.value, scopes, ctx) })) };
}

/** Wraps paths in __req and recurses into helper calls; `md` calls learn their field's pointer. */
function wrapValue(expr: Expression, scopes: Scopes, ctx: RewriteContext): Expression {
  if (expr.type === 'PathExpression') {
    const p = expr as PathExpression;
    const loc = p.loc;
    const req: SubExpression = {
      type: 'SubExpression',
      path: pathExpr('__req', loc),
      params: [p, stringLit(p.original, loc), numberLit(loc?.start.line ?? 0, loc), numberLit((loc?.start.column ?? 0) + 1, loc)],
      hash: { type: 'Hash', pairs: [], loc },
      loc,
    };
    return req;
  }
  if (expr.type === 'SubExpression') {
    const s = expr as SubExpression;
    const helper = s.path.type === 'PathExpression' ? (s.path as PathExpression).original : '';
    checkHelper(helper, s.loc, ctx);
    const firstParam = s.params[0];
    const params = s.params.map((p) => wrapValue(p, scopes, ctx));
    const hash: Hash = s.hash ? wrapHash(s.hash, scopes, ctx) : { type: 'Hash', pairs: [], loc: s.loc };
    if (helper === 'md') {
      const field = firstParam?.type === 'PathExpression' ? pointerOf(firstParam as PathExpression, scopes) : null;
      hash.pairs = [
        ...hash.pairs.filter((pair) => pair.key !== '__field'),
        { type: 'HashPair', key: '__field', value: field === null ? nullLit(s.loc) : stringLit(field, s.loc), loc: s.loc },
      ];
    }
    const call: SubExpression = { ...s, params, hash };
    return call;
  }
  return expr;
}

function checkHelper(name: string, loc: SourceLocation, ctx: RewriteContext): void {
  if (name === '__req' || ctx.helpers.has(name)) return;
  fail(ctx, loc, `未知的模板函数“${name}”`, `unknown helper "${name}"`);
}

/** JSON pointer pattern of a path in the current scopes, e.g. /problems/*\/detail. */
function pointerOf(path: PathExpression, scopes: Scopes): string | null {
  if (path.data) {
    return path.parts[0] === 'root' ? path.parts.slice(1).map((p) => `/${p}`).join('') : null;
  }
  const scope = scopes[scopes.length - 1 - path.depth];
  if (scope === undefined || scope === null) return null;
  return scope + path.parts.map((p) => `/${p}`).join('');
}

function describe(expr: Expression): string {
  return expr.type === 'PathExpression' ? (expr as PathExpression).original : expr.type;
}

function pathExpr(name: string, loc: SourceLocation): PathExpression {
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc };
}
function stringLit(value: string, loc: SourceLocation): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc };
}
function numberLit(value: number, loc: SourceLocation): hbs.AST.NumberLiteral {
  return { type: 'NumberLiteral', value, original: value, loc };
}
function nullLit(loc: SourceLocation): hbs.AST.NullLiteral {
  return { type: 'NullLiteral', value: null, original: null, loc } as hbs.AST.NullLiteral;
}

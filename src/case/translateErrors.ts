/**
 * Turns ajv's errors into CaseIssues a clerk can act on: the JSON pointer of the field itself
 * (a missing field is named by its own pointer), what was expected in Chinese and English with
 * the field's schema title, and what was found. Noise ajv adds (the "if" wrapper, every failed
 * branch of an anyOf, a broad enum beside a narrower one) is folded into one issue per problem.
 */
import type { ErrorObject } from 'ajv';
import type { Bilingual, CaseIssue } from '../errors.ts';
import { describePattern } from './patternHints.ts';
import { escapeSegment, splitPointer } from './jsonPointer.ts';
import { loadSchemaSet, type SchemaObject } from './schemaFiles.ts';
import { nodesAt, titleOf, typesOf } from './schemaWalk.ts';
import { jsonTypeOf, showValue, typeNames } from './describeValue.ts';
import { nearestName } from '../suggestName.ts';
import type { Kind } from './types.ts';

export function translateErrors(kind: Kind, errors: ErrorObject[]): CaseIssue[] {
  const kept = foldAnyOf(errors.filter((e) => e.keyword !== 'if' && !isDeclaredButUnevaluated(kind, e)));
  const narrowed = keepNarrowestEnum(kept);
  const issues: CaseIssue[] = [];
  const seen = new Set<string>();
  for (const item of narrowed) {
    const issue = 'issue' in item ? item.issue : describeError(kind, item);
    const key = `${issue.pointer}\u0000${issue.expected.zh}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

type Folded = ErrorObject | { issue: CaseIssue };

/**
 * An anyOf reports each branch's errors and then itself. When the value's type fits exactly one
 * branch, that branch's errors are the useful ones; otherwise one issue lists the alternatives.
 */
function foldAnyOf(errors: ErrorObject[]): Folded[] {
  const drop = new Set<ErrorObject>();
  const replace = new Map<ErrorObject, Folded[]>();
  for (const group of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const prefix = `${group.schemaPath}/`;
    const branchErrors = errors.filter(
      (e) => e !== group && e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(group.instancePath),
    );
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const fitting = [...byBranch.values()].filter(
      (list) => !list.some((e) => e.keyword === 'type' && e.instancePath === group.instancePath),
    );
    for (const e of branchErrors) drop.add(e);
    if (fitting.length === 1 && !isRequiredOnly(group)) {
      replace.set(group, fitting[0] ?? []);
    } else {
      replace.set(group, [{ issue: describeAlternatives(group) }]);
    }
  }
  const out: Folded[] = [];
  for (const e of errors) {
    if (replace.has(e)) out.push(...(replace.get(e) ?? []));
    else if (!drop.has(e)) out.push(e);
  }
  return out;
}

function branchesOf(group: ErrorObject): SchemaObject[] {
  const schema = group.schema;
  return Array.isArray(schema) ? (schema as SchemaObject[]) : [];
}

/** anyOf whose branches only demand one field each ("one of parts, sourceText, sourceFile"). */
function isRequiredOnly(group: ErrorObject): boolean {
  const branches = branchesOf(group);
  return branches.length > 0 && branches.every((b) => Array.isArray(b.required) && b.type === undefined);
}

function describeAlternatives(group: ErrorObject): CaseIssue {
  const branches = branchesOf(group);
  if (isRequiredOnly(group)) {
    const fields = branches.flatMap((b) => b.required ?? []);
    const titled = branches.map((b) => (typeof b.title === 'string' ? b.title : (b.required ?? []).join('、')));
    return {
      pointer: group.instancePath,
      expected: {
        zh: `至少包含以下字段之一：${titled.join('、')}`,
        en: `at least one of the fields ${fields.join(', ')}`,
      },
      missing: true,
    };
  }
  const zh = branches.map((b) => {
    const type = typeNames(typeof b.type === 'string' ? [b.type] : []).zh;
    return typeof b.title === 'string' ? `${b.title}（${type}）` : type;
  });
  const en = branches.map((b) => {
    const type = typeNames(typeof b.type === 'string' ? [b.type] : []).en;
    return b.required?.length ? `${type} with ${b.required.join(', ')}` : type;
  });
  return {
    pointer: group.instancePath,
    expected: { zh: `以下之一：${zh.join('；或')}`, en: `one of: ${en.join('; or ')}` },
    found: showValue(group.data),
  };
}

/** Two enums at one place (all measures, and those allowed for this subject type): keep the narrower. */
function keepNarrowestEnum(items: Folded[]): Folded[] {
  const narrowest = new Map<string, ErrorObject>();
  for (const item of items) {
    if ('issue' in item || item.keyword !== 'enum') continue;
    const current = narrowest.get(item.instancePath);
    if (!current || allowed(item).length < allowed(current).length) narrowest.set(item.instancePath, item);
  }
  return items.filter(
    (item) => 'issue' in item || item.keyword !== 'enum' || narrowest.get(item.instancePath) === item,
  );
}

function allowed(e: ErrorObject): unknown[] {
  const values = (e.params as { allowedValues?: unknown[] }).allowedValues;
  return Array.isArray(values) ? values : [];
}

/** The field's name for a message: its schema title, prefixed by its parent's when the title is a bare word. */
function labelAt(kind: Kind, pointer: string, ownTitle?: string): string | undefined {
  const segments = splitPointer(pointer);
  const title = ownTitle ?? titleOf(nodesAt(kind, segments));
  if (!title || [...title].length > 2 || segments.length < 2) return title;
  const parent = titleOf(nodesAt(kind, segments.slice(0, -1)));
  return parent && !parent.includes(title) ? `${parent}${title}` : title;
}

function withLabel(text: Bilingual, label: string | undefined): Bilingual {
  return label ? { zh: `${text.zh}（${label}）`, en: text.en } : text;
}

/** "份号：6 位数字，如 000001": the field first, when the expectation is a sentence rather than a type. */
function labelFirst(text: Bilingual, label: string | undefined): Bilingual {
  return label ? { zh: `${label}：${text.zh}`, en: text.en } : text;
}

function describeError(kind: Kind, e: ErrorObject): CaseIssue {
  const parent = (e.parentSchema ?? {}) as SchemaObject;
  const found = showValue(e.data);
  switch (e.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const params = e.params as { additionalProperty?: string; unevaluatedProperty?: string };
      return unknownField(kind, e.instancePath, params.additionalProperty ?? params.unevaluatedProperty ?? '');
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      const pointer = `${e.instancePath}/${escapeSegment(missing)}`;
      const nodes = nodesAt(kind, splitPointer(pointer));
      const types = typesOf(nodes);
      const what = types.length ? typeNames(types) : { zh: '字段', en: 'a value' };
      return {
        pointer,
        expected: withLabel({ zh: what.zh, en: `${what.en} (field "${missing}")` }, labelAt(kind, pointer)),
        missing: true,
      };
    }
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      return {
        pointer: e.instancePath,
        expected: withLabel(typeNames(Array.isArray(t) ? t : [t]), labelAt(kind, e.instancePath)),
        found,
      };
    }
    case 'enum': {
      const values = allowed(e).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      const label = labelAt(kind, e.instancePath, typeof parent.title === 'string' ? parent.title : undefined);
      const when = conditionOf(kind, e.schemaPath);
      return {
        pointer: e.instancePath,
        expected: {
          zh: `${label ? `${label}之一` : '以下之一'}：${values.join('、')}${when ? `（${when.zh}）` : ''}`,
          en: `one of ${values.join(', ')}${when ? ` (${when.en})` : ''}`,
        },
        found,
      };
    }
    case 'const': {
      const value = showValue((e.params as { allowedValue: unknown }).allowedValue);
      return {
        pointer: e.instancePath,
        expected: withLabel({ zh: `固定值 ${value}`, en: `the value ${value}` }, labelAt(kind, e.instancePath)),
        found,
      };
    }
    case 'minItems':
    case 'maxItems': {
      const limit = (e.params as { limit: number }).limit;
      const few = e.keyword === 'minItems';
      return {
        pointer: e.instancePath,
        expected: withLabel(
          {
            zh: `${few ? '至少' : '至多'} ${limit} 项`,
            en: `${few ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`,
          },
          labelAt(kind, e.instancePath),
        ),
        found,
      };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = (e.params as { limit: number }).limit;
      const text =
        e.keyword === 'minLength'
          ? limit === 1
            ? { zh: '非空字符串', en: 'a non-empty string' }
            : { zh: `至少 ${limit} 个字符的字符串`, en: `a string of at least ${limit} characters` }
          : { zh: `至多 ${limit} 个字符的字符串`, en: `a string of at most ${limit} characters` };
      return { pointer: e.instancePath, expected: withLabel(text, labelAt(kind, e.instancePath)), found };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      const zhCmp: Record<string, string> = { '>=': '不小于', '<=': '不大于', '>': '大于', '<': '小于' };
      const enCmp: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' };
      const types = typeNames(typesOf(nodesAt(kind, splitPointer(e.instancePath))).slice(0, 1));
      return {
        pointer: e.instancePath,
        expected: withLabel(
          { zh: `${zhCmp[comparison] ?? comparison} ${limit} 的${types.zh || '数'}`, en: `a number ${enCmp[comparison] ?? comparison} ${limit}` },
          labelAt(kind, e.instancePath),
        ),
        found,
      };
    }
    case 'format': {
      const format = (e.params as { format: string }).format;
      const text =
        format === 'date'
          ? { zh: '格式 YYYY-MM-DD 的有效日期，如 2026-11-24', en: 'a valid date YYYY-MM-DD, e.g. 2026-11-24' }
          : { zh: `${format} 格式的文字`, en: `text in ${format} format` };
      return { pointer: e.instancePath, expected: labelFirst(text, labelAt(kind, e.instancePath)), found };
    }
    case 'pattern': {
      const text = describePattern((e.params as { pattern: string }).pattern, e.data);
      return { pointer: e.instancePath, expected: labelFirst(text, labelAt(kind, e.instancePath)), found };
    }
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      const later = Math.max(i, j);
      const earlier = Math.min(i, j);
      return {
        pointer: `${e.instancePath}/${later}`,
        expected: {
          zh: `不与前面重复的值（与 ${e.instancePath}/${earlier} 相同）`,
          en: `a value not repeated (same as ${e.instancePath}/${earlier})`,
        },
        found: showValue(Array.isArray(e.data) ? e.data[later] : undefined),
      };
    }
    default:
      return {
        pointer: e.instancePath,
        expected: { zh: `满足 ${e.keyword} 约束（${e.message ?? ''}）`, en: e.message ?? e.keyword },
        found: jsonTypeOf(e.data) === 'object' ? undefined : found,
      };
  }
}

/**
 * For an error inside an if/then, the if's constant conditions in words:
 * `#/allOf/2/then/...` with if {subject: {type: const organization}} gives "subject.type 为 organization 时".
 */
function conditionOf(kind: Kind, schemaPath: string): Bilingual | undefined {
  const at = schemaPath.indexOf('/then/');
  if (!schemaPath.startsWith('#/') || at < 0) return undefined;
  let node: unknown = loadSchemaSet().kinds[kind];
  for (const segment of schemaPath.slice(2, at).split('/')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  const condition = (node as SchemaObject | undefined)?.if;
  if (!condition) return undefined;
  const consts: [string, unknown][] = [];
  const walk = (s: SchemaObject, path: string[]): void => {
    if (s.const !== undefined) consts.push([path.join('.'), s.const]);
    for (const [key, sub] of Object.entries(s.properties ?? {})) walk(sub, [...path, key]);
  };
  walk(condition, []);
  if (consts.length === 0) return undefined;
  return {
    zh: `${consts.map(([p, v]) => `${p} 为 ${String(v)}`).join('且')} 时`,
    en: `allowed when ${consts.map(([p, v]) => `${p} is "${String(v)}"`).join(' and ')}`,
  };
}

/**
 * When a branch of allOf fails (the envelope, for a bad issuer), its properties count as not
 * evaluated and unevaluatedProperties names every one of them; a field the schema declares at
 * that place is not unknown, and its own error is reported already.
 */
function isDeclaredButUnevaluated(kind: Kind, e: ErrorObject): boolean {
  if (e.keyword !== 'unevaluatedProperties') return false;
  const name = (e.params as { unevaluatedProperty?: string }).unevaluatedProperty ?? '';
  return nodesAt(kind, splitPointer(e.instancePath)).some(
    ({ schema }) =>
      Object.prototype.hasOwnProperty.call(schema.properties ?? {}, name) ||
      Object.keys((schema.patternProperties as Record<string, unknown> | undefined) ?? {}).some((pattern) => new RegExp(pattern, 'u').test(name)),
  );
}

/** The field names the schema knows at an object's place (every branch that applies to it). */
function knownFields(kind: Kind, pointer: string): string[] {
  const names = new Set<string>();
  for (const { schema } of nodesAt(kind, splitPointer(pointer))) {
    for (const key of Object.keys(schema.properties ?? {})) if (key !== '$schema') names.add(key);
  }
  return [...names].sort();
}

/** An unknown field: an error, so a typo never passes in silence, with the nearest known name. */
function unknownField(kind: Kind, objectPointer: string, name: string): CaseIssue {
  const known = knownFields(kind, objectPointer);
  const guess = nearestName(name, known);
  const atTop = objectPointer === '';
  const optOut = atTop
    ? { zh: '；本单位自用字段请以 x- 开头或放入 extensions', en: '; put fields of your own under "extensions" or prefix them with x-' }
    : { zh: '', en: '' };
  const shown = showValue(name);
  const hint = guess
    ? { zh: `是否应为 ${guess}？`, en: `did you mean "${guess}"?` }
    : { zh: `可用字段：${known.join('、')}${optOut.zh}`, en: `known fields: ${known.join(', ')}${optOut.en}` };
  return {
    pointer: `${objectPointer}/${escapeSegment(name)}`,
    expected: { zh: `已知字段名（${shown} 不是此处的字段；${hint.zh}）`, en: `a known field name (${shown} is not one here; ${hint.en})` },
  };
}


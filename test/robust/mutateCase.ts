/**
 * Seeded mutations of case JSON, for the robustness run (runMutations.ts): wrong types,
 * deletions, huge strings, deep nesting, control characters, lone surrogates, prototype keys,
 * odd Unicode, empty and long arrays, misspelt field names. Each mutation applies 1–3 of these
 * at random places of a copy; the same seed always gives the same mutations.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

interface Slot {
  /** The container holding the value, and its key there. */
  parent: Record<string, Json> | Json[];
  key: string | number;
  value: Json;
}

/** Every value under the root with its place (not inside a deep nesting already made). */
function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const walk = (value: Json, depth: number): void => {
    if (depth > 12 || isDeep(value)) return;
    if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i, value: item }), walk(item, depth + 1)));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push({ parent: value, key, value: item }), walk(item, depth + 1);
  };
  walk(root, 0);
  return out;
}

/**
 * Deep nesting stands in the tree as a placeholder string; toJsonText writes it out as text
 * (5,000 levels are past what JSON.stringify's recursion takes, and past what a case may hold).
 */
const DEEP = '\u0001deep:';
const isDeep = (value: Json): boolean => typeof value === 'string' && value.startsWith(DEEP);

export function toJsonText(json: Json): string {
  return JSON.stringify(json).replace(/"\\u0001deep:(\d+):(array|object)"/g, (_, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'array' ? `${'['.repeat(n)}"deep"${']'.repeat(n)}` : `${'{"a":'.repeat(n)}"deep"${'}'.repeat(n)}`;
  });
}

const set = (slot: Slot, value: Json): void => {
  (slot.parent as Record<string, Json>)[slot.key as string] = value;
};

const ODD = [
  '\u202E', '\u202A', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u2028', '\u2029', '\u00A0', '\u3000', '\t', '\r\n', '\n\n',
  '𠀀', '𪚥', '😀', '👨\u200D👩\u200D👧', '🇨🇳', 'e\u0301', '\u0301', 'Ａ', '㊣', '⿰', '〾', '\uFFFD', '\uE000', '\uF8FF', 'ﷺ',
  'עברית', 'العربية', 'ไทย', 'Ω≈ç√', '…—', '**', '# ', '<!-- x -->', '{{x}}', '[a](b)', '| a |', '&amp;', '\\', '`',
];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009F', '\uFFFE', '\uFFFF'];
const CJK = '某市区县纪律检查委员会监察关于问题整改落实情况的报告工作要求进一步加强监督管理制度建设';

function text(rand: Rand, length: number): string {
  let out = '';
  while (out.length < length) out += CJK[Math.floor(rand() * CJK.length)];
  return out;
}

function insertAt(rand: Rand, value: string, piece: string): string {
  const chars = [...value];
  chars.splice(int(rand, 0, chars.length), 0, piece);
  return chars.join('');
}

function randomValue(rand: Rand, not: string): Json {
  const choices: (() => Json)[] = [() => int(rand, -5, 100000), () => rand() < 0.5, () => null, () => ({}), () => [], () => '', () => 'x', () => [1, 'a'], () => ({ a: 1 }), () => 1.5e308, () => -0];
  for (;;) {
    const value = pick(rand, choices)();
    const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    if (type !== not) return value;
  }
}

const typeOf = (value: Json): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function nested(rand: Rand, depth: number): Json {
  return `${DEEP}${depth}:${rand() < 0.5 ? 'array' : 'object'}`;
}

/** Defines an own, enumerable "__proto__" (or constructor/prototype) key, as JSON.parse would. */
function protoKey(rand: Rand, target: Record<string, Json>): void {
  const key = pick(rand, ['__proto__', 'constructor', 'prototype']);
  Object.defineProperty(target, key, { value: pick(rand, [{ polluted: true }, 'x', 1, null] as Json[]), enumerable: true, writable: true, configurable: true });
}

export const OPERATORS = ['wrongType', 'delete', 'hugeString', 'deepNesting', 'controlChar', 'loneSurrogate', 'protoKey', 'oddUnicode', 'emptyArray', 'longArray', 'misspeltKey', 'bigString'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Applies one operator somewhere in `root` (in place); returns what it did, for reports. */
function apply(rand: Rand, root: Json, op: Operator): string {
  const all = slots(root);
  const strings = all.filter((s) => typeof s.value === 'string');
  const arrays = all.filter((s) => Array.isArray(s.value));
  const objects = [root, ...all.map((s) => s.value)].filter((v): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v));
  const where = (s: Slot): string => String(s.key);
  switch (op) {
    case 'wrongType': {
      if (all.length === 0) return `${op} (none)`;
      const slot = pick(rand, all);
      set(slot, randomValue(rand, typeOf(slot.value)));
      return `${op} ${where(slot)}`;
    }
    case 'delete': {
      if (all.length === 0) return `${op} (none)`;
      const slot = pick(rand, all);
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return `${op} ${where(slot)}`;
    }
    case 'hugeString': {
      const slot = pick(rand, strings.length ? strings : all);
      set(slot, 'x'.repeat(300_001));
      return `${op} ${where(slot)}`;
    }
    case 'bigString': {
      const slot = pick(rand, strings.length ? strings : all);
      set(slot, text(rand, int(rand, 500, 3000)));
      return `${op} ${where(slot)}`;
    }
    case 'deepNesting': {
      if (all.length === 0) return `${op} (none)`;
      const slot = pick(rand, all);
      const depth = pick(rand, [33, 100, 5000]);
      set(slot, nested(rand, depth));
      return `${op} ${where(slot)} ${depth}`;
    }
    case 'controlChar': {
      const slot = pick(rand, strings.length ? strings : all);
      set(slot, insertAt(rand, String(slot.value ?? ''), pick(rand, CONTROL)));
      return `${op} ${where(slot)}`;
    }
    case 'loneSurrogate': {
      const slot = pick(rand, strings.length ? strings : all);
      set(slot, insertAt(rand, String(slot.value ?? ''), pick(rand, ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'])));
      return `${op} ${where(slot)}`;
    }
    case 'protoKey': {
      protoKey(rand, pick(rand, objects));
      return op;
    }
    case 'oddUnicode': {
      const slot = pick(rand, strings.length ? strings : all);
      const piece = pick(rand, ODD);
      set(slot, typeof slot.value === 'string' && rand() < 0.3 ? piece : insertAt(rand, String(slot.value ?? ''), piece));
      return `${op} ${where(slot)} ${JSON.stringify(piece)}`;
    }
    case 'emptyArray': {
      const slot = pick(rand, arrays.length ? arrays : all);
      set(slot, []);
      return `${op} ${where(slot)}`;
    }
    case 'longArray': {
      const slot = pick(rand, arrays.length ? arrays : all);
      const items = Array.isArray(slot.value) && slot.value.length > 0 ? slot.value : ['某某'];
      const length = pick(rand, [10_001, int(rand, 20, 80)]);
      // Past the limit with small items (copies of a huge one would not fit in a JavaScript string).
      set(slot, length > 10_000 ? Array.from({ length }, () => '某') : Array.from({ length }, (_, i) => structuredClone(items[i % items.length]!)));
      return `${op} ${where(slot)} ${length}`;
    }
    case 'misspeltKey': {
      const target = pick(rand, objects);
      const keys = Object.keys(target);
      if (keys.length === 0) return `${op} (none)`;
      const key = pick(rand, keys);
      const chars = [...key];
      const i = int(rand, 0, Math.max(0, chars.length - 2));
      [chars[i], chars[i + 1]] = [chars[i + 1] ?? 'x', chars[i]!];
      const typo = chars.join('') === key ? `${key}x` : chars.join('');
      target[typo] = target[key]!;
      delete target[key];
      return `${op} ${key}→${typo}`;
    }
  }
}

export interface Mutation {
  json: Json;
  operations: string[];
}

/** One mutation of `base` (not changed): 1 (60 %), 2 (30 %) or 3 operators drawn from OPERATORS. */
export function mutate(rand: Rand, base: Json): Mutation {
  const json = structuredClone(base);
  const operations: string[] = [];
  const r = rand();
  const count = r < 0.6 ? 1 : r < 0.9 ? 2 : 3;
  for (let i = 0; i < count; i++) operations.push(apply(rand, json, pick(rand, OPERATORS)));
  return { json, operations };
}

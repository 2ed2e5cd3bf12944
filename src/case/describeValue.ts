/** Short printed forms of values and JSON types for error messages, in Chinese and English. */
import type { Bilingual } from '../errors.ts';

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  null: { zh: 'null', en: 'null' },
};

export function typeNames(types: string[]): Bilingual {
  const names = types.map((t) => TYPE_NAMES[t] ?? { zh: t, en: t });
  return { zh: names.map((n) => n.zh).join('或'), en: names.map((n) => n.en).join(' or ') };
}

/** A value as compact JSON, cut to a readable length. */
export function showValue(value: unknown, max = 40): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return [...text].length > max ? [...text].slice(0, max - 1).join('') + '…' : text;
}

/** The JSON type of a value, as ajv names it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Small predicates and arithmetic for templates: eq, add, has, or, not, startsWith, pluck. */
import { HelperError } from '../templateError.ts';

/** Strict equality (a number and its string are different). */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}

/** a + b for numbers, e.g. (add @index 1). */
export function add(a: unknown, b: unknown): number {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new HelperError(`add 需要两个数字，实际为 ${JSON.stringify(a)}、${JSON.stringify(b)}`, `add needs two numbers, found ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  return a + b;
}

/** True when `key` names a field of `context` that is present, not null, and not an empty string or list. */
export function has(context: unknown, key: unknown): boolean {
  if (typeof key !== 'string') {
    throw new HelperError('has 的参数应为字段名（带引号）', 'has takes a field name in quotes');
  }
  if (context === null || typeof context !== 'object') return false;
  const value = (context as Record<string, unknown>)[key];
  if (value === null || value === undefined || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** Any truthy argument (empty lists are false, as in {{#if}}). */
export function or(...values: unknown[]): boolean {
  return values.some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
}

export function not(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : !value;
}

export function startsWith(text: unknown, prefix: unknown): boolean {
  return typeof text === 'string' && typeof prefix === 'string' && text.startsWith(prefix);
}

/** [{title:'a'},{title:'b'}], 'title' → ['a','b']. */
export function pluck(items: unknown, key: unknown): unknown[] {
  if (!Array.isArray(items) || typeof key !== 'string') {
    throw new HelperError('pluck 需要一个列表和一个字段名', 'pluck needs a list and a field name');
  }
  return items.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
}

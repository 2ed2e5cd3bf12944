import { HelperError } from '../templateError.ts';

/** `{{#if (has "key")}}`: the current context has `key`, not null, not an empty string or list. */
export function has(context: unknown, key: unknown): boolean {
  if (typeof key !== 'string') {
    throw new HelperError('has 的参数应为字段名（带引号）', 'has takes a field name in quotes');
  }
  if (context === null || typeof context !== 'object') return false;
  const value = (context as Record<string, unknown>)[key];
  if (value === null || value === undefined || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

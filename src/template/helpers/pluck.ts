import { HelperError } from '../templateError.ts';

/** `(pluck topics "title")`: [{title:'a'},{title:'b'}] → ['a','b']. */
export function pluck(items: unknown, key: unknown): unknown[] {
  if (!Array.isArray(items) || typeof key !== 'string') {
    throw new HelperError('pluck 需要一个列表和一个字段名', 'pluck needs a list and a field name');
  }
  return items.map((item) => (item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined));
}

import { HelperError } from '../templateError.ts';

/** `(add @index 1)`: the sum of two numbers. */
export function add(a: unknown, b: unknown): number {
  if (typeof a !== 'number' || typeof b !== 'number') {
    throw new HelperError(`add 需要两个数字，实际为 ${JSON.stringify(a)}、${JSON.stringify(b)}`, `add needs two numbers, found ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
  return a + b;
}

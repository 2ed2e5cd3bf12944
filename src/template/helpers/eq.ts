/** `{{#if (eq a b)}}`: strict equality (a number and its string are different). */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}

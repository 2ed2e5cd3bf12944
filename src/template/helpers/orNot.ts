/** `(or a b …)` and `(not a)`, with empty lists false as in `{{#if}}`. */
const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

export function or(...values: unknown[]): boolean {
  return values.some(truthy);
}

export function not(value: unknown): boolean {
  return !truthy(value);
}

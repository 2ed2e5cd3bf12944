/**
 * Template data lists every optional field, as null when the case omits it: the templates run
 * in strict mode, so `{{#if field}}` on a misspelt name is an error rather than a silent gap.
 */
export function opt<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

export function person(p: { name: string; position?: string }): { name: string; position: string | null } {
  return { name: p.name, position: opt(p.position) };
}

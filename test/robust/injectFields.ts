/**
 * Puts a marked piece of text into every free-text string field of a case (test helper): the
 * fields whose schema restricts their form (kind, dates, enums, patterns) and seal paths keep
 * their values, found by validating the case.
 */
import { CaseError } from '../../src/errors.ts';
import { parseCases } from '../../src/case/parseCases.ts';
import type { LoadedCase } from '../../src/case/types.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface InjectedField {
  /** JSON pointer of the field in the case file. */
  pointer: string;
  /** The text appended to the field's value. */
  marker: string;
}

export interface InjectedCase {
  cases: LoadedCase[];
  fields: InjectedField[];
  /** Fields the schema keeps from taking the text (validated forms). */
  restricted: string[];
}

function stringPointers(value: Json, pointer: string, out: string[]): void {
  if (typeof value === 'string') out.push(pointer);
  else if (Array.isArray(value)) value.forEach((item, i) => stringPointers(item, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) stringPointers(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
}

function at(root: Json, pointer: string): { parent: Record<string, Json> | Json[]; key: string } {
  const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let parent = root as Record<string, Json>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, Json>;
  return { parent, key: keys.at(-1)! };
}

/**
 * `marker(n)` is appended to the n-th free-text field, or replaces it where `replace(pointer)`
 * (a field whose row has no room for the original and the marker together).
 */
export function injectFields(json: Json, source: string, marker: (n: number) => string, replace: (pointer: string) => boolean = () => false): InjectedCase {
  const copy = structuredClone(json);
  const pointers: string[] = [];
  stringPointers(copy, '', pointers);
  const original = new Map<string, string>();
  const fields = new Map<string, string>();
  for (const pointer of pointers) {
    if (/\/seal\/image$/.test(pointer)) continue;
    const { parent, key } = at(copy, pointer);
    const value = (parent as Record<string, Json>)[key] as string;
    original.set(pointer, value);
    const text = marker(fields.size + 1);
    fields.set(pointer, text);
    (parent as Record<string, Json>)[key] = replace(pointer) ? text : value + text;
  }
  const restricted: string[] = [];
  for (;;) {
    try {
      const cases = parseCases(JSON.stringify(copy), source);
      return { cases, fields: [...fields].map(([pointer, text]) => ({ pointer, marker: text })), restricted };
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
      const rejected = error.issues.map((issue) => issue.pointer).filter((p) => fields.has(p));
      if (rejected.length === 0) throw error;
      for (const pointer of rejected) {
        const { parent, key } = at(copy, pointer);
        (parent as Record<string, Json>)[key] = original.get(pointer)!;
        fields.delete(pointer);
        restricted.push(pointer);
      }
    }
  }
}

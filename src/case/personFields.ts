/**
 * Which fields of a kind hold a person's name: the schemas mark them with `x-personName`,
 * "name" (the value is a name: 韩晓东) or "post-name" (a post followed by the name:
 * 市纪委常委、市监委委员周某某（参加培训）).
 */
import { childNodes, rootNodes, type SchemaNode } from './schemaWalk.ts';
import type { Kind } from './types.ts';

export const PERSON_NAME_KEYWORD = 'x-personName';

export type PersonNameForm = 'name' | 'post-name';

export interface PersonField {
  /** JSON pointer with `*` for any array index, e.g. /interviewers/*\/name. */
  path: string;
  form: PersonNameForm;
}

const cache = new Map<Kind, PersonField[]>();

export function personFields(kind: Kind): PersonField[] {
  let fields = cache.get(kind);
  if (!fields) {
    fields = walk(kind);
    cache.set(kind, fields);
  }
  return [...fields];
}

function walk(kind: Kind): PersonField[] {
  const found = new Map<string, PersonNameForm>();
  const visit = (nodes: SchemaNode[], path: string, depth: number): void => {
    if (depth > 12) return;
    for (const { schema } of nodes) {
      const form = (schema as Record<string, unknown>)[PERSON_NAME_KEYWORD];
      if (form === 'name' || form === 'post-name') found.set(path, form);
    }
    const keys = new Set<string>();
    let hasItems = false;
    for (const { schema } of nodes) {
      for (const key of Object.keys(schema.properties ?? {})) keys.add(key);
      if (schema.items && typeof schema.items === 'object') hasItems = true;
    }
    for (const key of keys) visit(childNodes(nodes, key), `${path}/${key}`, depth + 1);
    if (hasItems) visit(childNodes(nodes, '*'), `${path}/*`, depth + 1);
  };
  visit(rootNodes(kind), '', 0);
  return [...found].map(([path, form]) => ({ path, form }));
}

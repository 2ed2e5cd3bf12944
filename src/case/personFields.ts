/**
 * Which fields of a kind hold a person's name: the schemas mark them with `x-personName`,
 * "name" (the value is a name: 韩晓东) or "post-name" (a post followed by the name:
 * 市纪委常委、市监委委员周某某（参加培训）).
 */
import { walkFields } from './schemaWalk.ts';
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
  walkFields(kind, (path, nodes) => {
    for (const { schema } of nodes) {
      const form = (schema as Record<string, unknown>)[PERSON_NAME_KEYWORD];
      if (form === 'name' || form === 'post-name') found.set(path, form);
    }
  });
  return [...found].map(([path, form]) => ({ path, form }));
}

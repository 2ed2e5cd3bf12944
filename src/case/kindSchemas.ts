/** The kinds' schemas and Chinese names, for `gongwen kinds` and for error messages. */
import { loadSchemaSet } from './schemaFiles.ts';
import { KINDS, type Kind } from './types.ts';

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/** Each kind's JSON Schema (a copy: callers may not change the cached ones). */
export function kindSchemas(): Record<Kind, object> {
  return structuredClone(loadSchemaSet().kinds);
}

/** Each kind's Chinese name, from its schema's title, e.g. speech → 讲话稿. */
export function kindNames(): Record<Kind, string> {
  const { kinds } = loadSchemaSet();
  const names = {} as Record<Kind, string>;
  for (const kind of KINDS) names[kind] = kinds[kind].title ?? kind;
  return names;
}

/** "speech（讲话稿）、…" for the unknown-kind message; 整改建议书（纪律检查建议书、监察建议书） reads flat. */
export function kindList(separator: string): string {
  const names = kindNames();
  return KINDS.map((k) => `${k}（${names[k].replace('（', '、').replace('）', '')}）`).join(separator);
}

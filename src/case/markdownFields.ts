/** Which fields of a kind are Markdown (schema marker contentMediaType: text/markdown), for the template engine. */
import { markdownPaths } from './schemaWalk.ts';
import type { Kind } from './types.ts';

const cache = new Map<Kind, string[]>();

/** JSON-pointer-like paths with `*` for array items, e.g. ['/source', '/problems/*\/detail']. */
export function markdownFields(kind: Kind): string[] {
  let paths = cache.get(kind);
  if (!paths) {
    paths = markdownPaths(kind);
    cache.set(kind, paths);
  }
  return [...paths];
}

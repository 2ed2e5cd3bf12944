/**
 * Walks the kinds' schemas the way a validator would (following $ref, allOf, anyOf, if/then/else),
 * to answer "which subschemas apply at this place of a case": used for field titles in error
 * messages and for the list of Markdown fields.
 */
import { loadSchemaSet, type SchemaObject } from './schemaFiles.ts';
import type { Kind } from './types.ts';

/** A subschema together with the $id of the document it lives in (the base for its $refs). */
export interface SchemaNode {
  schema: SchemaObject;
  base: string;
}

function resolveRef(ref: string, base: string): SchemaNode {
  const url = new URL(ref, base);
  const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
  url.hash = '';
  const docId = url.href;
  const doc = loadSchemaSet().byId.get(docId);
  if (!doc) throw new Error(`schema ${docId} not loaded (from $ref ${ref} in ${base})`);
  let target: unknown = doc;
  for (const segment of fragment.split('/').filter((s) => s !== '')) {
    target = (target as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (target === undefined) throw new Error(`$ref ${ref} in ${base} points nowhere`);
  }
  return { schema: target as SchemaObject, base: docId };
}

/** The node itself first, then every subschema that applies to the same value. */
export function expandNode(node: SchemaNode, seen: Set<SchemaObject> = new Set()): SchemaNode[] {
  if (seen.has(node.schema)) return [];
  seen.add(node.schema);
  const out: SchemaNode[] = [node];
  const { schema, base } = node;
  const nested = (s: SchemaObject | undefined): void => {
    if (s && typeof s === 'object') out.push(...expandNode({ schema: s, base }, seen));
  };
  if (typeof schema.$ref === 'string') out.push(...expandNode(resolveRef(schema.$ref, base), seen));
  for (const s of schema.allOf ?? []) nested(s);
  for (const s of schema.anyOf ?? []) nested(s);
  for (const s of schema.oneOf ?? []) nested(s);
  nested(schema.then);
  nested(schema.else);
  return out;
}

export function rootNodes(kind: Kind): SchemaNode[] {
  const schema = loadSchemaSet().kinds[kind];
  return expandNode({ schema, base: schema.$id ?? '' });
}

/** The subschemas applying to property `key` (or array index) of a value matched by `nodes`. */
export function childNodes(nodes: SchemaNode[], key: string): SchemaNode[] {
  const out: SchemaNode[] = [];
  const isIndex = /^(0|[1-9][0-9]*|\*)$/.test(key);
  for (const { schema, base } of nodes) {
    const prop = schema.properties?.[key];
    if (prop) out.push(...expandNode({ schema: prop, base }));
    if (isIndex && schema.items && typeof schema.items === 'object') {
      out.push(...expandNode({ schema: schema.items, base }));
    }
  }
  return out;
}

export function nodesAt(kind: Kind, segments: string[]): SchemaNode[] {
  let nodes = rootNodes(kind);
  for (const segment of segments) nodes = childNodes(nodes, segment);
  return nodes;
}

/** The first `title` among the nodes (the property's own title comes first). */
export function titleOf(nodes: SchemaNode[]): string | undefined {
  for (const { schema } of nodes) if (typeof schema.title === 'string') return schema.title;
  return undefined;
}

/** The JSON types the nodes allow, from their `type` keywords. */
export function typesOf(nodes: SchemaNode[]): string[] {
  for (const { schema } of nodes) {
    if (typeof schema.type === 'string') return [schema.type];
    if (Array.isArray(schema.type)) return schema.type;
  }
  return [];
}

/**
 * Visits every field of a kind's schema once, with its JSON pointer (`*` for any array index)
 * and the schema nodes that describe it (through $ref, allOf and if/then), 12 levels deep at most.
 */
export function walkFields(kind: Kind, visit: (path: string, nodes: SchemaNode[]) => void): void {
  const walk = (nodes: SchemaNode[], path: string, depth: number): void => {
    if (depth > 12) return;
    visit(path, nodes);
    const keys = new Set<string>();
    let hasItems = false;
    for (const { schema } of nodes) {
      for (const key of Object.keys(schema.properties ?? {})) keys.add(key);
      if (schema.items && typeof schema.items === 'object') hasItems = true;
    }
    for (const key of keys) walk(childNodes(nodes, key), `${path}/${key}`, depth + 1);
    if (hasItems) walk(childNodes(nodes, '*'), `${path}/*`, depth + 1);
  };
  walk(rootNodes(kind), '', 0);
}

/**
 * Paths of the fields marked `contentMediaType: text/markdown`, as JSON pointers with `*` for
 * any array index, e.g. ['/source', '/problems/*\/detail', '/attachments/*\/content'].
 */
export function markdownPaths(kind: Kind): string[] {
  const found = new Set<string>();
  walkFields(kind, (path, nodes) => {
    if (nodes.some(({ schema }) => schema.contentMediaType === 'text/markdown')) found.add(path);
  });
  return [...found];
}

/**
 * Reads the shipped JSON Schemas (templates/_envelope.schema.json and templates/<kind>/schema.json)
 * once per process. The files on disk are the single source: editors use them directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';
import { KINDS, type Kind } from './types.ts';

/** A JSON Schema object as read from disk (plain JSON data). */
export interface SchemaObject {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  required?: string[];
  allOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  if?: SchemaObject;
  then?: SchemaObject;
  else?: SchemaObject;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  examples?: unknown[];
  contentMediaType?: string;
  $defs?: Record<string, SchemaObject>;
  [keyword: string]: unknown;
}

export interface SchemaSet {
  envelope: SchemaObject;
  kinds: Record<Kind, SchemaObject>;
  /** Every schema by its $id, for resolving $ref. */
  byId: Map<string, SchemaObject>;
}

/** The folder holding the kinds' templates and schemas (repo root /templates). */
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
export const ENVELOPE_FILE = join(TEMPLATES_DIR, '_envelope.schema.json');

export function schemaFileOf(kind: Kind): string {
  return join(TEMPLATES_DIR, kind, 'schema.json');
}

let cached: SchemaSet | undefined;

export function loadSchemaSet(): SchemaSet {
  if (cached) return cached;
  const readJson = (file: string): SchemaObject => JSON.parse(readFileSync(file, 'utf8')) as SchemaObject;
  const envelope = readJson(ENVELOPE_FILE);
  const kinds = {} as Record<Kind, SchemaObject>;
  const byId = new Map<string, SchemaObject>();
  if (envelope.$id) byId.set(envelope.$id, envelope);
  for (const kind of KINDS) {
    const schema = readJson(schemaFileOf(kind));
    kinds[kind] = schema;
    if (schema.$id) byId.set(schema.$id, schema);
  }
  cached = { envelope, kinds, byId };
  return cached;
}

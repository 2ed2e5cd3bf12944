/**
 * The {case, documents} form: each document inherits the case's fields. Objects merge key by
 * key (recursively); arrays and scalars of the document replace the case's.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function mergeDocument(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override);
  const out: Record<string, unknown> = structuredClone(base);
  for (const [key, value] of Object.entries(override)) {
    // Own properties only, defined rather than assigned: a key such as "constructor" stays data.
    const merged = Object.hasOwn(out, key) ? mergeDocument(out[key], value) : structuredClone(value);
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

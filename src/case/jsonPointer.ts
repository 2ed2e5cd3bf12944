/** JSON Pointer (RFC 6901) helpers: escaping segments and reading a value at a pointer. */

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + escapeSegment(s)).join('');
}

/** How many leading segments of `pointer` exist in `value` (all of them: the value is there). */
export function existingDepth(value: unknown, pointer: string): number {
  let current: unknown = value;
  let depth = 0;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') break;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) break;
    current = (current as Record<string, unknown>)[segment];
    depth += 1;
  }
  return depth;
}

export function valueAt(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

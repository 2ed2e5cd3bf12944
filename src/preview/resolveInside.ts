/**
 * A path from a request → a real file under the served folder, or undefined. Refuses, before
 * touching the disk: malformed percent-encoding, NUL bytes, backslashes, absolute paths, drive
 * letters and any `.`/`..` segment (also when percent-encoded: %2e%2e, %2f). Then follows
 * symlinks (realpath) and refuses a target outside the folder. Callers answer undefined with 404
 * and read nothing.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The decoded relative segments of a request path, or undefined when it may not name a file under the root. */
export function safeSegments(rawPath: string): string[] | undefined {
  if (rawPath === '' || rawPath.startsWith('/') || rawPath.startsWith('\\')) return undefined;
  const segments: string[] = [];
  for (const encoded of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    if (/[\\/\0]/.test(segment) || /^[A-Za-z]:/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** The real path of a regular file under `root` named by `rawPath` (still URL-encoded, relative), or undefined. */
export async function resolveInside(root: string, rawPath: string): Promise<string | undefined> {
  const segments = safeSegments(rawPath);
  if (!segments) return undefined;
  const candidate = join(root, ...segments);
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isUnder(realRoot, realFile)) return undefined;
    return (await stat(realFile)).isFile() ? realFile : undefined;
  } catch {
    return undefined;
  }
}

/** True when `path` lies strictly inside `root` (both real, absolute). */
export function isUnder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

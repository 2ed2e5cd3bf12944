/**
 * Decoded copies of WOFF fonts in the user's cache folder ($XDG_CACHE_HOME/gongwen/fonts,
 * ~/.cache/gongwen/fonts; %LOCALAPPDATA%\gongwen\fonts on Windows), so later runs skip the
 * decoding and other programs (LibreOffice in the tests) can use the very same face. The name
 * carries a hash of the source's path, size and time, so an updated package gets a new copy;
 * the file is written under a temporary name and renamed, so a reader never sees half a font.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { readShared } from './sharedFonts.ts';

export function fontCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'gongwen', 'fonts');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'gongwen', 'fonts');
  return join(homedir(), '.cache', 'gongwen', 'fonts');
}

/** Where the decoded copy of `source` lives (whether or not it exists yet). */
export function cachedSfntPath(source: string, extension: '.ttf' | '.otf', dir = fontCacheDir()): string {
  const stat = statSync(source);
  const hash = createHash('sha256').update(`${source}\0${stat.size}\0${stat.mtimeMs}`).digest('hex').slice(0, 12);
  return join(dir, `${basename(source, extname(source))}-${hash}${extension}`);
}

/** The cached copy's bytes, or undefined when there is none. */
export function readCachedSfnt(path: string): Uint8Array | undefined {
  if (!existsSync(path)) return undefined;
  try {
    // Read straight into shared memory: the batch hands these bytes to its workers.
    return readShared(path);
  } catch {
    return undefined;
  }
}

/** Writes the copy atomically; false when the cache folder cannot be written (the font still works). */
export function writeCachedSfnt(path: string, bytes: Uint8Array): boolean {
  const dir = join(path, '..');
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The small font the word shaper (shapeWord.ts) shapes with: a subset of the face holding the
 * characters words are made of (Latin, digits, punctuation, symbols), with every layout table
 * and feature kept, so it shapes those words exactly as the full face does. Loading a 15 MB CJK
 * face into harfbuzz to shape "2026" cost each process ~0.2–0.7 s and ~16 MB a face; the subset
 * is 150–350 KB. It is made once per face and kept in the user's font cache folder (sfntCache.ts)
 * under a name hashed from the face's file, size, time and index, so later runs only read it.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { layoutSubset } from './harfbuzzSubset.ts';
import { fontCacheDir, writeCachedSfnt } from './sfntCache.ts';

/** Bumped when the ranges change, so an old cached subset is not used. */
const VERSION = 1;

/**
 * What a shaped word may hold and the subset covers. Words are runs of non-CJK characters
 * (itemize.ts); one with a character outside these is shaped with the full face.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
  [0x2b0, 0x36f], // spacing modifiers, combining diacritics
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x2000, 0x206f], // general punctuation
  [0x2070, 0x209f], // super- and subscripts
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x218f], // letterlike symbols, number forms
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x2460, 0x24ff], // enclosed alphanumerics
];

/** True when the shaping subset covers the code point. */
export function inShapingFont(cp: number): boolean {
  for (const [from, to] of RANGES) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}

const made = new Map<string, Uint8Array>();

/** The subsets made or read so far, by 'path#index' (for worker threads: preloadFonts.ts). */
export function madeShapingFonts(): Record<string, Uint8Array> {
  return Object.fromEntries(made);
}

export function adoptShapingFonts(handed: Record<string, Uint8Array>): void {
  for (const [key, bytes] of Object.entries(handed)) if (!made.has(key)) made.set(key, bytes);
}

/** The shaping subset of face `index` of the font at `path` whose sfnt is `bytes`. */
export function shapingFontBytes(path: string, index: number, bytes: () => Uint8Array): Uint8Array {
  const key = `${path}#${index}`;
  let subset = made.get(key);
  if (subset) return subset;
  const cachePath = cachedShapingPath(path, index);
  try {
    subset = cachePath ? readFileSync(cachePath) : undefined;
  } catch {
    subset = undefined;
  }
  if (!subset) {
    const codePoints: number[] = [];
    for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) codePoints.push(cp);
    subset = layoutSubset(bytes(), index, codePoints);
    if (cachePath) writeCachedSfnt(cachePath, subset);
  }
  made.set(key, subset);
  return subset;
}

function cachedShapingPath(path: string, index: number): string | undefined {
  try {
    const stat = statSync(path);
    const hash = createHash('sha256').update(`${path}\0${stat.size}\0${stat.mtimeMs}\0${index}\0shaping-${VERSION}`).digest('hex').slice(0, 12);
    return join(fontCacheDir(), `${basename(path, extname(path))}-${hash}.shaping.ttf`);
  } catch {
    return undefined;
  }
}

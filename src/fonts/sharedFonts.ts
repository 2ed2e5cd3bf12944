/**
 * Font files in shared memory: each sfnt is read once per process into a SharedArrayBuffer, and
 * the batch's main thread hands what it read (with fontconfig's listing) to its worker threads,
 * which then neither read the 10–16 MB files again nor hold copies of their own: every thread's
 * fontkit reads the same bytes. A process that was handed nothing reads its files itself.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface SharedSfnt {
  /** The sfnt (for a WOFF, its decoded copy), backed by a SharedArrayBuffer. */
  bytes: Uint8Array;
  sfntPath: string | undefined;
}

/** What the main thread hands a worker; plain data, cloned by postMessage (the bytes are shared, not copied). */
export interface SharedFonts {
  files: Record<string, SharedSfnt>;
  /** Shaping subsets by 'path#index' (shapingFont.ts). */
  shaping: Record<string, Uint8Array>;
  /** fontconfig's listing (systemFonts.ts), so a worker need not run fc-list. */
  fontconfig?: { families: string[]; path: string; index: number }[];
}

const files = new Map<string, SharedSfnt>();

/** The sfnt of the font at `path` when it was read or handed over before. */
export function knownSfnt(path: string): SharedSfnt | undefined {
  return files.get(path);
}

export function rememberSfnt(path: string, sfnt: SharedSfnt): void {
  files.set(path, sfnt);
}

/** Every sfnt read so far, for a worker. */
export function sharedSfnts(): Record<string, SharedSfnt> {
  return Object.fromEntries(files);
}

export function adoptSharedSfnts(handed: Record<string, SharedSfnt>): void {
  for (const [path, sfnt] of Object.entries(handed)) if (!files.has(path)) files.set(path, sfnt);
}

/** A whole file read into shared memory. */
export function readShared(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const view = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? view : view.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** `bytes` in shared memory (copied once when they are not). */
export function toShared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const view = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  view.set(bytes);
  return view;
}

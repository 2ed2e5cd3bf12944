/**
 * Parts whose text recurs from document to document of a run — the writer's footers, the
 * relationships and content types (a few variants per shell), docProps/app.xml (one per
 * issuer) — deflated once per distinct text. zlib sets up a new stream for every call, which
 * cost more than deflating these kilobyte-sized parts.
 */
import { zipEntry, type ZipEntry } from './zipWriter.ts';

const entries = new Map<string, ZipEntry>();
/** Bounded: a long batch of ever new texts starts over rather than grow. */
const MAX_ENTRIES = 256;

export function repeatedPartEntry(path: string, text: string): ZipEntry {
  const key = `${path}\n${text}`;
  let entry = entries.get(key);
  if (!entry) {
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entry = zipEntry(path, text);
    entries.set(key, entry);
  }
  return entry;
}

/**
 * The sfnt container (TrueType/OpenType) at the level of its table directory: reading where
 * each table lies, and writing a font from whole tables. One copy for the TrueType programs
 * cut for the PDF (glyfSubset.ts) and the PDF writer's subset readers (cmap, CFF).
 */

export interface SfntTable {
  tag: string;
  offset: number;
  length: number;
}

const tagAt = (font: Uint8Array, at: number): string => String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);

/** The tables of the directory at `dir` (0 for a single font; a collection's face offset otherwise). */
export function readTableDirectory(font: Uint8Array, dir = 0): Map<string, SfntTable> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, SfntTable>();
  const count = view.getUint16(dir + 4);
  for (let i = 0; i < count; i++) {
    const at = dir + 12 + 16 * i;
    const tag = tagAt(font, at);
    tables.set(tag, { tag, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

/** The bytes of table `tag` of a single font, or undefined when it has none. */
export function sfntTable(font: Uint8Array, tag: string): Uint8Array | undefined {
  const table = readTableDirectory(font).get(tag);
  return table ? font.subarray(table.offset, table.offset + table.length) : undefined;
}

/** The directory offset of face `index`: 0 for a single font, from the header of a collection (ttcf); undefined when there is no such face. */
export function faceDirectory(font: Uint8Array, index: number): number | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (tagAt(font, 0) === 'ttcf') return index < view.getUint32(8) ? view.getUint32(12 + 4 * index) : undefined;
  return index === 0 ? 0 : undefined;
}

/** Sum of the big-endian words of `length` bytes at the 4-aligned `from` (zero padding follows). */
function checksum(view: DataView, from: number, length: number): number {
  let sum = 0;
  const end = from + ((length + 3) & ~3);
  for (let i = from; i < end; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * A font of `tables` (directory sorted by tag, each table 4-aligned), with the sfnt `version` of
 * its source, each table's checksum and head.checkSumAdjustment.
 */
export function writeSfnt(version: number, tables: readonly { tag: string; data: Uint8Array }[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const count = sorted.length;
  const dirLength = 12 + 16 * count;
  let size = dirLength;
  for (const table of sorted) size += (table.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(count));
  view.setUint32(0, version);
  view.setUint16(4, count);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - 16 * 2 ** entrySelector);
  let at = dirLength;
  let headAt = -1;
  sorted.forEach((table, i) => {
    out.set(table.data, at);
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = table.tag.charCodeAt(k);
    if (table.tag === 'head') {
      headAt = at;
      view.setUint32(at + 8, 0); // checkSumAdjustment: computed over the whole file below
    }
    view.setUint32(rec + 4, checksum(view, at, table.data.length));
    view.setUint32(rec + 8, at);
    view.setUint32(rec + 12, table.data.length);
    at += (table.data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, size)) >>> 0);
  return out;
}

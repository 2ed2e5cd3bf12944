/**
 * WOFF 1.0 → sfnt (W3C WOFF File Format 1.0): a 44-byte header, a table directory of
 * (tag, offset, compLength, origLength, origChecksum), each table zlib-compressed when
 * compLength < origLength. The sfnt is rebuilt with the same tables in the same order, each
 * 4-byte aligned, so harfbuzz (which reads no WOFF) can subset it. WOFF 2 transforms glyf/loca
 * and needs brotli: it is refused with a message saying which files to use instead.
 */
import { inflateSync } from 'node:zlib';

export const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
export const WOFF2_SIGNATURE = 0x774f4632; // 'wOF2'

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === WOFF_SIGNATURE;
}

export function isWoff2(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === WOFF2_SIGNATURE;
}

interface Entry {
  tag: number;
  data: Uint8Array;
  checksum: number;
}

/** Decodes a WOFF 1.0 file; throws an Error saying what is wrong with a malformed one. */
export function decodeWoff(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < 44 || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 file (no wOFF signature)');
  const flavor = view.getUint32(4);
  if (view.getUint32(8) !== woff.byteLength) throw new Error(`WOFF header says ${view.getUint32(8)} bytes, file has ${woff.byteLength}`);
  const numTables = view.getUint16(12);
  const entries: Entry[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    if (at + 20 > woff.byteLength) throw new Error('WOFF table directory runs past the end of the file');
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    if (offset + compLength > woff.byteLength) throw new Error(`WOFF table ${tagName(tag)} runs past the end of the file`);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) {
      throw new Error(`WOFF table ${tagName(tag)} decompresses to ${data.byteLength} bytes, expected ${origLength}`);
    }
    entries.push({ tag, data, checksum });
  }
  // sfnt directory entries must be sorted by tag; the table bodies keep WOFF's order.
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const headerLength = 12 + 16 * numTables;
  let total = headerLength;
  for (const e of entries) total += align4(e.data.byteLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  const maxPow2 = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, maxPow2 * 16);
  outView.setUint16(8, Math.log2(maxPow2));
  outView.setUint16(10, numTables * 16 - maxPow2 * 16);
  const offsets = new Map<Entry, number>();
  let cursor = headerLength;
  for (const e of entries) {
    offsets.set(e, cursor);
    out.set(e.data, cursor);
    cursor += align4(e.data.byteLength);
  }
  sorted.forEach((e, i) => {
    const at = 12 + i * 16;
    outView.setUint32(at, e.tag);
    outView.setUint32(at + 4, e.checksum);
    outView.setUint32(at + 8, offsets.get(e)!);
    outView.setUint32(at + 12, e.data.byteLength);
  });
  return out;
}

const align4 = (n: number): number => (n + 3) & ~3;

function tagName(tag: number): string {
  return String.fromCharCode((tag >>> 24) & 0xff, (tag >>> 16) & 0xff, (tag >>> 8) & 0xff, tag & 0xff);
}

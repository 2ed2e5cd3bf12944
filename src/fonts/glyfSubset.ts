/**
 * The TrueType program a PDF embeds for a TrueType (glyf) face, cut straight from the face's
 * tables: .notdef, the glyph of each code point and the components of composite glyphs,
 * renumbered in their original order (as harfbuzz numbers a subset), with glyf, loca, hmtx,
 * hhea, maxp and head, and nothing else. With CIDToGIDMap Identity a code is a glyph id, so a
 * viewer needs no cmap; names, PostScript data and OS/2 metrics come from the PDF's font
 * dictionaries; hinting is dropped (instructions, cvt, fpgm, prep), as the harfbuzz subsets
 * were cut (HB_SUBSET_FLAGS_NO_HINTING). What is left is what PDF 32000-1 9.9 requires of an
 * embedded TrueType font. Cutting it here rather than through harfbuzz costs a copy of the
 * glyph records a document uses, instead of a harfbuzz instance holding the face (≈2 ms a
 * document and a wasm heap per face and worker).
 */

import { faceDirectory, readTableDirectory, writeSfnt } from './sfntTables.ts';

export interface GlyfSubset {
  /** The sfnt to embed as FontFile2 (checksums and head.checkSumAdjustment set). */
  program: Uint8Array;
  /** Code point → glyph id in `program`, for each code point the face has a glyph for. */
  glyphIds: Map<number, number>;
}

export type GlyfSubsetter = (codePoints: readonly number[]) => GlyfSubset;

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x1;
const WE_HAVE_A_SCALE = 0x8;
const MORE_COMPONENTS = 0x20;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x40;
const WE_HAVE_A_TWO_BY_TWO = 0x80;
const WE_HAVE_INSTRUCTIONS = 0x100;

/** The subsetter of face `index` of `bytes`, or undefined when it has no glyf outlines. */
export function glyfSubsetter(bytes: Uint8Array, index: number, glyphOf: (codePoint: number) => number): GlyfSubsetter | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = faceDirectory(bytes, index);
  if (dir === undefined) return undefined;
  const tables = readTableDirectory(bytes, dir);
  const [glyf, loca, head, hhea, hmtx, maxp] = (['glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp'] as const).map((tag) => tables.get(tag));
  if (!glyf || !loca || !head || !hhea || !hmtx || !maxp) return undefined;

  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longMetrics = Math.min(view.getUint16(hhea.offset + 34), numGlyphs);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const glyphStart = (gid: number): number => (longLoca ? view.getUint32(loca.offset + 4 * gid) : view.getUint16(loca.offset + 2 * gid) * 2);
  /** The glyph's record in `bytes`: [start, end), empty for a glyph without outline. */
  const record = (gid: number): [number, number] => {
    if (gid >= numGlyphs) return [0, 0];
    const start = glyphStart(gid);
    const end = Math.min(glyphStart(gid + 1), glyf.length);
    return end > start ? [glyf.offset + start, glyf.offset + end] : [0, 0];
  };
  const advance = (gid: number): number => view.getUint16(hmtx.offset + 4 * Math.min(gid, longMetrics - 1));
  const sideBearing = (gid: number): number =>
    gid < longMetrics ? view.getInt16(hmtx.offset + 4 * gid + 2) : view.getInt16(hmtx.offset + 4 * longMetrics + 2 * (gid - longMetrics));

  /** Each component's offset (of its glyph index) in a composite record, and where its list ends. */
  const componentsOf = (start: number, end: number): { at: number[]; end: number; instructions: boolean } => {
    const at: number[] = [];
    let cursor = start + 10;
    let flags = 0;
    do {
      if (cursor + 4 > end) break;
      flags = view.getUint16(cursor);
      at.push(cursor + 2);
      cursor += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      cursor += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
    } while (flags & MORE_COMPONENTS);
    return { at, end: Math.min(cursor, end), instructions: (flags & WE_HAVE_INSTRUCTIONS) !== 0 };
  };
  const isComposite = (start: number, end: number): boolean => end - start >= 10 && view.getInt16(start) < 0;

  const addClosure = (gid: number, into: Set<number>): void => {
    if (into.has(gid) || gid >= numGlyphs) return;
    into.add(gid);
    const [start, end] = record(gid);
    // The set stops a malformed cycle; nesting is shallow in practice.
    if (isComposite(start, end)) for (const at of componentsOf(start, end).at) addClosure(view.getUint16(at), into);
  };

  /** The record of `gid` without hinting, components renumbered through `newId` (a view of `bytes` when unchanged). */
  const cutRecord = (gid: number, newId: Map<number, number>): Uint8Array => {
    const [start, end] = record(gid);
    if (end === start) return new Uint8Array(0);
    if (isComposite(start, end)) {
      const components = componentsOf(start, end);
      const out = bytes.slice(start, components.end);
      const outView = new DataView(out.buffer);
      for (const at of components.at) outView.setUint16(at - start, newId.get(view.getUint16(at)) ?? 0);
      if (components.instructions) {
        const last = components.at.at(-1)! - 2 - start;
        outView.setUint16(last, outView.getUint16(last) & ~WE_HAVE_INSTRUCTIONS);
      }
      return out;
    }
    const contours = view.getInt16(start);
    const lengthAt = start + 10 + 2 * contours;
    if (lengthAt + 2 > end) return bytes.subarray(start, end);
    const instructions = view.getUint16(lengthAt);
    if (instructions === 0) return bytes.subarray(start, end);
    // A simple glyph: its header and end points, a zero instruction length, then flags and points.
    const points = lengthAt + 2 + instructions;
    const out = new Uint8Array(lengthAt + 2 - start + Math.max(0, end - points));
    out.set(bytes.subarray(start, lengthAt), 0);
    out.set(bytes.subarray(points, end), lengthAt + 2 - start);
    return out;
  };

  const sfntVersion = view.getUint32(dir);

  return (codePoints) => {
    const cmapGlyph = new Map<number, number>();
    const kept = new Set<number>();
    addClosure(0, kept);
    for (const cp of codePoints) {
      const gid = glyphOf(cp);
      if (gid <= 0 || gid >= numGlyphs) continue;
      cmapGlyph.set(cp, gid);
      addClosure(gid, kept);
    }
    const order = [...kept].sort((a, b) => a - b);
    const newId = new Map(order.map((gid, i) => [gid, i]));

    const records = order.map((gid) => cutRecord(gid, newId));
    // Each record 2-aligned (short loca counts words) or 4-aligned when the offsets need long loca.
    let total = 0;
    for (const r of records) total += (r.length + 1) & ~1;
    const long = total > 0x1fffe;
    const align = long ? 3 : 1;
    const glyfOut = new Uint8Array(records.reduce((sum, r) => sum + ((r.length + align) & ~align), 0));
    const locaOut = new Uint8Array((long ? 4 : 2) * (order.length + 1));
    const locaView = new DataView(locaOut.buffer);
    let cursor = 0;
    records.forEach((r, i) => {
      if (long) locaView.setUint32(4 * i, cursor);
      else locaView.setUint16(2 * i, cursor / 2);
      glyfOut.set(r, cursor);
      cursor += (r.length + align) & ~align;
    });
    if (long) locaView.setUint32(4 * order.length, cursor);
    else locaView.setUint16(2 * order.length, cursor / 2);

    // hmtx: a long metric per glyph up to the last change of advance, side bearings after it.
    const advances = order.map(advance);
    let metrics = advances.length;
    while (metrics > 1 && advances[metrics - 1] === advances[metrics - 2]) metrics--;
    const hmtxOut = new Uint8Array(4 * metrics + 2 * (order.length - metrics));
    const hmtxView = new DataView(hmtxOut.buffer);
    order.forEach((gid, i) => {
      if (i < metrics) {
        hmtxView.setUint16(4 * i, advances[i]!);
        hmtxView.setInt16(4 * i + 2, sideBearing(gid));
      } else hmtxView.setInt16(4 * metrics + 2 * (i - metrics), sideBearing(gid));
    });

    const copy = (table: { offset: number; length: number }): { data: Uint8Array; view: DataView } => {
      const data = bytes.slice(table.offset, table.offset + table.length);
      return { data, view: new DataView(data.buffer) };
    };
    const headOut = copy(head);
    headOut.view.setInt16(50, long ? 1 : 0);
    const hheaOut = copy(hhea);
    hheaOut.view.setUint16(34, metrics);
    const maxpOut = copy(maxp);
    maxpOut.view.setUint16(4, order.length);
    if (maxp.length >= 32) maxpOut.view.setUint16(26, 0); // maxSizeOfInstructions: none are left

    const program = writeSfnt(
      sfntVersion,
      [
        { tag: 'glyf', data: glyfOut },
        { tag: 'head', data: headOut.data },
        { tag: 'hhea', data: hheaOut.data },
        { tag: 'hmtx', data: hmtxOut },
        { tag: 'loca', data: locaOut },
        { tag: 'maxp', data: maxpOut.data },
      ],
    );
    const glyphIds = new Map<number, number>();
    for (const [cp, gid] of cmapGlyph) glyphIds.set(cp, newId.get(gid)!);
    return { program, glyphIds };
  };
}

/**
 * A TrueType face cut down to the glyphs a process has needed so far, for harfbuzz to subset
 * from (harfbuzzSubset.ts): every table but glyf and loca as it is (less the ones the subset
 * drops anyway), loca for every glyph id, and glyf holding only the needed glyphs (and their
 * components), the others empty. harfbuzz reads no glyph outside the set it keeps, so a subset
 * of it is the subset of the full face, byte for byte; but each harfbuzz instance then holds
 * ~0.5–3 MB instead of a 10–16 MB copy of the face (×4 faces ×2 workers in a batch).
 * Only for TrueType faces whose glyph set harfbuzz closes over cmap (with its format 14 variation
 * sequences) and composite glyphs alone, i.e. when GSUB, COLR and MATH are dropped; other faces
 * are subset from their full copy.
 */

import { faceDirectory, readTableDirectory, writeSfnt, type SfntTable } from './sfntTables.ts';

export interface SparseSource {
  /** Glyphs (and their components) to add for a code point: its cmap glyph and its variation glyphs. */
  glyphsFor(codePoint: number, cmapGlyph: number): number[];
  /** Adds gid and its components (composite glyphs) to `into`; true when any was new. */
  addClosure(gid: number, into: Set<number>): boolean;
  /** The cut-down sfnt holding the glyphs of `gids`. */
  build(gids: ReadonlySet<number>): Uint8Array;
}

/** Tables through which harfbuzz adds glyphs that cmap and composites do not name. */
const CLOSURE_TABLES = ['GSUB', 'COLR', 'MATH', 'CFF ', 'CFF2'];

/** The source for face `index` of `bytes`, or undefined when the face cannot be cut down safely. */
export function sparseSource(bytes: Uint8Array, index: number, dropped: readonly string[]): SparseSource | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = faceDirectory(bytes, index);
  if (dir === undefined) return undefined;
  const tables = readTableDirectory(bytes, dir);
  const glyf = tables.get('glyf');
  const loca = tables.get('loca');
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  if (!glyf || !loca || !head || !maxp) return undefined;
  if (CLOSURE_TABLES.some((tag) => tables.has(tag) && !dropped.includes(tag))) return undefined;

  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const glyphStart = (gid: number): number => (longLoca ? view.getUint32(loca.offset + 4 * gid) : view.getUint16(loca.offset + 2 * gid) * 2);
  const glyphRange = (gid: number): [number, number] => {
    if (gid >= numGlyphs) return [0, 0];
    const start = glyphStart(gid);
    const end = glyphStart(gid + 1);
    return end > start ? [glyf.offset + start, glyf.offset + end] : [0, 0];
  };
  const variations = nonDefaultVariations(view, tables.get('cmap'));

  const components = (gid: number): number[] => {
    const [start, end] = glyphRange(gid);
    if (end - start < 10 || view.getInt16(start) >= 0) return [];
    const found: number[] = [];
    let at = start + 10;
    for (;;) {
      if (at + 4 > end) break;
      const flags = view.getUint16(at);
      found.push(view.getUint16(at + 2));
      at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & 0x20)) break;
    }
    return found;
  };

  const addClosure = (gid: number, into: Set<number>): boolean => {
    if (into.has(gid)) return false;
    into.add(gid);
    // Nesting is shallow in practice; the set stops a malformed cycle.
    for (const child of components(gid)) addClosure(child, into);
    return true;
  };

  const kept = [...tables.values()].filter((t) => t.tag !== 'glyf' && t.tag !== 'loca' && !dropped.includes(t.tag));

  return {
    glyphsFor: (codePoint, cmapGlyph) => [cmapGlyph, ...(variations.get(codePoint) ?? [])],
    addClosure,
    build(gids) {
      // glyf of the kept glyphs, each 4-byte aligned; loca (long) for every glyph id.
      let glyfLength = 0;
      for (const gid of gids) {
        const [start, end] = glyphRange(gid);
        glyfLength += (end - start + 3) & ~3;
      }
      const glyfOut = new Uint8Array(glyfLength);
      const locaOut = new Uint8Array(4 * (numGlyphs + 1));
      const locaView = new DataView(locaOut.buffer);
      let cursor = 0;
      for (let gid = 0; gid < numGlyphs; gid++) {
        locaView.setUint32(4 * gid, cursor);
        if (!gids.has(gid)) continue;
        const [start, end] = glyphRange(gid);
        glyfOut.set(bytes.subarray(start, end), cursor);
        cursor += (end - start + 3) & ~3;
      }
      locaView.setUint32(4 * numGlyphs, cursor);
      const tablesOut = kept.map((t) => {
        const data = bytes.subarray(t.offset, t.offset + t.length);
        if (t.tag !== 'head') return { tag: t.tag, data };
        // head.indexToLocFormat: our loca is long.
        const head = data.slice();
        new DataView(head.buffer).setInt16(50, 1);
        return { tag: t.tag, data: head };
      });
      // harfbuzz alone reads this font: no checksums.
      return writeSfnt(view.getUint32(dir), [...tablesOut, { tag: 'glyf', data: glyfOut }, { tag: 'loca', data: locaOut }]);
    },
  };
}

/** cmap format 14's non-default variation glyphs by base code point (harfbuzz keeps them with their base). */
function nonDefaultVariations(view: DataView, cmap: SfntTable | undefined): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (!cmap) return found;
  const subtables = view.getUint16(cmap.offset + 2);
  const seen = new Set<number>();
  for (let i = 0; i < subtables; i++) {
    const sub = cmap.offset + view.getUint32(cmap.offset + 4 + 8 * i + 4);
    if (seen.has(sub) || view.getUint16(sub) !== 14) continue;
    seen.add(sub);
    const records = view.getUint32(sub + 6);
    for (let r = 0; r < records; r++) {
      const at = sub + 10 + 11 * r;
      const nonDefault = view.getUint32(at + 7);
      if (nonDefault === 0) continue;
      const table = sub + nonDefault;
      const mappings = view.getUint32(table);
      for (let m = 0; m < mappings; m++) {
        const entry = table + 4 + 5 * m;
        const base = (view.getUint8(entry) << 16) | view.getUint16(entry + 1);
        const gid = view.getUint16(entry + 3);
        const list = found.get(base);
        if (list) list.push(gid);
        else found.set(base, [gid]);
      }
    }
  }
  return found;
}

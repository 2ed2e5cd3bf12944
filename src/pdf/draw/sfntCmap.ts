/**
 * Reads the Unicode cmap of a (small, harfbuzz-made) TrueType subset: code point → glyph id.
 * Harfbuzz renumbers glyphs when subsetting, so the glyph ids the PDF uses come from the
 * subset itself. Formats 4 and 12 (the ones harfbuzz writes).
 */
import { readTableDirectory } from '../../fonts/sfntTables.ts';

export function readCmap(font: Uint8Array): Map<number, number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = readTableDirectory(font).get('cmap')?.offset ?? -1;
  if (cmap < 0) throw new Error('font has no cmap table');
  const count = view.getUint16(cmap + 2);
  let best = -1;
  let bestFormat = 0;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const offset = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    if ((platform === 3 || platform === 0) && (format === 12 || (format === 4 && bestFormat !== 12))) {
      best = offset;
      bestFormat = format;
    }
  }
  const map = new Map<number, number>();
  if (bestFormat === 12) {
    const groups = view.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const gid = view.getUint32(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, gid + cp - start);
    }
  } else if (bestFormat === 4) {
    const segX2 = view.getUint16(best + 6);
    const ends = best + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2; s += 2) {
      const end = view.getUint16(ends + s);
      const start = view.getUint16(starts + s);
      const delta = view.getInt16(deltas + s);
      const rangeOffset = view.getUint16(ranges + s);
      for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
        let gid: number;
        if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
        else {
          const raw = view.getUint16(ranges + s + rangeOffset + (cp - start) * 2);
          gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
        }
        if (gid !== 0) map.set(cp, gid);
      }
    }
  }
  return map;
}

/**
 * The TrueType program a CIDFontType2 embeds (FontFile2): the harfbuzz subset without the
 * tables the PDF never reads. With CIDToGIDMap Identity a code is a glyph id, so the viewer
 * needs no cmap (we read the subset's own cmap before, to map characters to glyph ids), and
 * names, PostScript data and OS/2 metrics come from the PDF's font dictionaries. What is
 * left is what PDF 32000-1 9.9 requires of an embedded TrueType font (glyf, head, hhea, hmtx,
 * loca, maxp, and the hinting tables were there any). Saves 2–3 KB deflated per document.
 */

/** Tables kept (sorted by tag, as the table directory wants them). */
export const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

/** Sum of the big-endian words of `length` bytes at the 4-aligned `from` (zero padding follows). */
function checksum(view: DataView, from: number, length: number): number {
  let sum = 0;
  const end = from + ((length + 3) & ~3);
  for (let i = from; i < end; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** `subset` with only KEPT_TABLES, checksums and head.checkSumAdjustment recomputed. */
export function trueTypeProgram(subset: Uint8Array): Uint8Array {
  const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
  const kept: TableRecord[] = [];
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(subset[rec]!, subset[rec + 1]!, subset[rec + 2]!, subset[rec + 3]!);
    if ((KEPT_TABLES as readonly string[]).includes(tag)) kept.push({ tag, offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  kept.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const numTables = kept.length;
  const dirLength = 12 + numTables * 16;
  let size = dirLength;
  for (const table of kept) size += (table.length + 3) & ~3;

  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  outView.setUint32(0, view.getUint32(0));
  outView.setUint16(4, numTables);
  outView.setUint16(6, 16 * 2 ** entrySelector);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - 16 * 2 ** entrySelector);
  let at = dirLength;
  let headAt = -1;
  kept.forEach((table, i) => {
    out.set(subset.subarray(table.offset, table.offset + table.length), at);
    if (table.tag === 'head') {
      headAt = at;
      outView.setUint32(at + 8, 0); // checkSumAdjustment: computed over the whole file below
    }
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = table.tag.charCodeAt(k);
    outView.setUint32(rec + 4, checksum(outView, at, table.length));
    outView.setUint32(rec + 8, at);
    outView.setUint32(rec + 12, table.length);
    at += (table.length + 3) & ~3;
  });
  if (headAt >= 0) outView.setUint32(headAt + 8, (0xb1b0afba - checksum(outView, 0, size)) >>> 0);
  return out;
}

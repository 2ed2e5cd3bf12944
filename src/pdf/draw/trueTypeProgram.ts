/**
 * The TrueType program a CIDFontType2 embeds (FontFile2): the harfbuzz subset without the
 * tables the PDF never reads. With CIDToGIDMap Identity a code is a glyph id, so the viewer
 * needs no cmap (we read the subset's own cmap before, to map characters to glyph ids), and
 * names, PostScript data and OS/2 metrics come from the PDF's font dictionaries. What is
 * left is what PDF 32000-1 9.9 requires of an embedded TrueType font (glyf, head, hhea, hmtx,
 * loca, maxp, and the hinting tables were there any). Saves 2–3 KB deflated per document.
 */

import { readTableDirectory, writeSfnt } from '../../fonts/sfntTables.ts';

/** Tables kept (sorted by tag, as the table directory wants them). */
export const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

/** `subset` with only KEPT_TABLES, checksums and head.checkSumAdjustment recomputed. */
export function trueTypeProgram(subset: Uint8Array): Uint8Array {
  const version = new DataView(subset.buffer, subset.byteOffset, subset.byteLength).getUint32(0);
  const kept = [...readTableDirectory(subset).values()]
    .filter((table) => (KEPT_TABLES as readonly string[]).includes(table.tag))
    .map((table) => ({ tag: table.tag, data: subset.subarray(table.offset, table.offset + table.length) }));
  return writeSfnt(version, kept, { checksums: true });
}

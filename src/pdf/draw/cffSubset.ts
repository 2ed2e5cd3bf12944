/**
 * What the PDF needs from a harfbuzz subset with CFF outlines: the bare 'CFF ' table (embedded
 * as FontFile3 /CIDFontType0C) and, per glyph, the code the content stream must use. With
 * Identity-H the code is the CID, and a CID-keyed CFF subset keeps the ORIGINAL CIDs (its
 * charset maps each renumbered glyph to its old CID), so codes come from the subset's charset;
 * a name-keyed CFF is looked up by glyph index (PDF 32000-1 9.7.4.2), so there code = glyph id.
 */
import { create } from 'fontkit';
import { sfntTable } from '../../fonts/sfntTables.ts';

export interface CffSubset {
  /** The bare CFF table. */
  cff: Uint8Array;
  /** CID (= content-stream code) of each glyph id. */
  cidOf(gid: number): number;
  /** The CFF's Registry-Ordering-Supplement (Adobe-Identity-0 for name-keyed fonts). */
  ros: { registry: string; ordering: string; supplement: number };
}

interface CffCharset {
  version: number;
  glyphs?: number[];
  ranges?: { first: number; nLeft: number }[];
}

interface CffTable {
  isCIDFont: boolean;
  topDict: { charset?: CffCharset | number; ROS?: [number, number, number] };
  string(sid: number): string;
}

export function readCffSubset(otf: Uint8Array): CffSubset {
  const cff = sfntTable(otf, 'CFF ');
  if (!cff) throw new Error('CFF subset has no CFF table');
  const parsed = (create(Buffer.from(otf.buffer, otf.byteOffset, otf.byteLength)) as unknown as { 'CFF ': CffTable })['CFF '];
  if (!parsed.isCIDFont) {
    return { cff, cidOf: (gid) => gid, ros: { registry: 'Adobe', ordering: 'Identity', supplement: 0 } };
  }
  // Charset: glyph 0 is .notdef (CID 0); then format 0 lists one CID per glyph, formats 1/2 ranges.
  const charset = parsed.topDict.charset;
  const cids: number[] = [0];
  if (typeof charset === 'object' && charset) {
    if (charset.glyphs) cids.push(...charset.glyphs);
    else for (const r of charset.ranges ?? []) for (let k = 0; k <= r.nLeft; k++) cids.push(r.first + k);
  }
  const [registry, ordering, supplement] = parsed.topDict.ROS ?? [0, 0, 0];
  return {
    cff,
    cidOf(gid) {
      const cid = cids[gid];
      if (cid === undefined) throw new Error(`CFF subset: glyph ${gid} has no CID in the charset`);
      return cid;
    },
    ros: { registry: parsed.string(registry), ordering: parsed.string(ordering), supplement },
  };
}

/**
 * One subset per face per document, embedded in a Type0 font with Identity-H encoding,
 * /W widths and a ToUnicode map: a TrueType face's glyphs cut into the program a PDF needs
 * (FontFile2, fonts/glyfSubset.ts) in a CIDFontType2 with CIDToGIDMap Identity, so codes are
 * glyph ids; a harfbuzz CFF subset (OTF, the Noto CJK and Fandol
 * collections) as its bare CFF table (FontFile3 /CIDFontType0C) in a CIDFontType0, where codes
 * are CIDs, which harfbuzz keeps from the original font (see cffSubset.ts). We never use
 * pdf-lib's own subsetting (known to break glyphs, pdf-lib #808/#1232); we also write the font
 * dictionaries ourselves through pdf-lib's object layer rather than `embedFont(…, {subset:
 * false})`, because that path re-parses the subset with fontkit and deflates it with pako at
 * save time, which cost 20–40 ms per document; node's zlib does it in about a millisecond.
 * Faces shared by several roles (Noto Serif SC for 仿宋, 楷体 and 宋体) are embedded once.
 * The subset is named with the PDF convention's six-letter tag (ABCDEF+Name), derived from its
 * characters so output is deterministic, and `pdffonts` reports it as a subset.
 */
import { deflateSync } from 'node:zlib';
import { PDFNumber, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { faceForKey } from '../../fonts/loadFontSet.ts';
import type { FontSet, ResolvedFace } from '../../fonts/types.ts';
import type { LaidOutPage } from '../../layout/page/pageModel.ts';
import { readCffSubset, type CffSubset } from './cffSubset.ts';
import { readCmap } from './sfntCmap.ts';

export interface EmbeddedFace {
  face: ResolvedFace;
  ref: PDFRef;
  /** Resource name on every page (F1, F2, …). */
  resource: string;
  /** Advance in thousandths of an em, as in the font's /W array. */
  width(char: string): number;
  /** Hex glyph code for a character (<0012>). */
  code(char: string): string;
}

export interface EmbeddedFaces {
  /** Embedded face for a layout faceKey. */
  byKey(faceKey: string): EmbeddedFace;
  all: EmbeddedFace[];
}

export function faceId(face: ResolvedFace): string {
  return `${face.path}#${face.index ?? 0}`;
}

/** Six capital letters from a hash of the subset's code points (FNV-1a). */
export function subsetTag(codePoints: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const cp of codePoints) {
    hash ^= cp;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + i * 7919;
  }
  return tag;
}

/** Characters each face draws, by face identity (path#index). */
function usedCharacters(fonts: FontSet, pages: readonly LaidOutPage[]): { keyToId: Map<string, string>; faces: Map<string, { face: ResolvedFace; chars: Set<number> }> } {
  const keyToId = new Map<string, string>();
  const faces = new Map<string, { face: ResolvedFace; chars: Set<number> }>();
  for (const page of pages) {
    for (const element of page.elements) {
      if (element.type !== 'text') continue;
      for (const glyph of element.glyphs) {
        let id = keyToId.get(glyph.faceKey);
        if (id === undefined) {
          const face = faceForKey(fonts, glyph.faceKey);
          id = faceId(face);
          keyToId.set(glyph.faceKey, id);
          if (!faces.has(id)) faces.set(id, { face, chars: new Set() });
        }
        faces.get(id)!.chars.add(glyph.char.codePointAt(0)!);
      }
    }
  }
  return { keyToId, faces };
}

/** Default glyph width (thousandths of an em): the full em of a CJK glyph. */
const DW = 1000;

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** The ToUnicode CMap: glyph id → the character it draws (reading order extraction, search). */
function toUnicodeCmap(pairs: [number, number][]): string {
  const out = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < pairs.length; i += 100) {
    const block = pairs.slice(i, i + 100);
    out.push(`${block.length} beginbfchar`);
    for (const [gid, cp] of block) out.push(`<${hex4(gid)}> <${utf16Hex(cp)}>`);
    out.push('endbfchar');
  }
  out.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return out.join('\n');
}

/**
 * The program to embed and the code drawing each character: for TrueType outlines a glyf
 * subset whose glyph ids are the codes (glyfSubset.ts); for CFF the bare CFF table of a
 * harfbuzz subset, where codes are the glyphs' CIDs.
 */
function fontProgram(face: ResolvedFace, codePoints: readonly number[]): { program: Uint8Array; cff?: CffSubset; codeOf: Map<number, number> } {
  if (face.outlines === 'truetype' && face.glyfSubset) {
    const { program, glyphIds } = face.glyfSubset(codePoints);
    return { program, codeOf: glyphIds };
  }
  if (face.outlines === 'truetype') throw new Error(`${face.path}: a TrueType face without glyfSubset`);
  const bytes = face.subset(codePoints);
  const cff = readCffSubset(bytes);
  const codeOf = new Map<number, number>();
  for (const [cp, gid] of readCmap(bytes)) codeOf.set(cp, cff.cidOf(gid));
  return { program: cff.cff, cff, codeOf };
}

export function embedFaces(pdf: PDFDocument, fonts: FontSet, pages: readonly LaidOutPage[]): EmbeddedFaces {
  const { keyToId, faces } = usedCharacters(fonts, pages);
  const context = pdf.context;
  const embedded = new Map<string, EmbeddedFace>();
  let n = 0;
  for (const [id, { face, chars }] of faces) {
    const codePoints = [...chars].sort((a, b) => a - b);
    const { program, cff, codeOf } = fontProgram(face, codePoints);
    const scale = 1000 / face.unitsPerEm;
    const name = `${subsetTag(codePoints)}+${(face.family || 'Font').replace(/[^A-Za-z0-9-]/g, '')}`;

    // Widths and ToUnicode pairs in code order.
    const pairs: [number, number][] = [];
    for (const cp of codePoints) {
      const code = codeOf.get(cp);
      if (code !== undefined) pairs.push([code, cp]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    // /W lists only the glyphs whose advance is not /DW's full em (most CJK glyphs are).
    const widths: (number | number[])[] = [];
    const advances = pairs.map(([, cp]) => Math.round(face.advance(cp) * scale));
    for (let i = 0; i < pairs.length; ) {
      if (advances[i] === DW) {
        i++;
        continue;
      }
      let j = i;
      const run: number[] = [];
      while (j < pairs.length && advances[j] !== DW && pairs[j]![0] === pairs[i]![0] + (j - i)) run.push(advances[j++]!);
      widths.push(pairs[i]![0], run);
      i = j;
    }

    const fontFile = cff
      ? context.register(context.stream(deflateSync(program), { Filter: 'FlateDecode', Subtype: 'CIDFontType0C' }))
      : context.register(context.stream(deflateSync(program), { Filter: 'FlateDecode', Length1: program.length }));
    const box = face.inkBox?.(0x56fd) ?? { xMin: 0, yMin: face.descender, xMax: face.unitsPerEm, yMax: face.ascender };
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: 4,
        FontBBox: [Math.round(box.xMin * scale), Math.round(face.descender * scale), Math.round(box.xMax * scale), Math.round(face.ascender * scale)],
        ItalicAngle: 0,
        Ascent: Math.round(face.ascender * scale),
        Descent: Math.round(face.descender * scale),
        CapHeight: Math.round(face.ascender * scale),
        StemV: 80,
        ...(cff ? { FontFile3: fontFile } : { FontFile2: fontFile }),
      }),
    );
    const ros = cff?.ros ?? { registry: 'Adobe', ordering: 'Identity', supplement: 0 };
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: cff ? 'CIDFontType0' : 'CIDFontType2',
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of(ros.registry), Ordering: PDFString.of(ros.ordering), Supplement: ros.supplement },
        FontDescriptor: descriptor,
        ...(cff ? {} : { CIDToGIDMap: 'Identity' }),
        DW,
        W: widths.map((w) => (Array.isArray(w) ? context.obj(w.map((x) => PDFNumber.of(x))) : PDFNumber.of(w))),
      }),
    );
    const cmap = toUnicodeCmap(pairs);
    const toUnicode = context.register(context.stream(deflateSync(Buffer.from(cmap, 'latin1')), { Filter: 'FlateDecode' }));
    const ref = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: name,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );

    const codes = new Map<string, string>();
    embedded.set(id, {
      face,
      ref,
      resource: `F${++n}`,
      width: (char) => Math.round(face.advance(char.codePointAt(0)!) * scale),
      code(char) {
        let code = codes.get(char);
        if (code === undefined) {
          code = `<${hex4(codeOf.get(char.codePointAt(0)!) ?? 0)}>`;
          codes.set(char, code);
        }
        return code;
      },
    });
  }
  return {
    all: [...embedded.values()],
    byKey(faceKey) {
      const id = keyToId.get(faceKey);
      const face = id === undefined ? undefined : embedded.get(id);
      if (!face) throw new Error(`face ${faceKey} was not embedded`);
      return face;
    },
  };
}

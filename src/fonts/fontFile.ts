/**
 * A font file parsed once per process (cache by path and collection index): fontkit for
 * coverage, advances and ink boxes (cached per code point), harfbuzz for subsetting
 * (loaded on the first subset call and kept for every later document).
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { FontError } from '../errors.ts';
import { createSubsetter, type Subsetter } from './harfbuzzSubset.ts';

export interface InkBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface FontFile {
  path: string;
  index: number;
  /** English and localized family names found in the name table. */
  families: string[];
  postscriptName: string;
  /** True for TrueType outlines (glyf); CFF faces are not used (see loadFontSet). */
  trueType: boolean;
  unitsPerEm: number;
  /** Ideographic em box: OS/2 typo ascender/descender when they span one em, else scaled hhea. */
  ascender: number;
  descender: number;
  hasGlyph(codePoint: number): boolean;
  advance(codePoint: number): number;
  inkBox(codePoint: number): InkBox | undefined;
  subset(codePoints: Iterable<number>): Uint8Array;
}

const cache = new Map<string, FontFile>();

/** Opens (or returns the already parsed) face `index` of the font file at `path`. */
export function openFontFile(path: string, index = 0): FontFile {
  const key = `${path}#${index}`;
  const known = cache.get(key);
  if (known) return known;
  const file = parseFontFile(path, index);
  cache.set(key, file);
  return file;
}

interface NameRecords {
  records?: Record<string, Record<string, string> | undefined>;
}

function parseFontFile(path: string, index: number): FontFile {
  let bytes: Buffer;
  let font: Font;
  try {
    bytes = readFileSync(path);
    const parsed = create(bytes);
    if ('fonts' in parsed) {
      const member = parsed.fonts[index];
      if (!member) throw new Error(`no face ${index} in collection`);
      font = member;
    } else {
      font = parsed;
    }
  } catch (cause) {
    throw new FontError(
      { zh: `无法读取字体文件 ${path}：${String(cause)}`, en: `cannot read font file ${path}: ${String(cause)}` },
      { cause },
    );
  }

  const names = (font as unknown as { name?: NameRecords }).name?.records ?? {};
  const families = new Set<string>();
  for (const id of ['fontFamily', 'preferredFamily', 'fullName']) {
    for (const value of Object.values(names[id] ?? {})) if (value) families.add(value);
  }
  if (font.familyName) families.add(font.familyName);

  const tables = (font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables;
  const unitsPerEm = font.unitsPerEm;
  const os2 = font['OS/2'];
  const typoSpan = os2 ? os2.typoAscender - os2.typoDescender : 0;
  let ascender: number;
  let descender: number;
  if (os2 && Math.abs(typoSpan - unitsPerEm) <= unitsPerEm * 0.02) {
    ascender = os2.typoAscender;
    descender = os2.typoDescender;
  } else {
    const span = font.ascent - font.descent || unitsPerEm;
    ascender = (font.ascent / span) * unitsPerEm;
    descender = ascender - unitsPerEm;
  }

  const covered = new Map<number, boolean>();
  const advances = new Map<number, number>();
  const inks = new Map<number, InkBox | undefined>();
  let subsetter: Subsetter | undefined;

  const hasGlyph = (cp: number): boolean => {
    let has = covered.get(cp);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(cp);
      covered.set(cp, has);
    }
    return has;
  };

  return {
    path,
    index,
    families: [...families],
    postscriptName: font.postscriptName ?? '',
    trueType: 'glyf' in tables && !('CFF ' in tables) && !('CFF2' in tables),
    unitsPerEm,
    ascender,
    descender,
    hasGlyph,
    advance(cp: number): number {
      let adv = advances.get(cp);
      if (adv === undefined) {
        adv = hasGlyph(cp) ? font.glyphForCodePoint(cp).advanceWidth : 0;
        advances.set(cp, adv);
      }
      return adv;
    },
    inkBox(cp: number): InkBox | undefined {
      if (!inks.has(cp)) {
        if (!hasGlyph(cp)) inks.set(cp, undefined);
        else {
          const box = font.glyphForCodePoint(cp).bbox;
          inks.set(cp, { xMin: box.minX, yMin: box.minY, xMax: box.maxX, yMax: box.maxY });
        }
      }
      return inks.get(cp);
    },
    subset(codePoints: Iterable<number>): Uint8Array {
      subsetter ??= createSubsetter(bytes, index);
      return subsetter.subset(codePoints);
    },
  };
}

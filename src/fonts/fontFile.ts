/**
 * A font file parsed once per process (cache by path and collection index): fontkit for
 * coverage, advances and ink boxes (cached per code point), harfbuzz for subsetting
 * (loaded on the first subset call and kept for every later document).
 */
import { create, type Font } from 'fontkit';
import { FontError } from '../errors.ts';
import { glyfSubsetter, type GlyfSubset, type GlyfSubsetter } from './glyfSubset.ts';
import { createSubsetter, type Subsetter } from './harfbuzzSubset.ts';
import { cachedSfntPath, readCachedSfnt, writeCachedSfnt } from './sfntCache.ts';
import { knownSfnt, readShared, rememberSfnt, toShared } from './sharedFonts.ts';
import { decodeWoff, isWoff, isWoff2 } from './woff.ts';

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
  /** True for TrueType outlines (glyf). */
  trueType: boolean;
  /** Outline format: TrueType glyf or PostScript CFF (OTF, the Noto CJK and Fandol collections). */
  outlines: 'truetype' | 'cff';
  /**
   * A plain sfnt (TTF/OTF/TTC) file holding this face: the file itself, or for a WOFF its decoded
   * copy in the user's cache folder (undefined when that folder cannot be written).
   */
  sfntPath: string | undefined;
  /** The sfnt bytes of the file (a WOFF's decoded copy). */
  bytes: Uint8Array;
  /** Licence as the name table states it (ids 14 and 13). */
  licence: { url?: string; description?: string };
  unitsPerEm: number;
  /** Ideographic em box: OS/2 typo ascender/descender when they span one em, else scaled hhea. */
  ascender: number;
  descender: number;
  hasGlyph(codePoint: number): boolean;
  advance(codePoint: number): number;
  inkBox(codePoint: number): InkBox | undefined;
  subset(codePoints: Iterable<number>): Uint8Array;
  /** For TrueType outlines: the program a PDF embeds for these code points (glyfSubset.ts). */
  glyfSubset?(codePoints: readonly number[]): GlyfSubset;
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
  let bytes: Uint8Array;
  let sfntPath: string | undefined = path;
  let font: Font;
  try {
    const known = knownSfnt(path);
    bytes = known ? known.bytes : readShared(path);
    if (known) sfntPath = known.sfntPath;
    if (isWoff2(bytes)) {
      throw new FontError({
        zh: `${path}：不支持 WOFF2 字体（需 brotli 解压并还原 glyf 表），请改用同一字体的 WOFF、TTF 或 OTF 文件`,
        en: `${path}: WOFF2 fonts are not supported (brotli plus glyf reconstruction); use the WOFF, TTF or OTF file of the same font`,
      });
    }
    if (isWoff(bytes)) ({ bytes, sfntPath } = woffToSfnt(path, bytes));
    if (!known) {
      bytes = toShared(bytes);
      rememberSfnt(path, { bytes, sfntPath });
    }
    const parsed = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if ('fonts' in parsed) {
      const member = parsed.fonts[index];
      if (!member) throw new Error(`no face ${index} in collection`);
      font = member;
    } else {
      font = parsed;
    }
  } catch (cause) {
    if (cause instanceof FontError) throw cause;
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
  let glyfCutter: GlyfSubsetter | undefined;

  const hasGlyph = (cp: number): boolean => {
    let has = covered.get(cp);
    if (has === undefined) {
      has = font.hasGlyphForCodePoint(cp);
      covered.set(cp, has);
    }
    return has;
  };

  const trueType = 'glyf' in tables && !('CFF ' in tables) && !('CFF2' in tables);
  if (!trueType && !('CFF ' in tables)) {
    throw new FontError({
      zh: `${path}：字体既无 TrueType（glyf）也无 CFF 轮廓${'CFF2' in tables ? '（CFF2 可变字体不支持）' : ''}`,
      en: `${path}: the font has neither TrueType (glyf) nor CFF outlines${'CFF2' in tables ? ' (CFF2 variable fonts are not supported)' : ''}`,
    });
  }
  const firstName = (id: string): string | undefined => {
    const values = names[id];
    return values ? (values.en ?? Object.values(values).find(Boolean)) || undefined : undefined;
  };
  const licence: FontFile['licence'] = {};
  const url = firstName('licenseURL');
  const description = firstName('license');
  if (url) licence.url = url;
  if (description) licence.description = description;

  return {
    path,
    index,
    families: [...families],
    postscriptName: font.postscriptName ?? '',
    trueType,
    outlines: trueType ? 'truetype' : 'cff',
    sfntPath,
    bytes,
    licence,
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
    ...(trueType
      ? {
          glyfSubset(codePoints: readonly number[]): GlyfSubset {
            // fontkit's cmap names each code point's glyph.
            glyfCutter ??= glyfSubsetter(bytes, index, (cp) => font.glyphForCodePoint(cp).id);
            if (!glyfCutter) throw new FontError({ zh: `${path}：TrueType 字体缺少 glyf、loca、head、hhea、hmtx 或 maxp 表`, en: `${path}: the TrueType font lacks one of its glyf, loca, head, hhea, hmtx or maxp tables` });
            return glyfCutter(codePoints);
          },
        }
      : {}),
  };
}

/** The sfnt inside a WOFF file: from the cache when decoded before, else decoded and cached. */
function woffToSfnt(path: string, woff: Uint8Array): { bytes: Uint8Array; sfntPath: string | undefined } {
  const flavor = new DataView(woff.buffer, woff.byteOffset, woff.byteLength).getUint32(4);
  const cachePath = cachedSfntPath(path, flavor === 0x4f54544f ? '.otf' : '.ttf');
  const cached = readCachedSfnt(cachePath);
  if (cached) return { bytes: cached, sfntPath: cachePath };
  const bytes = decodeWoff(woff);
  return { bytes, sfntPath: writeCachedSfnt(cachePath, bytes) ? cachePath : undefined };
}

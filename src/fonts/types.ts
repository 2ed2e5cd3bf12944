/**
 * The contract between the font resolver (fonts/) and the PDF writer (pdf/).
 * The layout engine only sees FontMetrics; only the drawing stage sees bytes.
 */
import type { FontRole } from '../model/types.ts';
import type { GlyfSubset } from './glyfSubset.ts';

/** A font file resolved for a role, parsed once per process. */
export interface ResolvedFace {
  role: FontRole;
  /** Human name, e.g. 'FangSong' or 'Noto Serif SC'. */
  family: string;
  /** Where it came from: config, system, or package. */
  origin: 'config' | 'system' | 'package';
  path: string;
  /** Index inside a .ttc collection. */
  index?: number;
  /** TrueType (glyf) or CFF outlines: the PDF embeds them differently (FontFile2 / FontFile3). */
  outlines: 'truetype' | 'cff';
  /** A plain TTF/OTF/TTC file of this face (a WOFF's decoded copy in the user's cache folder). */
  sfntPath?: string;
  /** The licence: SPDX id for package fonts, else the name table's licence URL or text ('' when none). */
  licence: string;
  /** Units per em. */
  unitsPerEm: number;
  /** Ascender and descender in font units (descender negative). */
  ascender: number;
  descender: number;
  /** Does the face have a glyph for this code point? */
  hasGlyph(codePoint: number): boolean;
  /** Horizontal advance in font units (0 when no glyph). */
  advance(codePoint: number): number;
  /**
   * Ink box of the glyph in font units (undefined when no glyph). Added by the PDF engine:
   * the mark's top, the folio dash and the separator are placed from real ink, not guesses.
   */
  inkBox?(codePoint: number): { xMin: number; yMin: number; xMax: number; yMax: number } | undefined;
  /** A subset holding exactly these code points (harfbuzz), as an OpenType/TrueType file. */
  subset(codePoints: Iterable<number>): Uint8Array;
  /** TrueType outlines only: the program a PDF embeds for these code points, cut without harfbuzz (glyfSubset.ts). */
  glyfSubset?(codePoints: readonly number[]): GlyfSubset;
}

/** One face per role, with the fallback chain used per character. */
export interface FontSet {
  /** The chain for a role: its own face first, then fallbacks. */
  chain(role: FontRole): ResolvedFace[];
  /** Substitutions made while resolving (e.g. "仿宋 未找到，改用 Noto Serif SC"), once each. */
  substitutions: string[];
  /**
   * For a character none of the role's chain has: appends an installed face covering it to
   * the chain and returns its index, or undefined (then the character is refused by name).
   */
  coverFallback?(role: FontRole, codePoint: number): number | undefined;
}

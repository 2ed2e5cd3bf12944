/**
 * Per-character fallback: a character is drawn by the first face of its role's chain that
 * has a glyph for it. A character no face covers is a FontError naming it.
 */
import { FontError } from '../errors.ts';
import type { FontRole } from '../model/types.ts';
import type { CharMetrics, MeasureChar, StyledRun } from './metrics.ts';
import { roleNameZh } from './roles.ts';
import { createWordShaper } from './shapeWord.ts';
import type { FontSet } from './types.ts';

interface Found {
  faceKey: string;
  /** Advance as a fraction of the em. */
  advanceEm: number;
}

/** "U+4E00 「一」". */
export function describeChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}「${char}」`;
}

export class MissingGlyphError extends FontError {
  readonly char: string;
  readonly role: FontRole;
  constructor(char: string, role: FontRole, where?: string) {
    const at = where ? `（${where}）` : '';
    const atEn = where ? ` (${where})` : '';
    super({
      zh: `没有字体能显示字符 ${describeChar(char)}${at}：${roleNameZh[role]}及所有后备字体均无此字形`,
      en: `no font has a glyph for ${describeChar(char)}${atEn}: neither the ${role} face nor any fallback covers it`,
    });
    this.name = 'MissingGlyphError';
    this.char = char;
    this.role = role;
  }
}

/** Finds the face for each character (cached per role and character). */
export function createFaceFinder(set: FontSet): (char: string, role: FontRole) => Found {
  const cache = new Map<string, Found>();
  return (char, role) => {
    const key = role + char;
    let found = cache.get(key);
    if (found) return found;
    const cp = char.codePointAt(0) ?? 0;
    const chain = set.chain(role);
    for (let i = 0; i < chain.length; i++) {
      const face = chain[i]!;
      if (face.hasGlyph(cp)) {
        found = { faceKey: `${role}:${i}`, advanceEm: face.advance(cp) / face.unitsPerEm };
        cache.set(key, found);
        return found;
      }
    }
    const extra = set.coverFallback?.(role, cp);
    if (extra !== undefined) {
      const face = chain[extra]!;
      found = { faceKey: `${role}:${extra}`, advanceEm: face.advance(cp) / face.unitsPerEm };
      cache.set(key, found);
      return found;
    }
    throw new MissingGlyphError(char, role);
  };
}

/** The MeasureChar the layout stages use. */
export function createMeasureChar(set: FontSet): MeasureChar {
  const find = createFaceFinder(set);
  const measure: MeasureChar = (char: string, run: StyledRun): CharMetrics => {
    const found = find(char, run.font);
    return { faceKey: found.faceKey, advancePt: found.advanceEm * run.sizePt };
  };
  measure.shapeWord = createWordShaper(set);
  return measure;
}

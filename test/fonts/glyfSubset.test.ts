import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { resolveFontSet } from '../../src/fonts/loadFontSet.ts';
import { readTableDirectory } from '../../src/fonts/sfntTables.ts';
import type { FontRole } from '../../src/model/types.ts';

const set = resolveFontSet({ systemFonts: false });

/** A seeded pick of `n` code points the font maps, with the text offices write mixed in. */
function pick(font: Font, n: number, seed: number): number[] {
  const mapped = font.characterSet.filter((cp) => cp !== 0xffff && font.glyphForCodePoint(cp).id > 0);
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const chosen = new Set<number>([...'某某市纪律检查委员会2026年QH-2024-490，。（）“”ab@example.gov.cn'].map((c) => c.codePointAt(0)!));
  while (chosen.size < n) chosen.add(mapped[Math.floor(next() * mapped.length)]!);
  return [...chosen].filter((cp) => font.glyphForCodePoint(cp).id > 0);
}

const sum32 = (bytes: Uint8Array): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
};

describe('TrueType programs cut without harfbuzz (glyfSubset)', () => {
  for (const role of ['fangsong', 'kaiti', 'xiaobiaosong', 'heiti'] as FontRole[]) {
    const face = set.chain(role)[0]!;
    it(`${role} (${face.family}): each code point draws the full font's outline and advance, in a font of six tables`, () => {
      expect(face.outlines).toBe('truetype');
      const full = create(readFileSync(face.sfntPath ?? face.path)) as Font;
      // LXGW WenKai draws U+2212 and U+2215 as composite glyphs: their components come along.
      const codePoints = [...new Set([...pick(full, 300, role.length * 7919), ...(role === 'kaiti' ? [0x2212, 0x2215] : [])])];
      const { program, glyphIds } = face.glyfSubset!(codePoints);
      const cut = create(Buffer.from(program)) as Font;
      expect([...readTableDirectory(program).keys()].sort()).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
      // The whole file sums to the magic number once head.checkSumAdjustment is set.
      expect(sum32(program)).toBe(0xb1b0afba);
      expect(glyphIds.size).toBe(codePoints.length);
      for (const cp of codePoints) {
        const original = full.glyphForCodePoint(cp);
        const glyph = cut.getGlyph(glyphIds.get(cp)!);
        expect(glyph.path.toSVG(), `U+${cp.toString(16)}`).toBe(original.path.toSVG());
        expect(glyph.advanceWidth).toBe(original.advanceWidth);
      }
      const distinct = new Set(codePoints.map((cp) => full.glyphForCodePoint(cp).id));
      // .notdef, the glyphs, and for the composites their components.
      expect(cut.numGlyphs).toBeGreaterThanOrEqual(distinct.size + 1);
      expect(cut.numGlyphs).toBeLessThanOrEqual(distinct.size + 1 + (role === 'kaiti' ? 4 : 0));
      // Glyph 0 is the font's .notdef.
      expect(cut.getGlyph(0).path.toSVG()).toBe(full.getGlyph(0).path.toSVG());
    });
  }

  it('skips code points the face has no glyph for, and numbers glyphs in their original order', () => {
    const face = set.chain('fangsong')[0]!;
    const { glyphIds } = face.glyfSubset!([0x4e8c, 0x4e00, 0x10fffd]);
    expect(glyphIds.has(0x10fffd)).toBe(false);
    const full = create(readFileSync(face.sfntPath ?? face.path)) as Font;
    const [a, b] = [0x4e00, 0x4e8c].map((cp) => full.glyphForCodePoint(cp).id);
    expect(glyphIds.get(0x4e00)! < glyphIds.get(0x4e8c)!).toBe(a! < b!);
    expect([...glyphIds.values()].sort()).toEqual([1, 2]);
  });
});

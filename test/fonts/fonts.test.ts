import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FontError } from '../../src/errors.ts';
import { describeFonts } from '../../src/fonts/describeFonts.ts';
import { parseFontOverrides, readFontConfig } from '../../src/fonts/fontConfig.ts';
import { resolveFontSet } from '../../src/fonts/loadFontSet.ts';
import { createMeasureChar, MissingGlyphError } from '../../src/fonts/measureChar.ts';
import { packageFontPath } from '../../src/fonts/packageFonts.ts';
import { packageFonts } from '../../src/fonts/roles.ts';

const serif = packageFontPath(packageFonts.fangsong);
const sans = packageFontPath(packageFonts.heiti);
const run = (font: 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti', sizePt = 16) => ({ text: '', font, sizePt });

describe('font resolution', () => {
  it('falls back to the npm open fonts and reports each substitution once, in Chinese', () => {
    const set = resolveFontSet({ systemFonts: false, config: '/nonexistent/gongwen.config.json' });
    expect(set.faces.fangsong.family).toBe('Noto Serif SC');
    expect(set.faces.fangsong.origin).toBe('package');
    expect(set.faces.xiaobiaosong.path).toMatch(/NotoSerifSC_700Bold\.ttf$/);
    expect(set.faces.heiti.path).toMatch(/NotoSansSC_500Medium\.ttf$/);
    expect(set.substitutions).toEqual([
      '仿宋（仿宋_GB2312）未找到，改用 Noto Serif SC',
      '黑体（SimHei）未找到，改用 Noto Sans SC Medium',
      '楷体（楷体_GB2312）未找到，改用 LXGW WenKai',
      '小标宋（方正小标宋简体）未找到，改用 Noto Serif SC Bold',
      '宋体（SimSun）未找到，改用 Noto Serif SC',
    ]);
  });

  it('never takes the system Noto CJK collections for office fonts (their families are not office names)', () => {
    const set = resolveFontSet({ config: '/nonexistent/gongwen.config.json' });
    for (const role of ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'] as const) {
      expect(set.faces[role].path).not.toMatch(/\.ttc$/);
    }
  });

  it('puts the config file before the system and packages, and --font overrides before the config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongwen-fonts-'));
    const config = join(dir, 'gongwen.config.json');
    writeFileSync(config, JSON.stringify({ fonts: { fangsong: sans, kaiti: sans } }));
    expect(readFontConfig(config)).toEqual({ fangsong: sans, kaiti: sans });
    const set = resolveFontSet({ config, overrides: { kaiti: serif }, systemFonts: false });
    expect(set.faces.fangsong).toMatchObject({ origin: 'config', path: sans });
    expect(set.faces.kaiti).toMatchObject({ origin: 'config', path: serif });
    expect(set.substitutions.some((s) => s.startsWith('仿宋'))).toBe(false);
    expect(set.substitutions.some((s) => s.startsWith('楷体'))).toBe(false);
    expect(describeFonts(set)).toContain(`仿宋\tNoto Sans SC Medium\t配置\t${sans}`);
    expect(JSON.parse(describeFonts(set, { json: true })).roles[0]).toMatchObject({ role: 'fangsong', origin: 'config' });
  });

  it('rejects a missing configured font and a malformed --font value with FontError', () => {
    expect(() => resolveFontSet({ overrides: { fangsong: '/nonexistent/x.ttf' }, systemFonts: false })).toThrow(/仿宋字体文件不存在/);
    expect(() => parseFontOverrides(['fangsong'])).toThrow(FontError);
    expect(parseFontOverrides([`heiti=${sans}`])).toEqual({ heiti: sans });
  });

  it('chains every other face after the role own face, without duplicates', () => {
    const set = resolveFontSet({ systemFonts: false });
    const chain = set.chain('fangsong').map((f) => f.path);
    expect(chain).toEqual([serif, sans, packageFontPath(packageFonts.kaiti), packageFontPath(packageFonts.xiaobiaosong)]);
    expect(set.chain('heiti')[0]!.path).toBe(sans);
  });
});

describe('per-character fallback', () => {
  const set = resolveFontSet({ systemFonts: false });
  const measure = createMeasureChar(set);

  it('measures Han characters one em and Latin digits by the font advance', () => {
    expect(measure('文', run('fangsong'))).toEqual({ faceKey: 'fangsong:0', advancePt: 16 });
    const digit = measure('1', run('fangsong'));
    expect(digit.faceKey).toBe('fangsong:0');
    expect(digit.advancePt).toBeGreaterThan(6);
    expect(digit.advancePt).toBeLessThan(10);
  });

  it('draws a rare character with the next face that has it', () => {
    // U+30EDD 𰻝 is in Noto Sans SC but not in Noto Serif SC.
    const m = measure('\u{30EDD}', run('fangsong'));
    expect(m.faceKey).toBe('fangsong:1');
    expect(set.chain('fangsong')[1]!.path).toBe(sans);
  });

  it('throws a FontError naming a character no face covers', () => {
    expect(() => measure('\u{10FFFD}', run('fangsong'))).toThrow(MissingGlyphError);
    try {
      measure('\u{10FFFD}', run('kaiti'));
    } catch (error) {
      expect(error).toBeInstanceOf(FontError);
      expect((error as FontError).describe('zh')).toContain('U+10FFFD');
      expect((error as FontError).describe('en')).toContain('U+10FFFD');
    }
  });
});

describe('harfbuzz subsets', () => {
  const set = resolveFontSet({ systemFonts: false });
  const face = set.chain('fangsong')[0]!;

  it('holds exactly the requested characters (+ .notdef), parses with fontkit, keeps no hinting or layout tables', () => {
    const text = '某某市纪律检查委员会2026年';
    const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))];
    const bytes = face.subset(codePoints);
    const font = create(Buffer.from(bytes)) as Font;
    // fontkit lists U+FFFF for the cmap's closing format-4 segment (glyph 0): not a character.
    expect([...font.characterSet].filter((cp) => cp !== 0xffff).sort((a, b) => a - b)).toEqual([...codePoints].sort((a, b) => a - b));
    expect(font.numGlyphs).toBe(codePoints.length + 1);
    const tables = Object.keys((font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables);
    for (const needed of ['cmap', 'glyf', 'loca', 'hmtx', 'hhea', 'head', 'maxp', 'name', 'OS/2', 'post']) expect(tables).toContain(needed);
    for (const dropped of ['GSUB', 'GPOS', 'prep', 'fpgm', 'cvt ', 'vmtx', 'gasp']) expect(tables).not.toContain(dropped);
    // Same outlines as the full font.
    expect(font.glyphForCodePoint(0x7eaa).advanceWidth).toBe(face.advance(0x7eaa));
    expect(font.glyphForCodePoint(0x7eaa).bbox.maxY).toBe(face.inkBox!(0x7eaa)!.yMax);
    expect(bytes.length).toBeLessThan(20_000);
  });

  it('reuses the loaded face across calls (different sets, consistent results)', () => {
    const a = face.subset([0x4e00]);
    const b = face.subset([0x4e00, 0x4e8c]);
    const again = face.subset([0x4e00]);
    expect(Buffer.from(again).equals(Buffer.from(a))).toBe(true);
    expect((create(Buffer.from(b)) as Font).numGlyphs).toBe(3);
  });
});

/**
 * Real faces: LXGW WenKai from its WOFF (decoded, cached), CFF faces embedded as CIDFontType0C
 * (checked by rendering with poppler under an empty fontconfig and with pdf.js, against the
 * same text set in the TrueType build of the same design), Ext-B characters from installed
 * fonts, TrueType programs embedded without the tables a CIDFontType2 never reads, and
 * `gongwen fonts --json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { create, type Font } from 'fontkit';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { describeFonts } from '../../src/fonts/describeFonts.ts';
import { resolveFontSet } from '../../src/fonts/loadFontSet.ts';
import { createMeasureChar, MissingGlyphError } from '../../src/fonts/measureChar.ts';
import { packageFontPath } from '../../src/fonts/packageFonts.ts';
import { packageFonts } from '../../src/fonts/roles.ts';
import { decodeWoff } from '../../src/fonts/woff.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import { renderDocument } from '../../src/render/renderCase.ts';
import { plainDocument } from '../support/plainDocument.ts';
import { pdfFonts, pdfText } from '../pdf/pdfProbe.ts';

const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

describe('LXGW WenKai from its WOFF', () => {
  const woffPath = packageFontPath(packageFonts.kaiti);

  it('decodes WOFF 1 to an sfnt with the same tables, glyphs and outlines', () => {
    const woff = readFileSync(woffPath);
    const sfnt = decodeWoff(woff);
    expect(Buffer.from(sfnt.subarray(0, 4)).readUInt32BE(0)).toBe(0x00010000);
    const fromWoff = create(woff) as Font;
    const fromSfnt = create(Buffer.from(sfnt)) as Font;
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.numGlyphs).toBeGreaterThan(30_000);
    expect(fromSfnt.postscriptName).toBe('LXGWWenKai-Regular');
    for (const char of '楷（𠮷2') {
      const a = fromWoff.glyphForCodePoint(char.codePointAt(0)!);
      const b = fromSfnt.glyphForCodePoint(char.codePointAt(0)!);
      expect(b.id).toBe(a.id);
      expect(b.advanceWidth).toBe(a.advanceWidth);
      expect(b.path.toSVG()).toBe(a.path.toSVG());
    }
    expect(() => decodeWoff(sfnt)).toThrow(/wOFF/);
  });

  it('is the 楷体 package face, with its decoded copy in the cache folder, and subsets with harfbuzz', () => {
    const set = resolveFontSet({ systemFonts: false });
    const kai = set.faces.kaiti;
    expect(kai).toMatchObject({ family: 'LXGW WenKai', origin: 'package', outlines: 'truetype', licence: 'OFL-1.1', path: woffPath });
    expect(kai.sfntPath).toMatch(/gongwen[\\/]fonts[\\/]lxgw-wenkai-latin-500-normal-[0-9a-f]{12}\.ttf$/);
    expect(Buffer.from(readFileSync(kai.sfntPath!)).equals(Buffer.from(decodeWoff(readFileSync(woffPath))))).toBe(true);
    const sub = create(Buffer.from(kai.subset([0x4e00, 0xff08, 0xff09]))) as Font;
    expect(sub.numGlyphs).toBe(4);
    expect(set.faces.fangsong.family).toBe('Noto Serif SC');
  });
});

const han = '某某市纪律检查委员会关于保障性住房分配管理问题的建议书';
const hanDoc = plainDocument('cff-compare', [{ type: 'paragraph', children: [{ type: 'text', value: han }] }]);

async function pdfOf(fonts: FontSet): Promise<Uint8Array> {
  const rendered = await renderDocument(hanDoc, { formats: ['pdf'], fonts });
  return rendered.outputs[0]!.bytes;
}

/** Dark-pixel mask of page 1, rendered by poppler with an EMPTY fontconfig (no substitution possible). */
function popplerMask(pdf: Uint8Array, dir: string, name: string): { mask: Uint8Array; width: number } {
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><cachedir>${join(dir, 'fc')}</cachedir></fontconfig>\n`);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-gray', '-singlefile', file, join(dir, name)], { env: { ...process.env, FONTCONFIG_FILE: conf }, stdio: 'pipe' });
  const data = readFileSync(join(dir, `${name}.pgm`));
  const header = data.toString('latin1', 0, 20).split(/\s+/);
  const width = Number(header[1]);
  const start = data.length - width * Number(header[2]);
  return { mask: maskOf(data.subarray(start), 1), width };
}

function maskOf(gray: Uint8Array, stride: number): Uint8Array {
  const mask = new Uint8Array(gray.length / stride);
  for (let i = 0; i < mask.length; i++) mask[i] = gray[i * stride]! < 128 ? 1 : 0;
  return mask;
}

/** Share of dark pixels of either raster that the other does not have at the same place (±1 px). */
function mismatch(a: Uint8Array, b: Uint8Array, width: number): number {
  let dark = 0;
  let off = 0;
  const near = (m: Uint8Array, i: number): boolean => m[i] === 1 || m[i - 1] === 1 || m[i + 1] === 1 || m[i - width] === 1 || m[i + width] === 1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 1) {
      dark++;
      if (!near(b, i)) off++;
    }
    if (b[i] === 1) {
      dark++;
      if (!near(a, i)) off++;
    }
  }
  return dark === 0 ? 1 : off / dark;
}

async function pdfjsMask(pdf: Uint8Array): Promise<{ mask: Uint8Array; width: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await pdfjs.getDocument({ data: pdf.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 100 / 72 });
  const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx, viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise;
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
  await doc.destroy();
  return { mask: maskOf(new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.byteLength), 4), width: canvas.width, text };
}

describe('CFF faces embed correctly', () => {
  it('Noto Serif CJK SC (CFF, face 2 of the .ttc) renders like Noto Serif SC (TrueType) in poppler and pdf.js, and extracts', async () => {
    expect(existsSync(NOTO_CJK), `${NOTO_CJK} missing: apt-get install fonts-noto-cjk (CI installs it in .ci/run)`).toBe(true);
    const ttf = await pdfOf(resolveFontSet({ systemFonts: false }));
    const cffSet = resolveFontSet({ systemFonts: false, overrides: { fangsong: `${NOTO_CJK}#2` } });
    expect(cffSet.faces.fangsong).toMatchObject({ outlines: 'cff', index: 2 });
    const cff = await pdfOf(cffSet);
    const fonts = pdfFonts(cff);
    expect(fonts.find((f) => f.name.endsWith('+NotoSerifCJKSC'))).toMatchObject({ type: 'CID Type 0C', emb: true, sub: true, uni: true });
    expect(pdfText(cff, false).join('').replace(/\s/g, '')).toContain(han);

    const dir = mkdtempSync(join(tmpdir(), 'gongwen-cff-'));
    const a = popplerMask(ttf, dir, 'ttf');
    const b = popplerMask(cff, dir, 'cff');
    const inkA = a.mask.reduce((s, v) => s + v, 0);
    expect(inkA).toBeGreaterThan(2000); // the line was drawn at all
    expect(mismatch(a.mask, b.mask, a.width)).toBeLessThan(0.05);

    const jsA = await pdfjsMask(ttf);
    const jsB = await pdfjsMask(cff);
    expect(jsB.text.replace(/\s/g, '')).toContain(han);
    expect(jsA.mask.reduce((s, v) => s + v, 0)).toBeGreaterThan(2000);
    expect(mismatch(jsA.mask, jsB.mask, jsA.width)).toBeLessThan(0.05);
    // A wrong CID ↔ glyph mapping draws other characters: far from the TrueType raster.
    expect(mismatch(jsB.mask, b.mask, b.width)).toBeLessThan(0.08);
  }, 30_000);
});

describe('characters no role face has', () => {
  it('takes an Ext-B name character from an installed font, and refuses by name what none covers', () => {
    // U+20021 𠀡 (Ext-B) is in Noto Serif/Sans CJK (fonts-noto-cjk) but in none of the package faces
    // (LXGW WenKai has 𠮷 U+20BB7 itself, so that one never reaches the system).
    const cp = 0x20021;
    const packaged = resolveFontSet({ systemFonts: false });
    expect(packaged.chain('fangsong').some((f) => f.hasGlyph(cp))).toBe(false);
    expect(() => createMeasureChar(packaged)(String.fromCodePoint(cp), { text: '', font: 'fangsong', sizePt: 16 })).toThrow(MissingGlyphError);

    const listed = execFileSync('fc-list', [`:charset=${cp.toString(16)}`, 'file'], { encoding: 'utf8' });
    expect(listed, 'no installed font covers U+20021: apt-get install fonts-noto-cjk').toMatch(/NotoSerifCJK|NotoSansCJK/);
    const set = resolveFontSet({ config: '/nonexistent/gongwen.config.json' });
    const measure = createMeasureChar(set);
    const m = measure(String.fromCodePoint(cp), { text: '', font: 'fangsong', sizePt: 16 });
    const face = set.chain('fangsong')[Number(m.faceKey.split(':')[1])]!;
    expect(face.path).toBe(NOTO_CJK);
    expect(face.family).toBe('Noto Serif CJK SC');
    expect(face.outlines).toBe('cff');
    expect(m.advancePt).toBe(16);
    const heiti = set.chain('heiti')[Number(measure(String.fromCodePoint(cp), { text: '', font: 'heiti', sizePt: 16 }).faceKey.split(':')[1])]!;
    expect(heiti.family).toBe('Noto Sans CJK SC');

    try {
      measure('\u{10FFFD}', { text: '', font: 'fangsong', sizePt: 16 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingGlyphError);
      expect((error as MissingGlyphError).describe('zh')).toContain('U+10FFFD');
    }
  });
});

describe('gongwen fonts --json', () => {
  it('gives per role the face, its file, outlines, licence and what to install', () => {
    const set = resolveFontSet({ systemFonts: false, config: '/nonexistent/gongwen.config.json' });
    const json = JSON.parse(describeFonts(set, { json: true }));
    const kai = json.roles.find((r: { role: string }) => r.role === 'kaiti');
    expect(kai).toMatchObject({ name: '楷体', family: 'LXGW WenKai', origin: 'package', outlines: 'truetype', licence: 'OFL-1.1' });
    expect(kai.sfntPath).toMatch(/\.ttf$/);
    expect(kai.install).toContain('楷体_GB2312');
    const fang = json.roles.find((r: { role: string }) => r.role === 'fangsong');
    expect(fang).toMatchObject({ family: 'Noto Serif SC', licence: 'OFL-1.1' });
    expect(fang.install).toContain('texlive-lang-chinese');
    const en = JSON.parse(describeFonts(set, { json: true, lang: 'en' }));
    expect(en.roles[0].install).toContain('FangSong_GB2312');
    expect(en.substitutions[0]).toBe('fangsong (仿宋_GB2312) not found, using Noto Serif SC');

    const withCff = resolveFontSet({ systemFonts: false, overrides: { fangsong: `${NOTO_CJK}#2` } });
    const row = JSON.parse(describeFonts(withCff, { json: true })).roles[0];
    expect(row).toMatchObject({ family: 'Noto Serif CJK SC', origin: 'config', path: NOTO_CJK, index: 2, outlines: 'cff', licence: 'http://scripts.sil.org/OFL' });
    expect(row.install).toBeUndefined();
    expect(describeFonts(withCff)).toContain(`仿宋\tNoto Serif CJK SC\t配置\t${NOTO_CJK}#2\thttp://scripts.sil.org/OFL`);
  });
});

/** Table tags of every FontFile2 (TrueType program) in the PDF. */
async function trueTypeTables(pdf: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(pdf);
  const programs: string[][] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream) || !object.dict.has(PDFName.of('Length1'))) continue;
    const font = inflateSync(object.contents);
    const tags: string[] = [];
    for (let i = 0; i < font.readUInt16BE(4); i++) tags.push(font.toString('latin1', 12 + i * 16, 16 + i * 16));
    programs.push(tags);
  }
  return programs;
}

describe('TrueType programs', () => {
  it('embed without cmap, name, post and OS/2, yet poppler and pdf.js draw the same glyphs and extract the text', async () => {
    const pdf = await pdfOf(resolveFontSet({ systemFonts: false }));
    const programs = await trueTypeTables(pdf);
    expect(programs.length).toBeGreaterThan(0);
    for (const tags of programs) {
      expect([...tags].sort()).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
      for (const dropped of ['cmap', 'name', 'post', 'OS/2']) expect(tags).not.toContain(dropped);
    }
    expect(pdfText(pdf, false).join('').replace(/\s/g, '')).toContain(han);

    const dir = mkdtempSync(join(tmpdir(), 'gongwen-ttf-'));
    const poppler = popplerMask(pdf, dir, 'ttf');
    const js = await pdfjsMask(pdf);
    expect(js.text.replace(/\s/g, '')).toContain(han);
    expect(poppler.mask.reduce((s, v) => s + v, 0)).toBeGreaterThan(2000);
    // A font a viewer refused would be replaced by a fallback face: another raster.
    expect(mismatch(poppler.mask, js.mask, poppler.width)).toBeLessThan(0.05);
  }, 30_000);
});

import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, PDFInvalidObject } from 'pdf-lib';
import { loadFontSet, type LoadedFontSet } from '../../src/fonts/loadFontSet.ts';
import { mmToPt, pt } from '../../src/layout/gbt9704.ts';
import { renderPdf, type RenderedPdf } from '../../src/render/renderPdf.ts';
import { sampleDocument, sampleDocuments, sampleLetter } from '../support/sampleDocuments.ts';
import { documentPieces, findInOrder } from './documentText.ts';
import {
  horizontalRuns,
  inkExtent,
  isDark,
  isRed,
  pdfFonts,
  pdfImageCount,
  pdfText,
  rasterPage,
  renderWithoutSystemFonts,
} from './pdfProbe.ts';

interface Item {
  str: string;
  x: number;
  /** Baseline, from the paper's top. */
  y: number;
  width: number;
  size: number;
}

async function pdfjsPages(pdf: Uint8Array): Promise<Item[][]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: Item[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      const t = raw.transform as number[];
      items.push({ str: raw.str, x: t[4]!, y: pt.paperHeight - t[5]!, width: raw.width, size: Math.abs(t[3]!) });
    }
    pages.push(items);
  }
  await doc.destroy();
  return pages;
}

const blockLeft = pt.marginLeft;
const blockRight = pt.marginLeft + pt.blockWidth;
const blockTopMm = 37;
const blockBottomMm = 37 + 225;

let fonts: LoadedFontSet;
const rendered = new Map<string, RenderedPdf>();

beforeAll(async () => {
  fonts = await loadFontSet({ systemFonts: false });
  for (const [name, doc] of Object.entries(sampleDocuments)) rendered.set(name, await renderPdf(doc, { fonts }));
}, 60_000);

const get = (name: string): RenderedPdf => rendered.get(name)!;

describe('text', () => {
  it.each(Object.keys(sampleDocuments))('%s: pdftotext and pdf.js extract the document text in reading order', async (name) => {
    const doc = sampleDocuments[name as keyof typeof sampleDocuments];
    const pieces = documentPieces(doc);
    // Page furniture (folio, 第X页 共Y页, signature lines) interrupts a paragraph that spans pages.
    const furniture = (page: string) => {
      let out = page.replace(/—\s*\d+\s*—/g, '').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
      for (const label of doc.furniture.pageSignatures ?? []) out = out.split(label).join('');
      out = out.replace(/[：:]?＿+/g, '');
      return out;
    };
    expect(findInOrder(pdfText(get(name).pdf).map(furniture).join('\n'), pieces)).toEqual({});
    const pages = await pdfjsPages(get(name).pdf);
    const text = pages.map((items) => furniture(items.map((i) => i.str).join(''))).join('');
    expect(findInOrder(text, pieces)).toEqual({});
    // No character doubled: the extracted Han characters are exactly those of the pieces (+ folios and labels).
    const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;
    const expected = han(pieces.join(''));
    const extracted = han(text.replace(/第\d+页共\d+页|第\d+页 共\d+页/g, ''));
    expect(extracted).toBeGreaterThanOrEqual(expected);
    expect(extracted - expected).toBeLessThan(40); // 签名 labels, 附件说明's 附件, etc.
  });
});

describe('grid geometry (pdf.js)', () => {
  it('body rows: left edge 28 mm (or two cells in), 28.99 pt pitch, full rows of 28 touching both edges, ≤ 22 rows', async () => {
    const pages = await pdfjsPages(get('speech').pdf);
    const page = pages[1]!; // page 2: body text only
    const rows = new Map<number, Item[]>();
    for (const item of page) {
      if (item.y > pt.marginTop + pt.blockHeight) continue; // folio
      const key = Math.round(item.y * 10) / 10;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    const baselines = [...rows.keys()].sort((a, b) => a - b);
    expect(baselines.length).toBeGreaterThan(15);
    expect(baselines.length).toBeLessThanOrEqual(22);
    for (const y of baselines) {
      const steps = (y - baselines[0]!) / pt.rowPitch;
      expect(Math.abs(steps - Math.round(steps))).toBeLessThan(0.01);
    }
    let fullRows = 0;
    for (const y of baselines) {
      const items = rows.get(y)!.sort((a, b) => a.x - b.x);
      const left = items[0]!.x;
      expect([blockLeft, blockLeft + 2 * pt.cell].some((x) => Math.abs(left - x) < 0.05)).toBe(true);
      const last = items[items.length - 1]!;
      const right = last.x + last.width;
      const text = items.map((i) => i.str).join('');
      expect(right).toBeLessThan(blockRight + 0.5);
      if (right > blockRight - 1 && /^[\p{Script=Han}\p{P}]+$/u.test(text)) {
        fullRows++;
        expect(Math.abs(right - blockRight)).toBeLessThan(0.5);
        expect([...text].length + (Math.abs(left - blockLeft) < 0.05 ? 0 : 2)).toBeGreaterThanOrEqual(27);
        if ([...text].length === 28) expect(Math.abs(left - blockLeft)).toBeLessThan(0.05);
      }
    }
    expect(fullRows).toBeGreaterThan(8);
  });

  it('folio: — N — 14 pt, odd pages one cell in from the right, even pages one cell in from the left', async () => {
    const pages = await pdfjsPages(get('document').pdf);
    for (const [index, items] of pages.entries()) {
      const n = index + 1;
      const folio = items.filter((i) => i.y > pt.marginTop + pt.blockHeight).sort((a, b) => a.x - b.x);
      expect(folio.map((i) => i.str).join('').replace(/\s/g, '')).toBe(`—${n}—`);
      const left = folio[0]!.x;
      const right = folio[folio.length - 1]!.x + folio[folio.length - 1]!.width;
      expect(folio[0]!.size).toBeCloseTo(14, 1);
      if (n % 2 === 1) expect(right).toBeCloseTo(blockRight - pt.cell, 0);
      else expect(left).toBeCloseTo(blockLeft + pt.cell, 1);
    }
  });
});

describe('geometry of the frame (raster)', () => {
  it('page 1: red mark with its ink top 35 mm under the block; red 156 mm separator 4 mm under the number', () => {
    const r = rasterPage(get('document').pdf, 1);
    const mark = inkExtent(r, isRed, { x0: 28, x1: 184, y0: 40, y1: 100 })!;
    expect(mark.top).toBeCloseTo(blockTopMm + 35, 0);
    expect(Math.abs(mark.top - (blockTopMm + 35))).toBeLessThan(0.4);
    const separators = horizontalRuns(r, isRed, 100).filter((s) => s.y / r.pxPerMm > 100);
    expect(separators.length).toBeGreaterThan(0);
    expect(separators[0]!.length).toBeGreaterThan(155);
    expect(separators[0]!.length).toBeLessThan(157);
    const sepTop = separators[0]!.y / r.pxPerMm;
    const number = inkExtent(r, isDark, { x0: 60, x1: 150, y0: 100, y1: sepTop - 0.5 })!;
    expect(Math.abs(sepTop - number.bottom - 4)).toBeLessThan(0.4);
  });

  it('folio dash ink top 7 mm under the block', () => {
    const r = rasterPage(get('document').pdf, 1);
    // The right-hand dash of "— 1 —", which ends one cell (5.57 mm) in from the block's right edge.
    const dash = inkExtent(r, isDark, { x0: 184 - 5.57 - 3.5, x1: 184 - 5.57 - 0.3, y0: blockBottomMm + 1, y1: blockBottomMm + 20 })!;
    expect(Math.abs(dash.top - (blockBottomMm + 7))).toBeLessThan(0.4);
  });

  it('colophon: on an even page, its last (thick) rule on the block bottom edge, thick/thin/thick rules', () => {
    const { plan, pdf } = get('document');
    expect(plan.colophon).toBeDefined();
    expect(plan.colophon!.page % 2).toBe(0);
    expect(plan.colophon!.page).toBe(plan.pageCount);
    const r = rasterPage(pdf, plan.colophon!.page);
    const rules = horizontalRuns(r, isDark, 150);
    // Group consecutive pixel rows into rules.
    const groups: { top: number; bottom: number }[] = [];
    for (const { y } of rules) {
      const last = groups[groups.length - 1];
      if (last && y - last.bottom <= 1) last.bottom = y;
      else groups.push({ top: y, bottom: y });
    }
    expect(groups.length).toBe(3);
    const last = groups[2]!;
    const centre = (last.top + last.bottom + 1) / 2 / r.pxPerMm;
    expect(Math.abs(centre - blockBottomMm)).toBeLessThan(0.3);
    const thickness = (g: { top: number; bottom: number }) => (g.bottom - g.top + 1) / r.pxPerMm;
    expect(thickness(groups[0]!)).toBeGreaterThan(thickness(groups[1]!) - 0.01);
  });

  it('the sealed signature draws the seal over the issuer and date', () => {
    const { pdf } = get('document');
    expect(pdfImageCount(pdf)).toEqual(['image', 'smask']);
    const pages = pdfText(pdf, false);
    const page = pages.findIndex((t) => t.replace(/\s+/g, '').includes('2026年11月24日')) + 1;
    const r = rasterPage(pdf, page);
    const seal = inkExtent(r, isRed, { x0: 100, x1: 184, y0: blockTopMm, y1: blockBottomMm })!;
    expect(seal.bottom - seal.top).toBeGreaterThan(40);
    expect(seal.bottom - seal.top).toBeLessThan(43);
  });

  it('letter: red double rules 170 mm at the top and 20 mm above the paper foot; no folio on page 1', async () => {
    const { pdf } = get('letter');
    const r = rasterPage(pdf, 1);
    const reds = horizontalRuns(r, isRed, 160);
    expect(reds.every((s) => Math.abs(s.length - 170) < 1)).toBe(true);
    const ys = reds.map((s) => s.y / r.pxPerMm);
    expect(Math.min(...ys)).toBeLessThan(50);
    expect(Math.abs(Math.max(...ys) - (297 - 20))).toBeLessThan(0.5);
    const pages = await pdfjsPages(pdf);
    expect(pages[0]!.some((i) => i.y > pt.marginTop + pt.blockHeight)).toBe(false);
    expect(pages[1]!.some((i) => i.y > pt.marginTop + pt.blockHeight && i.str.includes('2'))).toBe(true);
  });
});

describe('fonts and size', () => {
  it.each(Object.keys(sampleDocuments))('%s: every font embedded as a subset with a ToUnicode map', (name) => {
    const rows = pdfFonts(get(name).pdf);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ emb: true, sub: true, uni: true });
      expect(row.name).toMatch(/^[A-Z]{6}\+/);
      expect(row.type).toBe('CID TrueType');
    }
  });

  it.each(Object.keys(sampleDocuments))('%s: renders with an empty fontconfig without any poppler warning', (name) => {
    const { stderr, status } = renderWithoutSystemFonts(get(name).pdf);
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('a 2-page letter is at most 60 KB', () => {
    const { pdf, plan } = get('letter');
    expect(plan.pageCount).toBe(2);
    expect(pdf.length).toBeLessThanOrEqual(60 * 1024);
  });

  it('metadata: title, author = issuer, subject = kind name, dates from the case, language', async () => {
    const doc = await getDocument({ data: get('document').pdf.slice(), verbosity: 0 }).promise;
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info.Title).toBe(sampleDocument.meta.title);
    expect(info.Author).toBe(sampleDocument.meta.author);
    expect(info.Subject).toBe(sampleDocument.meta.kindName);
    expect(info.Producer).toBe('gongwen');
    expect(String(info.CreationDate)).toMatch(/^D:20261123160000/);
    expect(info.Language ?? 'zh-CN').toBe('zh-CN');
    await doc.destroy();
  });

  it('is written with an object stream and a cross-reference stream (zlib) that pdf-lib reads back whole', async () => {
    const bytes = get('document').pdf;
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.match(/\/Type \/ObjStm/g)).toHaveLength(1);
    expect(text).toMatch(/\/Type \/XRef[^]*startxref\n\d+\n%%EOF$/);
    const reread = await PDFDocument.load(bytes);
    expect(reread.getPageCount()).toBe(get('document').plan.pageCount);
    for (const [, object] of reread.context.enumerateIndirectObjects()) expect(object).not.toBeInstanceOf(PDFInvalidObject);
  });

  it('the same document renders to the same bytes', async () => {
    const again = await renderPdf(sampleLetter, { fonts });
    expect(Buffer.from(again.pdf).equals(Buffer.from(get('letter').pdf))).toBe(true);
  });
});

describe('errors', () => {
  it('a character no font covers is a FontError naming it and where it is', async () => {
    const doc = { ...sampleLetter, body: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: '见\u{10FFFD}' }] }] };
    await expect(renderPdf(doc, { fonts })).rejects.toThrow(/U\+10FFFD.*正文第1段/);
  });
});

void mmToPt;

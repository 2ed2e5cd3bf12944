/**
 * Geometry of a PDF as poppler sees it: text lines with their boxes (pdftotext -bbox-layout)
 * and ink measured on a rendered page (pdftoppm → PPM), all in millimetres from the page's
 * top-left corner.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MM_PER_PT = 25.4 / 72;

export interface TextLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  /** Words' boxes (for counting characters). */
  words: { text: string; xMin: number; xMax: number }[];
}

export interface PdfPage {
  widthPt: number;
  heightPt: number;
  lines: TextLine[];
}

const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1] ?? NaN);
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function withPdfFile<T>(pdf: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-pdf-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, pdf);
    return fn(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text lines of each page, coordinates in mm. */
export function readPages(pdf: Uint8Array): PdfPage[] {
  const html = withPdfFile(pdf, (path) => execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const pages: PdfPage[] = [];
  for (const pageMatch of html.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)) {
    const page: PdfPage = { widthPt: attr(pageMatch[1]!, 'width'), heightPt: attr(pageMatch[1]!, 'height'), lines: [] };
    for (const lineMatch of pageMatch[2]!.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...lineMatch[2]!.matchAll(/<word\b([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
        text: unescape(w[2]!),
        xMin: attr(w[1]!, 'xMin') * MM_PER_PT,
        xMax: attr(w[1]!, 'xMax') * MM_PER_PT,
      }));
      page.lines.push({
        text: words.map((w) => w.text).join(''),
        xMin: attr(lineMatch[1]!, 'xMin') * MM_PER_PT,
        yMin: attr(lineMatch[1]!, 'yMin') * MM_PER_PT,
        xMax: attr(lineMatch[1]!, 'xMax') * MM_PER_PT,
        yMax: attr(lineMatch[1]!, 'yMax') * MM_PER_PT,
        words,
      });
    }
    pages.push(page);
  }
  return pages;
}

/** A rendered page as RGB pixels. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

/** Renders one page (1-based) at `dpi` to RGB. */
export function rasterise(pdf: Uint8Array, page: number, dpi = 300): Raster {
  const ppm = withPdfFile(pdf, (path, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, out]);
    return readFileSync(`${out}.ppm`);
  });
  // P6 header: "P6\n<w> <h>\n255\n"
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]!))) offset++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset]!))) token += String.fromCharCode(ppm[offset++]!);
    fields.push(token);
  }
  offset++;
  return { width: Number(fields[1]), height: Number(fields[2]), dpi, pixels: ppm.subarray(offset) };
}

export type Ink = 'any' | 'red' | 'dark';

function isInk(r: number, g: number, b: number, kind: Ink): boolean {
  if (kind === 'red') return r > 180 && g < 110 && b < 110;
  if (kind === 'dark') return r < 120 && g < 120 && b < 120;
  return r < 200 || g < 200 || b < 200;
}

/** Bounding box (mm) of the ink of a kind inside a region (mm); undefined when none. */
export function inkBox(
  raster: Raster,
  region: { x0: number; y0: number; x1: number; y1: number },
  kind: Ink = 'any',
): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const pxPerMm = raster.dpi / 25.4;
  const [x0, x1] = [Math.max(0, Math.floor(region.x0 * pxPerMm)), Math.min(raster.width, Math.ceil(region.x1 * pxPerMm))];
  const [y0, y1] = [Math.max(0, Math.floor(region.y0 * pxPerMm)), Math.min(raster.height, Math.ceil(region.y1 * pxPerMm))];
  let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * raster.width + x) * 3;
      if (!isInk(raster.pixels[i]!, raster.pixels[i + 1]!, raster.pixels[i + 2]!, kind)) continue;
      if (!box) box = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      else {
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x + 1);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y + 1);
      }
    }
  }
  return box && { x0: box.x0 / pxPerMm, y0: box.y0 / pxPerMm, x1: box.x1 / pxPerMm, y1: box.y1 / pxPerMm };
}

/** Characters of a line as printed (spaces removed). */
export const charCount = (line: TextLine): number => [...line.text.replace(/\s/g, '')].length;

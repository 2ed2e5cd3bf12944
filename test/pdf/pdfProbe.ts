/**
 * Test helpers that look at a PDF from outside, as a reader would: poppler (pdftotext,
 * pdffonts, pdfimages, pdftoppm with an empty fontconfig) and raw pixels of a rendered page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-pdf-test-'));
let counter = 0;

export function writeTemp(pdf: Uint8Array): string {
  const file = join(dir, `t${++counter}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** pdftotext -layout, one string per page. */
export function pdfText(pdf: Uint8Array, layout = true): string[] {
  const out = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', writeTemp(pdf), '-'], { encoding: 'utf8' });
  return out.split('\f').slice(0, -1);
}

/** PDFs joined per pdfunite run: well under the open-file limit, and one run's output under 256 MiB. */
const UNITE_CHUNK = 200;

/**
 * pdftotext of many PDFs, as pdfText gives each: pdfunite joins them into one file (pages
 * copied as they are), one pdftotext reads it, and its pages are dealt back by each PDF's page
 * count. Two processes per 200 PDFs instead of one per PDF (a start-up cost most of the time).
 */
export async function pdfTexts(pdfs: readonly Uint8Array[], mode: 'layout' | 'raw' = 'layout'): Promise<string[][]> {
  const out: string[][] = [];
  for (let i = 0; i < pdfs.length; i += UNITE_CHUNK) out.push(...(await unitedTexts(pdfs.slice(i, i + UNITE_CHUNK), mode)));
  return out;
}

/** pdftotext of one file, one string per page. */
function pagesOf(file: string, mode: 'layout' | 'raw'): string[] {
  return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 }).split('\f').slice(0, -1);
}

async function unitedTexts(pdfs: readonly Uint8Array[], mode: 'layout' | 'raw'): Promise<string[][]> {
  const files = pdfs.map(writeTemp);
  const united = join(dir, `u${++counter}.pdf`);
  try {
    if (files.length === 1) return [pagesOf(files[0]!, mode)];
    const counts = await Promise.all(pdfs.map(async (pdf) => (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount()));
    try {
      execFileSync('pdfunite', [...files, united], { stdio: 'pipe' });
    } catch {
      // A PDF pdfunite cannot join (it stops at the first it cannot read): each read alone.
      return files.map((file) => pagesOf(file, mode));
    }
    const pages = pagesOf(united, mode);
    const expected = counts.reduce((a, b) => a + b, 0);
    if (pages.length !== expected) throw new Error(`pdfunite + pdftotext gave ${pages.length} pages, the PDFs hold ${expected}`);
    let at = 0;
    return counts.map((n) => pages.slice(at, (at += n)));
  } finally {
    for (const file of [...files, united]) rmSync(file, { force: true });
  }
}

export interface FontRow {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

export function pdfFonts(pdf: Uint8Array): FontRow[] {
  const out = execFileSync('pdffonts', [writeTemp(pdf)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), emb: cols[n - 5] === 'yes', sub: cols[n - 4] === 'yes', uni: cols[n - 3] === 'yes' };
    });
}

/** The type column of `pdfimages -list` (image, smask, …), one entry per image drawn. */
export function pdfImageCount(pdf: Uint8Array): string[] {
  const out = execFileSync('pdfimages', ['-list', writeTemp(pdf)], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[2]!);
}

/** Renders with an EMPTY fontconfig (no font directories): poppler cannot mask a broken embed. */
export function renderWithoutSystemFonts(pdf: Uint8Array): { stderr: string; status: number | null } {
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>\n`);
  const result = spawnSync('pdftoppm', ['-r', '40', '-png', writeTemp(pdf), join(dir, `page${counter}`)], {
    env: { ...process.env, FONTCONFIG_FILE: conf },
    encoding: 'utf8',
  });
  return { stderr: result.stderr, status: result.status };
}

export interface Raster {
  width: number;
  height: number;
  /** Pixels per millimetre. */
  pxPerMm: number;
  rgb(x: number, y: number): [number, number, number];
}

/** One page rendered to a PPM and decoded. */
export function rasterPage(pdf: Uint8Array, page: number, dpi = 150): Raster {
  const base = join(dir, `r${++counter}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', writeTemp(pdf), base]);
  const data = readFileSync(`${base}.ppm`);
  // Header: P6\n<w> <h>\n255\n
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[pos]!))) pos++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(data[pos]!))) token += String.fromCharCode(data[pos++]!);
    fields.push(token);
  }
  pos++;
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  const pixels = data.subarray(pos);
  return {
    width,
    height,
    pxPerMm: dpi / 25.4,
    rgb(x, y) {
      const i = (y * width + x) * 3;
      return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    },
  };
}

export const isRed = ([r, g, b]: [number, number, number]): boolean => r > 180 && g < 110 && b < 110;
export const isDark = ([r, g, b]: [number, number, number]): boolean => r < 110 && g < 110 && b < 110;

/** Rows (pixel y) where at least `minRunMm` of consecutive pixels match: horizontal rules. */
export function horizontalRuns(raster: Raster, match: (p: [number, number, number]) => boolean, minRunMm: number): { y: number; length: number }[] {
  const found: { y: number; length: number }[] = [];
  for (let y = 0; y < raster.height; y++) {
    let run = 0;
    let best = 0;
    for (let x = 0; x < raster.width; x++) {
      if (match(raster.rgb(x, y))) best = Math.max(best, ++run);
      else run = 0;
    }
    if (best >= minRunMm * raster.pxPerMm) found.push({ y, length: best / raster.pxPerMm });
  }
  return found;
}

/** First and last pixel rows (in mm from the top) where any pixel in [x0,x1] mm and [y0,y1] mm matches. */
export function inkExtent(
  raster: Raster,
  match: (p: [number, number, number]) => boolean,
  box: { x0: number; x1: number; y0: number; y1: number },
): { top: number; bottom: number } | undefined {
  const k = raster.pxPerMm;
  let top = -1;
  let bottom = -1;
  for (let y = Math.round(box.y0 * k); y < Math.min(raster.height, Math.round(box.y1 * k)); y++) {
    for (let x = Math.round(box.x0 * k); x < Math.min(raster.width, Math.round(box.x1 * k)); x++) {
      if (match(raster.rgb(x, y))) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  return top < 0 ? undefined : { top: top / k, bottom: (bottom + 1) / k };
}

/**
 * Geometry of a PDF as the conformance rules need it: per page its size, the text items
 * (position, advance width, font size, characters), the rows they form, and optionally
 * coloured shapes; per document the fonts and whether they are embedded.
 * Works on any PDF: ours, LibreOffice's, Word's.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { isBlank } from './charClass.ts';
import { extractPdfColours } from './extractPdfColours.ts';
import { extractPdfFonts } from './extractPdfFonts.ts';
import { groupRows } from './groupRows.ts';
import { openPdf } from './openPdf.ts';
import { splitChars } from './splitChars.ts';
import { widenPages } from './widenPages.ts';
import type { PdfGeometry, PdfPageGeometry, PdfTextItem } from './types.ts';

export interface ExtractOptions {
  /**
   * Also walk the operator list for coloured shapes and text, and dark rules, on these pages
   * (1-based; −1 the last page, −2 the one before…); default none.
   */
  colourPages?: number[];
  /** Read the font dictionaries (default true). */
  fonts?: boolean;
}

/** How far past the page's edges text is still seen (pt): a full page's height and more. */
const OFF_PAGE_MARGIN = 2000;

export async function extractPdfGeometry(pdf: Uint8Array, options: ExtractOptions = {}): Promise<PdfGeometry> {
  const widened = await widenPages(pdf, OFF_PAGE_MARGIN);
  const margin = widened ? OFF_PAGE_MARGIN : 0;
  const doc = await openPdf(widened ?? pdf);
  try {
    const pages: PdfPageGeometry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const geometry = await extractPage(page, n, margin);
      if (options.colourPages?.some((p) => p === n || p === n - doc.numPages - 1)) {
        const { shapes, rules, colouredText } = await extractPdfColours(page, margin);
        geometry.shapes = shapes;
        geometry.rules = rules;
        geometry.colouredText = colouredText;
      }
      pages.push(geometry);
      page.cleanup();
    }
    const result: PdfGeometry = { pages, fonts: [] };
    if (options.fonts !== false) {
      try {
        result.fonts = await extractPdfFonts(pdf);
      } catch (err) {
        result.fontsError = err instanceof Error ? err.message : String(err);
      }
    }
    return result;
  } finally {
    await doc.destroy();
  }
}

/** Text of each page in reading order: rows top to bottom, each row's items left to right. */
export async function extractText(pdf: Uint8Array): Promise<string[]> {
  const geometry = await extractPdfGeometry(pdf, { fonts: false });
  return geometry.pages.map((p) => p.rows.map((r) => r.text).join('\n'));
}

async function extractPage(page: PDFPageProxy, n: number, margin: number): Promise<PdfPageGeometry> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = (x: number, y: number): number[] => {
    const [vx = 0, vy = 0] = viewport.convertToViewportPoint(x, y);
    return [vx - margin, vy - margin];
  };
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: true });
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = toItem(raw, toPage);
    if (item) items.push(item);
  }
  return {
    page: n,
    widthPt: viewport.width - 2 * margin,
    heightPt: viewport.height - 2 * margin,
    items,
    rows: groupRows(items),
  };
}

/** Horizontal text only: rotated or vertical runs are not rows of the grid. */
function toItem(raw: TextItem, toViewport: (x: number, y: number) => number[]): PdfTextItem | undefined {
  if (raw.str === '') return undefined;
  const [a, b, c, d, e, f] = raw.transform as number[];
  if (Math.abs(b ?? 0) > 1e-6 || Math.abs(c ?? 0) > 1e-6 || (a ?? 0) <= 0 || raw.dir === 'ttb') return undefined;
  const [x = 0, y = 0] = toViewport(e ?? 0, f ?? 0);
  const fontSize = Math.abs(d ?? 0);
  return {
    str: raw.str,
    x,
    baseline: y,
    width: raw.width,
    fontSize,
    fontId: raw.fontName,
    blank: isBlank(raw.str),
    chars: splitChars(raw.str, x, raw.width),
  };
}

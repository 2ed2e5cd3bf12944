/**
 * Finds a page's folio (页码): below the text block, a cluster of text that is a number
 * with optional dash-like marks around it ("— 3 —", "-3-", "3"), or the form a talk
 * record carries on every page (第3页 共5页, documents.md). A row is split into
 * clusters at gaps wider than one em, so a folio sharing a baseline with stray text
 * (a 23rd row running into the footer) is still found.
 */
import { nominal } from './standard.ts';
import type { PdfPageGeometry, PdfRow, PdfTextItem } from './types.ts';

export interface FolioFound {
  /** The cluster's text as extracted. */
  text: string;
  number: number;
  /** 'dashes': the standard's — N — (or an attempt at it); 'pageOf': 第N页 共M页. */
  kind: 'dashes' | 'pageOf';
  /** M of 第N页 共M页. */
  total?: number;
  left: number;
  right: number;
  baseline: number;
  fontSize: number;
  row: PdfRow;
}

const FOLIO_PATTERN = /^[-—–－―‒−~～·]*\s*(\d{1,4})\s*[-—–－―‒−~～·]*$/u;
const PAGE_OF_PATTERN = /^第\s*(\d{1,4})\s*页(?:\s*共\s*(\d{1,4})\s*页)?$/u;

export function findFolio(page: PdfPageGeometry): FolioFound | undefined {
  for (const row of page.rows) {
    if (row.baseline <= nominal.blockBottom) continue;
    for (const cluster of clusters(row)) {
      const text = cluster.map((i) => i.str).join('').trim();
      const dashes = FOLIO_PATTERN.exec(text);
      const pageOf = dashes ? null : PAGE_OF_PATTERN.exec(text);
      const m = dashes ?? pageOf;
      if (!m) continue;
      const inked = cluster.filter((i) => !i.blank);
      return {
        text,
        number: Number(m[1]),
        kind: dashes ? 'dashes' : 'pageOf',
        ...(pageOf?.[2] ? { total: Number(pageOf[2]) } : {}),
        left: Math.min(...inked.map((i) => i.x)),
        right: Math.max(...inked.map((i) => i.x + i.width)),
        baseline: row.baseline,
        fontSize: Math.max(...inked.map((i) => i.fontSize)),
        row,
      };
    }
  }
  return undefined;
}

/** Items of a row split where the gap between them exceeds one em. */
function clusters(row: PdfRow): PdfTextItem[][] {
  const out: PdfTextItem[][] = [];
  let current: PdfTextItem[] = [];
  let end = -Infinity;
  for (const item of row.items) {
    // A wide whitespace item is pdf.js's stand-in for a gap: a separator, not content.
    if (item.blank && item.width > row.fontSize) {
      end = -Infinity;
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    if (current.length > 0 && item.x - end > row.fontSize) {
      out.push(current);
      current = [];
    }
    current.push(item);
    end = Math.max(end, item.x + item.width);
  }
  if (current.length > 0) out.push(current);
  return out;
}

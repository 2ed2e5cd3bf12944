/**
 * Read-only helpers for any engineer's tests: the text, rows and conformance findings of
 * a PDF, in millimetres where the standard speaks millimetres.
 *   const rows = await pdfRows(bytes);          // [{ page, rows: [{ text, baselineMm, leftMm, rightMm, sizePt }] }]
 *   const errors = await gbt9704Errors(bytes);  // [] when `gongwen check` passes
 */
import { checkPdf } from '../../src/check/checkPdf.ts';
import { extractPdfGeometry, extractText } from '../../src/check/extractPdfGeometry.ts';
import type { CheckOptions, Finding, PdfGeometry } from '../../src/check/types.ts';

export type { CheckReport, Finding, PdfGeometry, PdfRow } from '../../src/check/types.ts';

const toMm = (pt: number): number => Math.round(((pt * 25.4) / 72) * 100) / 100;

/** Full geometry (pages, items, rows, fonts). */
export const pdfGeometry = (pdf: Uint8Array): Promise<PdfGeometry> => extractPdfGeometry(pdf);

/** Text per page in reading order, rows joined by newlines. */
export const pdfText = (pdf: Uint8Array): Promise<string[]> => extractText(pdf);

export interface RowMm {
  text: string;
  /** Baseline, mm below the paper's top edge. */
  baselineMm: number;
  leftMm: number;
  rightMm: number;
  sizePt: number;
}

/** Rows of each page with positions in millimetres. */
export async function pdfRows(pdf: Uint8Array): Promise<{ page: number; rows: RowMm[] }[]> {
  const g = await extractPdfGeometry(pdf, { fonts: false });
  return g.pages.map((p) => ({
    page: p.page,
    rows: p.rows.map((r) => ({
      text: r.text,
      baselineMm: toMm(r.baseline),
      leftMm: toMm(r.left),
      rightMm: toMm(r.right),
      sizePt: Math.round(r.fontSize * 10) / 10,
    })),
  }));
}

/** The error findings of `gongwen check` (empty when the PDF conforms). */
export async function gbt9704Errors(pdf: Uint8Array, options: CheckOptions = {}): Promise<Finding[]> {
  const report = await checkPdf(pdf, options);
  return report.findings.filter((f) => f.severity === 'error');
}

/** "rule p.N: message" lines, handy in expect(...).toEqual([]) failures. */
export const describeFindings = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.rule}${f.page !== undefined ? ` p.${f.page}` : ''}: ${f.message.en}`);

/**
 * Our PDF against LibreOffice's rendering of our DOCX, for many documents: rows, page breaks,
 * page counts, GB/T 9704 geometry (gongwen check on both), signature dates that wrapped, 版记
 * that moved page. Rows are compared as texts without whitespace, page furniture removed; the
 * documents' rows are matched by their longest common subsequence, so one row set differently
 * costs that row and not every row after it.
 */
import { checkGeometry } from '../../src/check/checkPdf.ts';
import type { PdfGeometry } from '../../src/check/types.ts';
import { extractPdfGeometry } from '../../src/check/extractPdfGeometry.ts';
import { renderDocx } from '../../src/docx/renderDocx.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { drawPdf } from '../../src/pdf/drawPdf.ts';
import { docxToPdfBatch } from '../pdf/libreofficeBatch.ts';
import type { CorpusCase } from './generateCase.ts';

export interface DocumentComparison {
  name: string;
  pages: { ours: number; theirs: number };
  rows: { ours: number; theirs: number; common: number };
  /** Pages (of the longer rendering) whose first and last rows agree. */
  edges: { agree: number; total: number };
  check: { ours: boolean; theirs: boolean; oursRules: string[]; theirsRules: string[] };
  /** Our date rows (2026年11月24日 alone on a row) that LibreOffice did not set on one row. */
  wrappedDates: string[];
  /** 1-based page of the 版记 (its 印发 or 抄送 row) in each rendering (undefined: none found). */
  colophonPage: { ours?: number; theirs?: number };
  firstDifference?: string;
  /** The first pair of rows that differ (same page, same place). */
  firstDifferingRows?: { ours: string; theirs: string };
}

export interface CorpusFigures {
  documents: number;
  rowsEqual: number;
  pageCountsEqual: number;
  edgesEqual: number;
  checkOurs: number;
  checkTheirs: number;
  wrappedDates: number;
  colophonMoved: number;
  /** Documents whose 版记 is in our PDF but nowhere in LibreOffice's rendering. */
  colophonLost: number;
}

type Faces = string | null;

/** Page furniture that is not a row of the text: folios, a record's page count and signature lines. */
function isFurniture(text: string, doc: OfficialDocument): boolean {
  if (/^—?\d+—?$/.test(text) || /^第\d+页共\d+页$/.test(text)) return true;
  return (doc.furniture.pageSignatures ?? []).some((label) => text.replace(/[：:＿_]/g, '').startsWith(label.replace(/[：:＿_]/g, '')) && /[＿_]{2,}|：$/.test(text));
}

/** Geometry extracted once (as checkPdf extracts it), for the rows and for the check. */
async function extract(pdf: Uint8Array): Promise<PdfGeometry> {
  return extractPdfGeometry(pdf, { colourPages: [1, -1] });
}

function pageRows(geometry: PdfGeometry, doc: OfficialDocument): string[][] {
  return geometry.pages.map((page) => page.rows.map((row) => row.text.replace(/\s+/g, '')).filter((text) => text && !isFurniture(text, doc)));
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

const DATE_ROW = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** The last page with a 版记 row: its 印发 row, or (a letter's 版记 has none) its 抄送 row. */
const colophonPageOf = (pages: string[][]): number | undefined => {
  const isColophonRow = (row: string): boolean => /\d{4}年\d{1,2}月\d{1,2}日印发$/.test(row) || /^抄送[：:]/.test(row);
  for (let p = pages.length - 1; p >= 0; p--) if (pages[p]!.some(isColophonRow)) return p + 1;
  return undefined;
};

function firstDifference(ours: string[][], theirs: string[][]): { page: number; row: number; ours: string; theirs: string } | undefined {
  for (let p = 0; p < Math.max(ours.length, theirs.length); p++) {
    const a = ours[p] ?? [];
    const b = theirs[p] ?? [];
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
      if (a[k] !== b[k]) return { page: p + 1, row: k + 1, ours: a[k] ?? '', theirs: b[k] ?? '' };
    }
  }
  return undefined;
}

export async function compareDocument(name: string, doc: OfficialDocument, ourPdf: Uint8Array, theirPdf: Uint8Array): Promise<DocumentComparison> {
  const [ourGeometry, theirGeometry] = [await extract(ourPdf), await extract(theirPdf)];
  const ours = pageRows(ourGeometry, doc);
  const theirs = pageRows(theirGeometry, doc);
  const flatOurs = ours.flat();
  const flatTheirs = theirs.flat();
  let agree = 0;
  const total = Math.max(ours.length, theirs.length);
  for (let p = 0; p < total; p++) {
    const a = ours[p];
    const b = theirs[p];
    if (a && b && a[0] === b[0] && a[a.length - 1] === b[b.length - 1]) agree++;
  }
  const [checkOurs, checkTheirs] = [checkGeometry(ourGeometry), checkGeometry(theirGeometry)];
  const rules = (report: typeof checkOurs): string[] => [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}${f.page ? `@${f.page}` : ''}`))];
  const theirRows = new Set(flatTheirs);
  const comparison: DocumentComparison = {
    name,
    pages: { ours: ours.length, theirs: theirs.length },
    rows: { ours: flatOurs.length, theirs: flatTheirs.length, common: lcs(flatOurs, flatTheirs) },
    edges: { agree, total },
    check: { ours: checkOurs.ok, theirs: checkTheirs.ok, oursRules: rules(checkOurs), theirsRules: rules(checkTheirs) },
    wrappedDates: flatOurs.filter((row) => DATE_ROW.test(row) && !theirRows.has(row)),
    colophonPage: { ours: colophonPageOf(ours), theirs: colophonPageOf(theirs) },
  };
  const difference = firstDifference(ours, theirs);
  if (difference) {
    comparison.firstDifference = `page ${difference.page} row ${difference.row}: PDF「${difference.ours || '(none)'}」 LibreOffice「${difference.theirs || '(none)'}」`;
    comparison.firstDifferingRows = { ours: difference.ours, theirs: difference.theirs };
  }
  return comparison;
}

/** Renders every case both ways (LibreOffice in few soffice runs) and compares each document. */
export async function compareCorpus(cases: readonly CorpusCase[], fonts: FontSet, faces: Faces): Promise<DocumentComparison[]> {
  const docs: Record<string, OfficialDocument> = {};
  const pdfs: Record<string, Uint8Array> = {};
  const docxs: Record<string, Uint8Array> = {};
  for (const { name, loaded } of cases) {
    const doc = await buildDocument(loaded);
    const layout = layoutDocument(doc, fonts);
    docs[name] = doc;
    pdfs[name] = await drawPdf(doc, layout, fonts);
    docxs[name] = renderDocx(doc, { plan: layout.plan });
  }
  const converted = docxToPdfBatch(docxs, undefined, faces);
  const out: DocumentComparison[] = [];
  for (const name of Object.keys(docs)) out.push(await compareDocument(name, docs[name]!, pdfs[name]!, converted[name]!));
  return out;
}

export function corpusFigures(results: readonly DocumentComparison[]): CorpusFigures {
  const sum = (f: (r: DocumentComparison) => number): number => results.reduce((s, r) => s + f(r), 0);
  const share = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  return {
    documents: results.length,
    rowsEqual: share(sum((r) => r.rows.common), sum((r) => Math.max(r.rows.ours, r.rows.theirs))),
    pageCountsEqual: share(sum((r) => (r.pages.ours === r.pages.theirs ? 1 : 0)), results.length),
    edgesEqual: share(sum((r) => r.edges.agree), sum((r) => r.edges.total)),
    checkOurs: share(sum((r) => (r.check.ours ? 1 : 0)), results.length),
    checkTheirs: share(sum((r) => (r.check.theirs ? 1 : 0)), results.length),
    wrappedDates: sum((r) => (r.wrappedDates.length > 0 ? 1 : 0)),
    colophonMoved: sum((r) => (r.colophonPage.ours !== r.colophonPage.theirs && r.colophonPage.theirs !== undefined ? 1 : 0)),
    colophonLost: sum((r) => (r.colophonPage.ours !== undefined && r.colophonPage.theirs === undefined ? 1 : 0)),
  };
}

export function formatFigures(title: string, f: CorpusFigures): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  return [
    title,
    `  documents                         ${f.documents}`,
    `  rows equal                        ${pct(f.rowsEqual)}`,
    `  page counts equal                 ${pct(f.pageCountsEqual)}`,
    `  pages with first & last rows equal ${pct(f.edgesEqual)}`,
    `  gongwen check passes, our PDF     ${pct(f.checkOurs)}`,
    `  gongwen check passes, LibreOffice ${pct(f.checkTheirs)}`,
    `  documents with a wrapped date row ${f.wrappedDates}`,
    `  documents whose 版记 moved page    ${f.colophonMoved}`,
    `  documents whose 版记 LibreOffice lost ${f.colophonLost}`,
  ].join('\n');
}

/**
 * Page-break agreement between our PDF and LibreOffice's rendering of our DOCX (same PagePlan):
 * npx tsx test/pdf/compareBreaks.ts. For each sample document and page, compares the first
 * and last characters of text on the page (folio and furniture removed). Prints the share of
 * pages that agree and the differences.
 */
import { renderDocx } from '../../src/docx/renderDocx.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import { drawPdf } from '../../src/pdf/drawPdf.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { docxToPdfBatch } from './libreofficeBatch.ts';
import { sampleDocuments } from '../support/sampleDocuments.ts';
import { pdfTexts } from './pdfProbe.ts';

function pageEdges(pages: string[], doc: OfficialDocument): { first: string; last: string }[] {
  return pages.map((page) => {
    let text = page.replace(/—\s*\d+\s*—/g, '').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
    for (const label of doc.furniture.pageSignatures ?? []) text = text.split(label).join('');
    text = text.replace(/[：:]?＿+/g, '');
    const flat = text.replace(/\s+/g, '');
    return { first: flat.slice(0, 6), last: flat.slice(-6) };
  });
}

/** Each document's PDFs: ours, and LibreOffice's of our DOCX. */
export type RenderedBoth = Record<string, { ours: Uint8Array; theirs: Uint8Array }>;

/** Each document's page texts (pdftotext -layout), in our PDF and in LibreOffice's PDF of our DOCX. */
export type PageTexts = Record<string, { ours: string[]; theirs: string[] }>;

/**
 * Renders every document both ways, one layout for both writers as renderCase does, with one
 * soffice run for all of them (a start-up per document cost most of these tests' time).
 */
export async function renderBoth(docs: Record<string, OfficialDocument>): Promise<RenderedBoth> {
  const fonts = await loadFontSet({ systemFonts: false });
  const ours: Record<string, Uint8Array> = {};
  const docxs: Record<string, Uint8Array> = {};
  for (const [name, doc] of Object.entries(docs)) {
    const layout = layoutDocument(doc, fonts);
    ours[name] = await drawPdf(doc, layout, fonts);
    docxs[name] = renderDocx(doc, { plan: layout.plan });
  }
  const theirs = docxToPdfBatch(docxs);
  return Object.fromEntries(Object.keys(docs).map((name) => [name, { ours: ours[name]!, theirs: theirs[name]! }]));
}

/** The page texts of both renderings, read in a few poppler runs (pdfTexts), not two per document. */
export async function pageTextsOf(rendered: RenderedBoth): Promise<PageTexts> {
  const names = Object.keys(rendered);
  const texts = await pdfTexts([...names.map((name) => rendered[name]!.ours), ...names.map((name) => rendered[name]!.theirs)]);
  return Object.fromEntries(names.map((name, i) => [name, { ours: texts[i]!, theirs: texts[names.length + i]! }]));
}

export async function renderPageTexts(docs: Record<string, OfficialDocument>): Promise<PageTexts> {
  return pageTextsOf(await renderBoth(docs));
}

/** For each document and page, the first and last characters of text on the page (folio and furniture removed) agree. */
export function breaksAgree(docs: Record<string, OfficialDocument>, texts: PageTexts): { agree: number; total: number; notes: string[] } {
  let agree = 0;
  let total = 0;
  const notes: string[] = [];
  for (const [name, doc] of Object.entries(docs)) {
    const ours = pageEdges(texts[name]!.ours, doc);
    const theirs = pageEdges(texts[name]!.theirs, doc);
    const pages = Math.max(ours.length, theirs.length);
    for (let p = 0; p < pages; p++) {
      total++;
      const a = ours[p];
      const b = theirs[p];
      if (a && b && a.first === b.first && a.last === b.last) agree++;
      else notes.push(`${name} p${p + 1}: PDF ${a ? `${a.first}…${a.last}` : '(none)'} | LibreOffice ${b ? `${b.first}…${b.last}` : '(none)'}`);
    }
  }
  return { agree, total, notes };
}

/**
 * Stricter, for many small documents: the whole text of every page (whitespace and folios
 * removed) is the same in our PDF and in LibreOffice's.
 */
export function pageTextsAgree(docs: Record<string, OfficialDocument>, texts: PageTexts): { agree: number; total: number; notes: string[] } {
  const flat = (page: string): string => page.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
  let agree = 0;
  const notes: string[] = [];
  for (const name of Object.keys(docs)) {
    const a = texts[name]!.ours.map(flat);
    const b = texts[name]!.theirs.map(flat);
    if (a.length === b.length && a.every((page, i) => page === b[i])) agree++;
    else {
      const p = a.findIndex((page, i) => page !== b[i]);
      const at = p < 0 ? a.length : p;
      notes.push(`${name}: ${a.length} vs ${b.length} pages; page ${at + 1} PDF「${a[at]?.slice(0, 12) ?? ''}…」LibreOffice「${b[at]?.slice(0, 12) ?? ''}…」`);
    }
  }
  return { agree, total: Object.keys(docs).length, notes };
}

export async function compareBreaks(docs: Record<string, OfficialDocument>): Promise<{ agree: number; total: number; notes: string[] }> {
  return breaksAgree(docs, await renderPageTexts(docs));
}

export async function comparePageTexts(docs: Record<string, OfficialDocument>): Promise<{ agree: number; total: number; notes: string[] }> {
  return pageTextsAgree(docs, await renderPageTexts(docs));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { agree, total, notes } = await compareBreaks(sampleDocuments);
  console.log(`pages agreeing: ${agree}/${total} (${((agree / total) * 100).toFixed(0)}%)`);
  for (const note of notes) console.log(`  ${note}`);
}

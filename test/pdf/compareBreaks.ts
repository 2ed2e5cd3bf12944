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
import { pdfText } from './pdfProbe.ts';

function pageEdges(pages: string[], doc: OfficialDocument): { first: string; last: string }[] {
  return pages.map((page) => {
    let text = page.replace(/—\s*\d+\s*—/g, '').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
    for (const label of doc.furniture.pageSignatures ?? []) text = text.split(label).join('');
    text = text.replace(/[：:]?＿+/g, '');
    const flat = text.replace(/\s+/g, '');
    return { first: flat.slice(0, 6), last: flat.slice(-6) };
  });
}

export async function compareBreaks(docs: Record<string, OfficialDocument>): Promise<{ agree: number; total: number; notes: string[] }> {
  const fonts = await loadFontSet({ systemFonts: false });
  let agree = 0;
  let total = 0;
  const notes: string[] = [];
  const pdfs: Record<string, Uint8Array> = {};
  const docxs: Record<string, Uint8Array> = {};
  for (const [name, doc] of Object.entries(docs)) {
    const layout = layoutDocument(doc, fonts);
    pdfs[name] = await drawPdf(doc, layout, fonts);
    docxs[name] = renderDocx(doc, { plan: layout.plan });
  }
  // One soffice run for all (a start-up per document cost most of this test's time).
  const converted = docxToPdfBatch(docxs, 100);
  for (const [name, doc] of Object.entries(docs)) {
    const ours = pageEdges(pdfText(pdfs[name]!), doc);
    const theirs = pageEdges(pdfText(converted[name]!), doc);
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
 * Stricter and faster for many small documents: the whole text of every page (whitespace and
 * folios removed) must be the same in our PDF and in LibreOffice's, converted in one soffice run.
 */
export async function comparePageTexts(docs: Record<string, OfficialDocument>): Promise<{ agree: number; total: number; notes: string[] }> {
  const fonts = await loadFontSet({ systemFonts: false });
  const flat = (page: string): string => page.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
  const ours: Record<string, string[]> = {};
  const docx: Record<string, Uint8Array> = {};
  for (const [name, doc] of Object.entries(docs)) {
    // One layout for both writers, as renderCase does.
    const layout = layoutDocument(doc, fonts);
    docx[name] = renderDocx(doc, { plan: layout.plan });
    ours[name] = pdfText(await drawPdf(doc, layout, fonts)).map(flat);
  }
  const converted = docxToPdfBatch(docx, 100);
  let agree = 0;
  const notes: string[] = [];
  for (const name of Object.keys(docs)) {
    const a = ours[name]!;
    const b = pdfText(converted[name]!).map(flat);
    if (a.length === b.length && a.every((page, i) => page === b[i])) agree++;
    else {
      const p = a.findIndex((page, i) => page !== b[i]);
      const at = p < 0 ? a.length : p;
      notes.push(`${name}: ${a.length} vs ${b.length} pages; page ${at + 1} PDF「${a[at]?.slice(0, 12) ?? ''}…」LibreOffice「${b[at]?.slice(0, 12) ?? ''}…」`);
    }
  }
  return { agree, total: Object.keys(docs).length, notes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { agree, total, notes } = await compareBreaks(sampleDocuments);
  console.log(`pages agreeing: ${agree}/${total} (${((agree / total) * 100).toFixed(0)}%)`);
  for (const note of notes) console.log(`  ${note}`);
}

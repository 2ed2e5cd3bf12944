/**
 * The DOCX writer: document model + page plan → OOXML built with the escaping XML builder →
 * docxtemplater fills the Word shell's {@frame} and {@body} tags (its pass runs once per shell,
 * preparedShell.ts) → the zip container (zipWriter.ts). It computes no rows of its
 * own: every page-level decision (where the 版记 lands, unnumbered pages, table row heights, the
 * signature's insets) comes from the layout engine's PagePlan, which the PDF writer draws too.
 */
import type { OfficialDocument, Table } from '../model/types.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import { rowPlan } from '../layout/gbt9704.ts';
import { element, toXmlString } from './xml.ts';
import { preparedShell } from './preparedShell.ts';
import { writeZip } from './zipWriter.ts';
import { DocxContext } from './context.ts';
import { empty, endSection, serialiseBody, type BodyItem } from './body.ts';
import { editSectPr, PackageEditor, sectPrXml, type SectionChange } from './sections.ts';
import { frameItems } from './parts/frame.ts';
import { addresseeRow, subtitleRows, titleRows } from './parts/title.ts';
import { blockItems, splitParagraphItems, type TableRowsOf } from './parts/blocks.ts';
import { attachmentNoteItems } from './parts/attachmentNote.ts';
import { signatureItems } from './parts/signature.ts';
import { attendanceItems, noteItems } from './parts/attendance.ts';
import { attachmentItems } from './parts/attachments.ts';
import { emptyFooterXml, OF_TOTAL_FOOTER_DISTANCE, ofTotalFooterXml } from './parts/footers.ts';
import { placeColophon } from './placeColophon.ts';
import { closingBlockCount, hasEndGroup } from '../layout/keepTogether.ts';

export interface RenderDocxOptions {
  /** An office's own Word shell (.docx bytes) with the {@frame} and {@body} tags (see SHELL.md). */
  shell?: Uint8Array;
  /** Page decisions of the layout engine (colophon position, unnumbered pages, table rows, signature). */
  plan: PagePlan;
}

/**
 * w:keepNext on every paragraph of the end group but its last and w:keepLines on all of them
 * (keepTogether.ts; LibreOffice otherwise splits a 列席 list across the page end): LibreOffice
 * and Word then carry the body's last paragraph — or, when the plan split it, its last two rows
 * — with 附件说明, signature, 附注 and attendance lists rather than leave any of them on a page
 * without body text.
 */
function keepEndGroup(items: BodyItem[], from: number): BodyItem[] {
  return items.map((item, i) => {
    if (i < from || item.kind !== 'p') return item;
    return { ...item, props: { ...item.props, keepLines: true, ...(i < items.length - 1 ? { keepNext: true } : {}) } };
  });
}

/**
 * The plan's row heights for each table, matched to the tables in document order (body, then
 * attachments). A plan made for another document is a programming error, never guessed around.
 */
function plannedTableRows(doc: OfficialDocument, plan: PagePlan): TableRowsOf {
  const tables = [...doc.body, ...doc.attachments.flatMap((attachment) => attachment.body)].filter((block): block is Table => block.type === 'table');
  const planned = plan.tableRows ?? [];
  const rows = new Map<Table, readonly number[]>();
  tables.forEach((table, i) => {
    const heights = planned[i];
    if (!heights || heights.length !== table.rows.length) throw new Error(`page plan has no row heights for table ${i + 1} of ${tables.length}: it was made for another document`);
    rows.set(table, heights);
  });
  return (table) => rows.get(table)!;
}

/** Everything from the title to the attachment pages, on the rows rowPlan fixes. */
function contentItems(doc: OfficialDocument, ctx: DocxContext, plan: PagePlan): BodyItem[] {
  const tableRows = plannedTableRows(doc, plan);
  const items: BodyItem[] = [];
  const title = doc.title.trim() === '' ? [] : titleRows(doc.title);
  const heading = [...title, ...subtitleRows(doc.subtitle)];
  items.push(...heading);
  // The body and its closing lines as the layout engine flows them (two runs of blocks).
  const closing = closingBlockCount(doc.body);
  const bodyBlocks = [...blockItems(doc.body.slice(0, doc.body.length - closing), tableRows), ...blockItems(doc.body.slice(doc.body.length - closing), tableRows)];
  const body = [...addresseeRow(doc.addressees), ...bodyBlocks];
  if (heading.length > 0 && body.length > 0) items.push(...empty(rowPlan.emptyRowsAfterTitle));
  items.push(...body);
  // The end group starts at the body's last paragraph before any closing lines (one item each).
  let groupStart = items.length - 1 - blockItems(doc.body.slice(doc.body.length - closingBlockCount(doc.body)), tableRows).length;
  const anchor = doc.body[doc.body.length - closingBlockCount(doc.body) - 1];
  if (plan.anchorSplit && anchor?.type === 'paragraph' && groupStart >= 0) {
    items.splice(groupStart, 1, ...splitParagraphItems(anchor, plan.anchorSplit.offset));
    groupStart += 1;
  }
  if (doc.attachmentNote.length > 0) {
    items.push(...empty(rowPlan.emptyRowsBeforeAttachmentNote), ...attachmentNoteItems(doc.attachmentNote));
  }
  const signature = signatureItems(doc.signature, plan.signature, ctx);
  if (signature.items.length > 0) {
    const gap = signature.sealed ? rowPlan.emptyRowsBeforeSealedSignature : rowPlan.emptyRowsBeforeUnsealedSignature;
    items.push(...empty(gap), ...signature.items);
  }
  items.push(...noteItems(doc.note));
  if (doc.attendance.length > 0) items.push(...empty(rowPlan.emptyRowsBeforeAttendance), ...attendanceItems(doc.attendance));
  const content = hasEndGroup(doc) && groupStart >= 0 ? keepEndGroup(items, groupStart) : items;
  for (const attachment of doc.attachments) content.push(...attachmentItems(attachment, tableRows));
  return content;
}

function coreProperties(doc: OfficialDocument): string {
  const core = element(
    'cp:coreProperties',
    {
      'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:dcterms': 'http://purl.org/dc/terms/',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    },
    [
      element('dc:title', {}, [doc.meta.title]),
      element('dc:subject', {}, [doc.meta.kindName]),
      element('dc:creator', {}, [doc.meta.author]),
      element('dc:language', {}, [doc.meta.lang]),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${toXmlString(core)}`;
}

function appProperties(doc: OfficialDocument): string {
  const app = element('Properties', { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' }, [
    element('Application', {}, ['gongwen']),
    element('Company', {}, [doc.meta.author]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${toXmlString(app)}`;
}

export function renderDocx(doc: OfficialDocument, options: RenderDocxOptions): Uint8Array {
  // Read, checked and through docxtemplater once per distinct shell (preparedShell.ts).
  const shell = preparedShell(options.shell);
  const ctx = new DocxContext();
  const pkg = new PackageEditor(shell.rels, shell.types);
  const baseSectPr = shell.baseSectPr;

  // Footers and headers of the numbered (main) section.
  const main: SectionChange = {};
  let emptyFooter: string | undefined;
  const getEmptyFooter = (): string => (emptyFooter ??= pkg.addFooter('footerGwEmpty', emptyFooterXml()));
  if (doc.furniture.folio === 'of-total') {
    const id = pkg.addFooter('footerGwOfTotal', ofTotalFooterXml(doc.furniture.pageSignatures ?? []));
    main.footers = { default: id, even: id };
    main.footerDistance = OF_TOTAL_FOOTER_DISTANCE;
  } else if (doc.furniture.folio === 'none') {
    main.footers = { default: getEmptyFooter(), even: getEmptyFooter() };
  }
  if (doc.layout === 'letter') {
    // The first page shows no folio (its mark and rules are drawn from the first row).
    main.titlePage = true;
    main.footers = { ...main.footers, first: getEmptyFooter() };
  }

  const frame = frameItems(doc, ctx);
  const placed = placeColophon(doc, contentItems(doc, ctx, options.plan), options.plan, ctx);
  const mainSectPr = editSectPr(baseSectPr, main);
  let body: BodyItem[] = placed.content;
  let finalSectPr = mainSectPr;
  if (placed.unnumberedTail.length > 0) {
    body = [...endSection(placed.content, sectPrXml(mainSectPr)), ...placed.unnumberedTail];
    const none = getEmptyFooter();
    finalSectPr = editSectPr(baseSectPr, { footers: { default: none, even: none, first: none }, nextPage: true });
  }

  pkg.setPart('docProps/core.xml', coreProperties(doc));
  if (shell.hasAppProperties) pkg.setPart('docProps/app.xml', appProperties(doc), { repeats: true });
  for (const media of ctx.media) pkg.addImage(media.relId, media.path, media.data);

  const parts = shell.fill(toXmlString(serialiseBody(frame)), toXmlString(serialiseBody(body)), finalSectPr);
  // Generated parts after the template pass: their text (titles, names) is data, never tags.
  pkg.save(parts);
  // The same document gives the same bytes: every entry carries one fixed date (zipWriter.ts).
  return writeZip([...parts.values()]);
}

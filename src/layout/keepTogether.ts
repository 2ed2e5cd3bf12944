/**
 * The end group both writers keep on one page (GB/T 9704 7.3.5: a page never holds the
 * signature, date or seal without body text — no "此页无正文"):
 *
 *   the body's last paragraph (all its rows) + the body's closing lines + 附件说明 (all its
 *   rows) + the signature (issuer, date, seal) + 附注 + the minutes' 出席/请假/列席 lists,
 *   with the empty spacer rows between them.
 *
 * DOCX: w:keepNext on every paragraph of the group but the last (LibreOffice then moves the
 * whole last body paragraph with the rest, never splits it). PDF: pagination moves the same
 * group by the same rule. Attachments (new pages) and the 版记 are not part of it.
 */
import type { Block, OfficialDocument } from '../model/types.ts';

/**
 * Closing lines: the right-aligned paragraphs that end the body (a talk record's
 * 被谈话人（签名）： and date, written as body text). They belong to the end group and are kept
 * with the paragraph before them; at least one block before them stays body text.
 */
export function closingBlockCount(body: readonly Block[]): number {
  let n = 0;
  for (let i = body.length - 1; i > 0; i--) {
    const block = body[i]!;
    if (block.type !== 'paragraph' || block.align !== 'right') break;
    n++;
  }
  return n;
}

/** Whether anything follows the body's last paragraph that must stay with it. */
export function hasEndGroup(doc: OfficialDocument): boolean {
  return (
    closingBlockCount(doc.body) > 0 ||
    doc.attachmentNote.length > 0 ||
    doc.signature !== undefined ||
    Boolean(doc.note) ||
    doc.attendance.length > 0
  );
}

/**
 * A heading standing alone (no run-in text) keeps with the block after it, so a page never
 * ends on a heading: DOCX w:keepNext and w:keepLines on it, and pagination moves it (with the
 * headings chained before it) to the next page. Not before a table: the DOCX keeps only
 * paragraphs together (LibreOffice ignores keeps in front of a one-row table), so neither does
 * pagination.
 */
export function keepsWithNext(blocks: readonly Block[], i: number): boolean {
  const block = blocks[i];
  const next = blocks[i + 1];
  return block?.type === 'heading' && !block.runIn && next !== undefined && next.type !== 'table';
}

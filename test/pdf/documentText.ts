/** The text a document must show, in reading order, from the model (for extraction tests). */
import type { Block, Inline, OfficialDocument } from '../../src/model/types.ts';

function inline(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'break' ? '' : inline(n.children))).join('');
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return [inline(b.children)];
    case 'heading':
      return [b.number + inline(b.children) + (b.runIn ? inline(b.runIn) : '')];
    case 'list':
      return b.items.flatMap((item) => item.children.map((p, k) => (k === 0 ? item.marker : '') + inline(p.children)));
    case 'table':
      return b.rows.flatMap((row) => row.cells.map((cell) => cell.children.map((p) => inline(p.children)).join('')));
  }
}

/** Pieces of text in reading order (each must appear, whitespace aside, after the previous). */
export function documentPieces(doc: OfficialDocument): string[] {
  const pieces: string[] = [];
  const h = doc.header;
  // A letter's mark stands above the 份号 row; elsewhere rows 1–3 come before the mark.
  const order = doc.layout === 'letter' ? [h.issuerMark, h.copyNumber, h.secrecy, h.urgency, h.docNumber] : [h.copyNumber, h.secrecy, h.urgency, h.issuerMark, h.docNumber, h.session];
  for (const v of order) if (v) pieces.push(v);
  if (doc.title) pieces.push(doc.title.replace(/\n/g, ''));
  if (doc.layout === 'plain') pieces.push(...doc.subtitle);
  if (doc.addressees.length) pieces.push(`${doc.addressees.join('、')}：`);
  pieces.push(...doc.body.flatMap(block));
  doc.attachmentNote.forEach((name, i) => pieces.push((i === 0 ? '附件：' : '') + (doc.attachmentNote.length > 1 ? `${i + 1}.` : '') + name));
  if (doc.layout === 'minutes') for (const a of doc.attendance) pieces.push(`${a.label.replace(/：$/, '')}：${a.names.join('、')}`);
  if (doc.signature) pieces.push(...doc.signature.issuers, doc.signature.date);
  if (doc.note) pieces.push(doc.note);
  for (const a of doc.attachments) {
    pieces.push(a.number !== undefined ? `附件${a.number}` : '附件', a.title, ...a.body.flatMap(block));
  }
  if (doc.colophon?.cc.length) pieces.push(`抄送：${doc.colophon.cc.join('，')}。`);
  if (doc.colophon?.printer && doc.layout !== 'letter') pieces.push(doc.colophon.printer.name, `${doc.colophon.printer.date}印发`);
  return pieces;
}

/** Index after the last piece found in order, or the first piece missing. */
export function findInOrder(text: string, pieces: readonly string[]): { missing?: string; at?: number } {
  const flat = text.replace(/\s+/g, '');
  let from = 0;
  for (const piece of pieces) {
    const p = piece.replace(/\s+/g, '');
    const at = flat.indexOf(p, from);
    if (at < 0) return { missing: piece, at: from };
    from = at + p.length;
  }
  return {};
}

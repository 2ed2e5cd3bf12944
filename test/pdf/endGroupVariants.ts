/**
 * Documents whose end group (keepTogether.ts: the body's last paragraph, 附件说明, signature,
 * 附注, attendance lists, closing lines) falls across a page end at every offset, for comparing
 * our pagination with LibreOffice's rendering of our DOCX. Plain layout, no title: the body
 * starts on row 1, and `fill` one-row paragraphs push the group down row by row.
 */
import type { AttendanceList, Block, OfficialDocument, Paragraph } from '../../src/model/types.ts';
import { sealPng } from '../support/sampleDocuments.ts';
import { plainDocument } from '../support/plainDocument.ts';

const para = (value: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }], ...extra });

/** Han text without punctuation that could move a row break: `cells` characters and a 。. */
const CHARS = '监督检查工作情况汇报研究部署整改落实推进制度建设';
const han = (cells: number, seed = 0): string =>
  Array.from({ length: cells - 1 }, (_, i) => CHARS[(i + seed) % CHARS.length]).join('') + '。';

/** A first-line-indented paragraph of exactly `rows` rows (26 cells on the first, 28 after). */
export const rowsParagraph = (rows: number, seed = 0): Paragraph => para(han(rows === 1 ? 20 : 26 + 28 * (rows - 2) + 10, seed));

export interface EndGroupVariant {
  /** Rows of the body's last paragraph. */
  lastRows: number;
  /** 附件说明 names (a long name wraps to a second row). */
  note: string[];
  sealed: boolean;
  /** 附注. */
  remark?: string;
  attendance?: AttendanceList[];
  /** Talk-record style closing lines (right-aligned body paragraphs) instead of a signature. */
  closing?: boolean;
  noSignature?: boolean;
  /** The body ends with a ruled table of this many one-row rows instead of the paragraph. */
  lastTable?: number;
}

/** Attachment-note shapes: none, 1–3 one-row names, a two-row name, a one-row and a two-row name. */
export const noteShapes: Record<string, string[]> = {
  n0: [],
  n1: ['整改任务清单'],
  n2: ['整改任务清单', '问题明细表'],
  nL: ['关于某某市住房保障资格审核和房源分配调整情况的专项检查问题明细表'],
  n3: ['整改任务清单', '问题明细表', '人员登记表'],
  n1L: ['整改任务清单', '关于某某市住房保障资格审核和房源分配调整情况的专项检查问题明细表'],
};

/** Rows the group takes (our layout): last paragraph, note, signature, remark, attendance. */
export function groupRows(v: EndGroupVariant): number {
  const noteRows = v.note.reduce((n, name) => n + (name.length > 20 ? 2 : 1), 0);
  let rows = (v.lastTable ?? v.lastRows) + (noteRows > 0 ? 1 + noteRows : 0);
  if (v.closing) rows += 2;
  if (!v.noSignature && !v.closing) rows += (v.sealed ? 2 : 1) + 2;
  if (v.remark) rows += 1;
  if (v.attendance) rows += 1 + v.attendance.length;
  return rows;
}

export function endGroupDocument(v: EndGroupVariant, fill: number): OfficialDocument {
  const body: Block[] = [
    ...Array.from({ length: fill }, (_, i) => para(`第${i + 1}项已核实。`)),
  ];
  if (v.lastTable) {
    body.push({
      type: 'table',
      headerRows: 0,
      rows: Array.from({ length: v.lastTable }, (_, r) => ({ cells: [{ children: [para(`第${r + 1}行`)] }, { children: [para('已整改')] }] })),
    });
  } else body.push(rowsParagraph(v.lastRows, fill));
  if (v.closing) body.push(para('被谈话人（签名）：　　　　　　', { align: 'right' }), para('2026年11月20日', { align: 'right' }));
  const signature: OfficialDocument['signature'] =
    v.noSignature || v.closing
      ? undefined
      : { issuers: ['中共某某市纪律检查委员会'], date: '2026年11月24日', seals: v.sealed ? [{ data: sealPng(), format: 'png' }] : undefined };
  return plainDocument('end-group', body, {
    attachmentNote: v.note,
    signature,
    note: v.remark,
    attendance: v.attendance ?? [],
    furniture: { folio: 'dash', duplex: true },
  });
}

/**
 * For each variant, the fills that put the group across the page end at every offset (its
 * first row from 22 − rows + 1 … 22), plus the exact fit and the start on a fresh page.
 */
export function endGroupDocuments(variants: Record<string, EndGroupVariant>, offsets?: (rows: number) => number[]): Record<string, OfficialDocument> {
  const docs: Record<string, OfficialDocument> = {};
  for (const [name, v] of Object.entries(variants)) {
    const rows = groupRows(v);
    const fills = offsets ? offsets(rows) : Array.from({ length: rows + 1 }, (_, k) => 22 - rows + k);
    for (const fill of fills) if (fill >= 0) docs[`${name}-f${fill}`] = endGroupDocument(v, fill);
  }
  return docs;
}

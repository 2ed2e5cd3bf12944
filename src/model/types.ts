/**
 * The document model: the contract between readers (case → template → Markdown → model)
 * and writers (DOCX, PDF). It knows nothing about either input or output format.
 * Plain data only (no classes, no functions), so it can cross worker threads.
 */

/** Which 公文 format lays out the frame (GB/T 9704 §10–§11). */
export type Layout = 'document' | 'letter' | 'minutes' | 'plain';

/**
 * A typeface by its role. Writers map a role to real fonts:
 * DOCX names the office font (仿宋_GB2312 …), the PDF writer resolves a file.
 */
export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

/* ---------- Inline content ---------- */

export interface Text {
  type: 'text';
  value: string;
  /** Overrides the face of the enclosing block (e.g. a 问： label in 黑体). */
  font?: FontRole;
}
export interface Strong {
  type: 'strong';
  children: Inline[];
}
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}
/** A hard line break inside a paragraph. */
export interface Break {
  type: 'break';
}
export type Inline = Text | Strong | Emphasis | Break;

/* ---------- Blocks ---------- */

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  /** Default 'first-line' (two cells). 'none' is flush left (e.g. 同志们：). */
  indent?: 'first-line' | 'none';
  /** Default 'justify'. */
  align?: 'justify' | 'left' | 'center' | 'right';
  /** Default face of the paragraph; default 'fangsong'. */
  font?: FontRole;
}

/**
 * A numbered heading of level 1–4 (一、（一）1.（1）). `number` holds the numbering
 * prefix as it will print ('一、', '（一）', '1.', '（1）'), or '' when the text already
 * carries its own (kept as written, e.g. 第一，…). A heading that ends with 。 may run
 * into its paragraph: `runIn` then holds the rest of that paragraph, set in body face.
 */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  number: string;
  children: Inline[];
  runIn?: Inline[];
}

export interface ListItem {
  /** The marker as it prints: '1.', '（1）', '●'… */
  marker: string;
  children: Paragraph[];
}
export interface List {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface TableCell {
  children: Paragraph[];
  align?: 'left' | 'center' | 'right';
  /** Cells are set in this face (default fangsong). */
  font?: FontRole;
}
export interface TableRow {
  cells: TableCell[];
}
export interface Table {
  type: 'table';
  rows: TableRow[];
  /**
   * Relative column widths (any positive numbers; writers normalise to the block width).
   * Absent: equal widths.
   */
  columnWidths?: number[];
  /** The first `headerRows` rows are headings (set in 黑体, repeated on a new page). */
  headerRows: number;
}

export type Block = Paragraph | Heading | List | Table;

/* ---------- The frame around the body ---------- */

export interface DocumentHeader {
  /** 份号: six digits. */
  copyNumber?: string;
  /** 密级和保密期限. */
  secrecy?: string;
  /** 紧急程度. */
  urgency?: string;
  /** 发文机关标志, red (document: "…文件"; letter: issuer name; minutes: "…纪要"). */
  issuerMark?: string;
  /** 发文字号 with 〔〕, e.g. 某纪建〔2026〕3号. */
  docNumber?: string;
  /** 签发人 (upward documents only); when present the number moves flush left. */
  signers?: string[];
  /** Minutes: the session line under the mark (e.g. 第5次). */
  session?: string;
}

export interface SealImage {
  /** PNG or JPEG bytes. */
  data: Uint8Array;
  format: 'png' | 'jpeg';
  /** Diameter to draw, in mm (default gbt9704 signature.sealDiameterMm). */
  diameterMm?: number;
}

export interface Signature {
  /** Issuer names, one per line (joint documents list several). */
  issuers: string[];
  /** 成文日期 as it prints: 2026年11月24日. */
  date: string;
  /** Seals in issuer order; empty or absent: the unsealed form. */
  seals?: SealImage[];
  /** JSON pointer of the case field each issuer name comes from (for errors), e.g. /issuer/name. */
  issuerFields?: string[];
}

/** Minutes: 出席：/请假：/列席： lists. */
export interface AttendanceList {
  label: string;
  names: string[];
}

/** An attachment page (附件): starts on a new page before the colophon. */
export interface Attachment {
  /** 1-based number; absent when the document has a single attachment. */
  number?: number;
  title: string;
  body: Block[];
}

/** 版记. */
export interface Colophon {
  /** 抄送 recipients. */
  cc: string[];
  /** 印发机关 and 印发日期 (as it prints: 2026年11月25日). */
  printer?: { name: string; date: string };
}

/** What each page carries at its foot. */
export interface PageFurniture {
  /** 'dash': — N — odd right, even left; 'of-total': 第X页 共Y页 centred; 'none'. */
  folio: 'dash' | 'of-total' | 'none';
  /** Signature lines printed on every page (talk record: 被谈话人签名： 记录人签名：). */
  pageSignatures?: string[];
  /** Print double-sided: the colophon falls on an even page. Default true. */
  duplex?: boolean;
}

export interface DocumentMeta {
  /** The case id; output files are named from it. */
  id: string;
  /** The document kind (e.g. rectification-suggestion). */
  kind: string;
  /** The kind's Chinese name (e.g. 整改建议书), for the PDF subject. */
  kindName: string;
  /** PDF title. */
  title: string;
  /** PDF author: the issuer. */
  author: string;
  /** ISO date of the document (creation date of the PDF). */
  date: string;
  /** BCP 47 language. */
  lang: string;
}

export interface OfficialDocument {
  meta: DocumentMeta;
  layout: Layout;
  header: DocumentHeader;
  /** The title; '' for none. Explicit row breaks may be given with '\n'. */
  title: string;
  /** Rows centred under the title in 楷体 (a speech's date and speaker). */
  subtitle: string[];
  /** 主送机关, printed joined with 、 and ending with ：. Empty for none. */
  addressees: string[];
  body: Block[];
  /** 附件说明: attachment names in order. */
  attachmentNote: string[];
  signature?: Signature;
  /** 附注, printed in parentheses below the date. */
  note?: string;
  /** Minutes attendance lists after the body. */
  attendance: AttendanceList[];
  attachments: Attachment[];
  colophon?: Colophon;
  furniture: PageFurniture;
}

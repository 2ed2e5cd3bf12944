/**
 * The data that flows through a batch: items (one document each) from the inputs, what a worker
 * reports back for each, and the manifest entry the run records. Plain data only: every value
 * here crosses the worker_threads boundary by structured clone.
 */
import type { OutputFormat } from '../render/outputFormats.ts';

/**
 * Where a worker reads an item's JSON: bytes start..end of a file (a case file, a line of a JSON
 * Lines file), or text the main thread holds (an element of an array, a --rows row). A folder of
 * case files or a JSON Lines file of 10,000 cases costs the main thread a few numbers per case,
 * not the cases' text.
 */
export type ItemJson = { file: string; start: number; end: number } | { text: string };

/**
 * What the main thread reads of a case before any validation: its file name (id, kind) and what
 * the register needs (number, issuer, date). Strings only where the raw case had strings.
 */
export interface CaseFacts {
  id?: string;
  kind?: string;
  docNumber?: string;
  /** issuer.name, as found (any type, for the register's message). */
  issuerName?: unknown;
  /** The ISO date part of the case's date (caseDate.ts). */
  date?: string;
}

/** What a worker validates into one case. */
export type ItemPayload =
  /** A case as found at `pointer` of its file (or built from a --rows row). */
  | { type: 'value'; json: ItemJson; facts: CaseFacts }
  /**
   * One document of a {case, documents} form: pointer is that of the document. `shared` is the
   * form's case as JSON text, one string for all its documents.
   */
  | { type: 'document'; shared: string; document: string; formPointer: string; documentIndex: number; facts: CaseFacts }
  /** The file could not be read or parsed: the item is failed before any worker sees it. */
  | { type: 'error'; error: ItemError }
  /**
   * Rendered and booked: runBatch drops what it held of the case, so the main thread of a long
   * batch does not keep every case to the end.
   */
  | { type: 'released' };

/** One document of the batch. */
export interface BatchItem {
  /** Position in the batch (input order), 0-based. */
  index: number;
  /** Absolute path of the file the item came from (a case file, or the --rows table). */
  source: string;
  /** JSON pointer of the item inside its file ('' for a file holding one case). */
  pointer: string;
  /** 1-based line of a JSON Lines file, or 1-based data row of a --rows table. */
  row?: number;
  /** --rows: the base case file (relative paths in the case, such as a seal image, start there). */
  caseSource?: string;
  /** --rows: the column that set each overridden pointer, for naming the column of an error. */
  columns?: Record<string, string>;
  /** Output file name without extension, distinct within the batch. */
  stem: string;
  payload: ItemPayload;
}

/** The work order a worker receives. */
export interface WorkOrder {
  item: BatchItem;
  /** Absolute output paths, one per format, in format order. */
  paths: { format: OutputFormat; path: string }[];
  /** Existing files at these paths may be replaced (--force, or ours from the resumed run). */
  replace: boolean;
  /** A 发文字号 assigned by the register, for a case that has none. */
  docNumber?: string;
}

/** An item's failure, with where: file, row, column (of --rows), JSON pointer. */
export interface ItemError {
  /** Error class name (CaseError, TemplateError, WorkerCrashError …). */
  name: string;
  file: string;
  row?: number;
  column?: string;
  /** Pointer of the first problem (or of the item when the problem is the whole item). */
  pointer: string;
  message: { zh: string; en: string };
  /** Each problem of a case, located by pointer. */
  issues: { pointer: string; column?: string; zh: string; en: string }[];
}

export interface WrittenOutput {
  format: OutputFormat;
  /** Absolute path. */
  path: string;
  sha256: string;
  bytes: number;
}

/** A worker's answer for one order. */
export type WorkResult =
  | {
      status: 'ok';
      index: number;
      id: string;
      kind: string;
      title: string;
      issuer: string;
      date?: string;
      docNumber?: string;
      outputs: WrittenOutput[];
      warnings: string[];
      /** The PDF's page count (for the print bundle). */
      pages: number;
    }
  | { status: 'skipped'; index: number; reason: 'exists'; message: { zh: string; en: string } }
  | { status: 'failed'; index: number; error: ItemError };

export type ItemStatus = 'ok' | 'failed' | 'skipped' | 'pending';

/** One entry of manifest.json. Paths of outputs are relative to the output folder. */
export interface ManifestItem {
  index: number;
  /** The input file, relative to the working directory. */
  input: string;
  pointer: string;
  row?: number;
  status: ItemStatus;
  /** Why an item was skipped: its output exists (no --force), or the run was interrupted first. */
  reason?: 'exists' | 'interrupted';
  id?: string;
  kind?: string;
  title?: string;
  issuer?: string;
  date?: string;
  docNumber?: string;
  pages?: number;
  outputs: { format: OutputFormat; path: string; sha256?: string; bytes?: number }[];
  warnings: string[];
  error?: ItemError;
  /** The reviewer's mark from gongwen preview (.reviews.json beside the cases), when there is one. */
  review?: { status: 'approved' | 'returned'; comment: string };
}

export interface Manifest {
  gongwen: 'batch-manifest';
  version: 1;
  formats: OutputFormat[];
  summary: { total: number; ok: number; failed: number; skipped: number; pending: number };
  items: ManifestItem[];
}

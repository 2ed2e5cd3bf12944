/**
 * manifest.json of an output folder: every item of the batch with its status, output paths
 * (relative to the folder), sha256 of each output, warnings and, for failures, the error with
 * file, row and pointer. Written with errors.txt through writeOutputs (temporaries, then rename), one
 * write at a time.
 * Nothing in it depends on the clock or the machine, so a resumed run writes the same manifest
 * as an uninterrupted one.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { join, relative, sep } from 'node:path';
import { writeOutputs } from '../output/writeOutputs.ts';
import type { OutputFormat } from '../render/outputFormats.ts';
import { EntrySpill } from './entrySpill.ts';
import { formatErrors } from './formatErrors.ts';
import type { BatchItem, Manifest, ManifestItem, WorkResult } from './types.ts';

export const MANIFEST_NAME = 'manifest.json';
export const ERRORS_NAME = 'errors.txt';

const OPEN_ITEMS = Buffer.from('[\n    ');
const BETWEEN_ITEMS = Buffer.from(',\n    ');
const CLOSE_ITEMS = Buffer.from('\n  ]');

const utf8 = new TextDecoder();

const posix = (path: string): string => path.split(sep).join('/');

/** The key of an item across runs: its file, pointer and row. */
export const itemKey = (entry: { input: string; pointer: string; row?: number }): string => `${entry.input}\u0000${entry.pointer}\u0000${entry.row ?? ''}`;

export function inputLabel(source: string, cwd = process.cwd()): string {
  const rel = relative(cwd, source);
  return posix(rel.startsWith('..') || rel === '' ? source : rel);
}

/** What the book keeps of each item: its status, with why it was skipped. */
const PENDING = 0;
const OK = 1;
const FAILED = 2;
const EXISTS = 3;
const INTERRUPTED = 4;
type Code = typeof PENDING | typeof OK | typeof FAILED | typeof EXISTS | typeof INTERRUPTED;

/**
 * The manifest of a batch as it goes. A recorded entry goes to disk as its text in manifest.json
 * (EntrySpill) the moment it is recorded; the book keeps a status code an item, and builds an
 * item still to be done from the item itself. So the main thread of a 10,000-item batch holds
 * no entry objects nor their bytes, and every write of manifest.json serialises only what is
 * pending.
 */
export class ManifestBook {
  private readonly codes: Uint8Array;
  private readonly counts = [0, 0, 0, 0, 0];
  private readonly spill: EntrySpill;
  /** Each input file's label, once (a JSON Lines file of 10,000 cases is one source). */
  private readonly labels = new Map<string, string>();
  /** The write in progress, and whether another was asked for meanwhile (then one more follows it). */
  private writing: Promise<void> | undefined;
  private again = false;
  private lastWrite: Promise<void> = Promise.resolve();
  /** Milliseconds the last write spent on this thread (runBatch spaces writes by it). */
  lastBuildMs = 0;

  constructor(
    private readonly outDir: string,
    private readonly formats: OutputFormat[],
    private readonly items: readonly BatchItem[],
    private readonly lang: 'zh' | 'en',
    private readonly reviews: ReadonlyMap<number, { status: 'approved' | 'returned'; comment: string }> = new Map(),
  ) {
    this.codes = new Uint8Array(items.length);
    this.counts[PENDING] = items.length;
    this.spill = new EntrySpill(outDir, items.length);
  }

  get size(): number {
    return this.items.length;
  }

  /** The key of item `index` across runs (itemKey). */
  keyOf(index: number): string {
    const item = this.items[index]!;
    return itemKey({ input: this.labelOf(item.source), pointer: item.pointer, ...(item.row !== undefined ? { row: item.row } : {}) });
  }

  /** Absolute output paths of an item, in format order. */
  pathsOf(index: number): { format: OutputFormat; path: string }[] {
    const stem = this.items[index]!.stem;
    return stem === '' ? [] : this.formats.map((format) => ({ format, path: join(this.outDir, `${stem}.${format}`) }));
  }

  /** Item `index`'s entry as the manifest has it now. */
  entryAt(index: number): ManifestItem {
    const code = this.codes[index] as Code;
    if (code === PENDING || code === INTERRUPTED) return this.unrecorded(index, code);
    return JSON.parse(utf8.decode(this.spill.get(index))) as ManifestItem;
  }

  /** Every item's entry as it would be were none of them done yet, in input order. */
  *pendingEntries(): Generator<ManifestItem> {
    for (let i = 0; i < this.items.length; i++) yield this.unrecorded(i, PENDING);
  }

  /**
   * Carries an entry of the previous run over (its outputs were verified), with the reviewer's
   * mark of now: a document marked since that run shows its new mark, as an uninterrupted run would.
   */
  carry(index: number, previous: ManifestItem): void {
    const { review: _, ...carried } = previous;
    this.put(index, OK, { ...carried, index, ...this.reviewOf(index) });
  }

  record(result: WorkResult): void {
    const item = this.items[result.index]!;
    const base = { index: result.index, input: this.labelOf(item.source), pointer: item.pointer, ...(item.row !== undefined ? { row: item.row } : {}) };
    // The reviewer's mark stays with the item whatever the run made of it.
    const review = this.reviewOf(result.index);
    if (result.status === 'ok') {
      this.put(result.index, OK, {
        ...base,
        status: 'ok',
        id: result.id,
        kind: result.kind,
        title: result.title,
        issuer: result.issuer,
        ...(result.date ? { date: result.date } : {}),
        ...(result.docNumber ? { docNumber: result.docNumber } : {}),
        pages: result.pages,
        outputs: result.outputs.map((output) => ({ format: output.format, path: posix(relative(this.outDir, output.path)), sha256: output.sha256, bytes: output.bytes })),
        warnings: result.warnings,
        ...review,
      });
    } else if (result.status === 'skipped') {
      this.put(result.index, EXISTS, { ...base, status: 'skipped', reason: 'exists', outputs: this.outputsOf(result.index), warnings: [result.message[this.lang]], ...review });
    } else {
      this.put(result.index, FAILED, { ...base, status: 'failed', outputs: [], warnings: [], error: { ...result.error, file: base.input }, ...review });
    }
  }

  /** Adds a warning to an entry (what could not be booked beside a written document). */
  warn(index: number, message: string): void {
    const entry = this.entryAt(index);
    this.put(index, this.codes[index] as Code, { ...entry, warnings: [...entry.warnings, message] });
  }

  /** Items never processed, once the run stops early (Ctrl-C). */
  markInterrupted(): void {
    for (let i = 0; i < this.codes.length; i++) if (this.codes[i] === PENDING) this.setCode(i, INTERRUPTED);
  }

  summary(): Manifest['summary'] {
    const [pending, ok, failed, exists, interrupted] = this.counts as [number, number, number, number, number];
    return { total: this.items.length, ok, failed, skipped: exists + interrupted, pending };
  }

  /** Items skipped because an output was there already. */
  get existing(): number {
    return this.counts[EXISTS]!;
  }

  /**
   * Absolute paths of the written outputs in `format`, in input order. A written item's outputs
   * are at pathsOf (a carried one's too: planResume carries only entries with this run's paths).
   */
  writtenPaths(format: OutputFormat): string[] {
    const paths: string[] = [];
    for (let i = 0; i < this.codes.length; i++) {
      if (this.codes[i] === OK) for (const output of this.pathsOf(i)) if (output.format === format) paths.push(output.path);
    }
    return paths;
  }

  /** The whole manifest as objects (for tests and small batches; a run writes it from pieces). */
  toManifest(): Manifest {
    return { ...this.head(), items: Array.from({ length: this.items.length }, (_, i) => this.entryAt(i)) };
  }

  /**
   * manifest.json's bytes, in pieces: JSON.stringify(manifest, null, 2) as UTF-8, the recorded
   * entries read back from the spill as they were written. The state is taken when the pieces
   * are asked for: an entry recorded while they are written is in the next write.
   */
  *manifestPieces(): Generator<Uint8Array> {
    const codes = this.codes.slice();
    const head = JSON.stringify({ ...this.head(), items: [] }, null, 2);
    // head ends with '"items": []\n}'.
    yield Buffer.from(head.slice(0, head.length - '[]\n}'.length));
    if (codes.length === 0) yield Buffer.from('[]');
    else {
      yield OPEN_ITEMS;
      for (let i = 0; i < codes.length; i++) {
        if (i > 0) yield BETWEEN_ITEMS;
        const code = codes[i] as Code;
        yield code === PENDING || code === INTERRUPTED ? entryBytes(this.unrecorded(i, code)) : this.spill.get(i);
      }
      yield CLOSE_ITEMS;
    }
    yield Buffer.from('\n}\n');
  }

  /** errors.txt as it is now. */
  errorsText(): string {
    const failed: ManifestItem[] = [];
    for (let i = 0; i < this.codes.length; i++) if (this.codes[i] === FAILED) failed.push(this.entryAt(i));
    return formatErrors({ summary: this.summary(), items: failed }, this.lang);
  }

  /**
   * Writes manifest.json and errors.txt as they are now. Asked while a write is in progress, the
   * next write waits for it and takes the state of then (asks in between fold into one): a slow
   * disk never queues up copies of a large manifest.
   */
  write(): Promise<void> {
    if (this.writing) {
      this.again = true;
      return this.writing.then(() => this.lastWrite);
    }
    const run = async (): Promise<void> => {
      try {
        do {
          this.again = false;
          const start = performance.now();
          this.lastWrite = writeOutputs(
            [
              { path: join(this.outDir, MANIFEST_NAME), bytes: () => this.manifestPieces() },
              { path: join(this.outDir, ERRORS_NAME), bytes: Buffer.from(this.errorsText()) },
            ],
            { force: true },
          );
          await this.lastWrite.catch(() => undefined);
          this.lastBuildMs = performance.now() - start;
        } while (this.again);
      } finally {
        // In the same step as the last check of `again`: no ask can fall between them.
        this.writing = undefined;
      }
    };
    this.writing = run();
    return this.writing.then(() => this.lastWrite);
  }

  /** Removes the spilled entries (once the last manifest is written). */
  close(): void {
    this.spill.close();
  }

  private head(): Omit<Manifest, 'items'> {
    return { gongwen: 'batch-manifest', version: 1, formats: this.formats, summary: this.summary() };
  }

  private put(index: number, code: Code, entry: ManifestItem): void {
    this.spill.put(index, entryBytes(entry));
    this.setCode(index, code);
  }

  private setCode(index: number, code: Code): void {
    this.counts[this.codes[index]!]!--;
    this.codes[index] = code;
    this.counts[code]!++;
  }

  private unrecorded(index: number, code: typeof PENDING | typeof INTERRUPTED): ManifestItem {
    const item = this.items[index]!;
    return {
      index,
      input: this.labelOf(item.source),
      pointer: item.pointer,
      ...(item.row !== undefined ? { row: item.row } : {}),
      status: code === PENDING ? 'pending' : 'skipped',
      outputs: this.outputsOf(index),
      warnings: [],
      ...this.reviewOf(index),
      ...(code === INTERRUPTED ? { reason: 'interrupted' as const } : {}),
    };
  }

  private outputsOf(index: number): ManifestItem['outputs'] {
    const stem = this.items[index]!.stem;
    return stem === '' ? [] : this.formats.map((format) => ({ format, path: `${stem}.${format}` }));
  }

  private reviewOf(index: number): { review?: { status: 'approved' | 'returned'; comment: string } } {
    const review = this.reviews.get(index);
    return review ? { review } : {};
  }

  private labelOf(source: string): string {
    let label = this.labels.get(source);
    if (label === undefined) {
      label = inputLabel(source);
      this.labels.set(source, label);
    }
    return label;
  }
}

/** An entry's text in manifest.json: it sits at depth 2, so its lines get 4 more spaces. */
function entryBytes(entry: ManifestItem): Uint8Array {
  return Buffer.from(JSON.stringify(entry, null, 2).replaceAll('\n', '\n    '));
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  const text = await readFile(join(outDir, MANIFEST_NAME), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as Manifest;
    return manifest.gongwen === 'batch-manifest' && Array.isArray(manifest.items) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

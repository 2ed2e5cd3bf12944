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
import { formatErrors } from './formatErrors.ts';
import type { BatchItem, Manifest, ManifestItem, WorkResult } from './types.ts';

export const MANIFEST_NAME = 'manifest.json';
export const ERRORS_NAME = 'errors.txt';

const OPEN_ITEMS = Buffer.from('[\n    ');
const BETWEEN_ITEMS = Buffer.from(',\n    ');
const CLOSE_ITEMS = Buffer.from('\n  ]');

const posix = (path: string): string => path.split(sep).join('/');

/** The key of an item across runs: its file, pointer and row. */
export const itemKey = (entry: { input: string; pointer: string; row?: number }): string => `${entry.input}\u0000${entry.pointer}\u0000${entry.row ?? ''}`;

export function inputLabel(source: string, cwd = process.cwd()): string {
  const rel = relative(cwd, source);
  return posix(rel.startsWith('..') || rel === '' ? source : rel);
}

export class ManifestBook {
  readonly entries: ManifestItem[];
  /**
   * Each entry's text in manifest.json as UTF-8, made once per entry object (an entry is replaced,
   * never edited, once recorded); bytes, as a cached string was a tree of ~60 pieces an item.
   */
  private readonly texts = new WeakMap<ManifestItem, Uint8Array>();
  /** The write in progress, and whether another was asked for meanwhile (then one more follows it). */
  private writing: Promise<void> | undefined;
  private again = false;
  private lastWrite: Promise<void> = Promise.resolve();
  /** Milliseconds the last write spent building its text on this thread (runBatch spaces writes by it). */
  lastBuildMs = 0;

  constructor(
    private readonly outDir: string,
    private readonly formats: OutputFormat[],
    items: BatchItem[],
    private readonly lang: 'zh' | 'en',
    reviews: ReadonlyMap<number, { status: 'approved' | 'returned'; comment: string }> = new Map(),
  ) {
    this.entries = items.map((item) => ({
      index: item.index,
      input: inputLabel(item.source),
      pointer: item.pointer,
      ...(item.row !== undefined ? { row: item.row } : {}),
      status: 'pending',
      outputs: item.stem === '' ? [] : formats.map((format) => ({ format, path: `${item.stem}.${format}` })),
      warnings: [],
      ...(reviews.has(item.index) ? { review: reviews.get(item.index)! } : {}),
    }));
  }

  /** Absolute output paths of an item, in format order. */
  pathsOf(index: number): { format: OutputFormat; path: string }[] {
    return this.entries[index]!.outputs.map((output) => ({ format: output.format, path: join(this.outDir, output.path) }));
  }

  /**
   * Carries an entry of the previous run over (its outputs were verified), with the reviewer's
   * mark of now: a document marked since that run shows its new mark, as an uninterrupted run would.
   */
  carry(index: number, previous: ManifestItem): void {
    const { review: _, ...carried } = previous;
    const review = this.entries[index]!.review;
    this.entries[index] = { ...carried, index, ...(review ? { review } : {}) };
  }

  record(result: WorkResult): void {
    const entry = this.entries[result.index]!;
    const base = { index: entry.index, input: entry.input, pointer: entry.pointer, ...(entry.row !== undefined ? { row: entry.row } : {}) };
    // The reviewer's mark stays with the item whatever the run made of it.
    const review = entry.review ? { review: entry.review } : {};
    if (result.status === 'ok') {
      this.entries[result.index] = {
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
        warnings: result.warnings.map(shared),
        ...review,
      };
    } else if (result.status === 'skipped') {
      this.entries[result.index] = { ...base, status: 'skipped', reason: 'exists', outputs: entry.outputs, warnings: [result.message[this.lang]], ...review };
    } else {
      this.entries[result.index] = { ...base, status: 'failed', outputs: [], warnings: [], error: { ...result.error, file: entry.input }, ...review };
    }
  }

  /** Adds a warning to an entry (what could not be booked beside a written document). */
  warn(index: number, message: string): void {
    const entry = this.entries[index]!;
    this.entries[index] = { ...entry, warnings: [...entry.warnings, message] };
  }

  /** Items never processed, once the run stops early (Ctrl-C). */
  markInterrupted(): void {
    this.entries.forEach((entry, i) => {
      if (entry.status === 'pending') this.entries[i] = { ...entry, status: 'skipped', reason: 'interrupted' };
    });
  }

  toManifest(): Manifest {
    const count = (status: ManifestItem['status']): number => this.entries.filter((entry) => entry.status === status).length;
    return {
      gongwen: 'batch-manifest',
      version: 1,
      formats: this.formats,
      summary: { total: this.entries.length, ok: count('ok'), failed: count('failed'), skipped: count('skipped'), pending: count('pending') },
      items: this.entries,
    };
  }

  /**
   * manifest.json's bytes, in pieces: JSON.stringify(manifest, null, 2) as UTF-8, from each
   * entry's cached bytes, so a write of a 10,000-item batch serialises only the entries recorded
   * since the last one, and neither a string nor a buffer of the whole manifest is made (the
   * pieces are written one after another).
   */
  manifestPieces(manifest: Manifest = this.toManifest()): Uint8Array[] {
    const head = JSON.stringify({ ...manifest, items: [] }, null, 2);
    // head ends with '"items": []\n}'.
    const pieces: Uint8Array[] = [Buffer.from(head.slice(0, head.length - '[]\n}'.length))];
    if (manifest.items.length === 0) pieces.push(Buffer.from('[]'));
    else {
      pieces.push(OPEN_ITEMS);
      manifest.items.forEach((entry, i) => {
        let bytes = this.texts.get(entry);
        if (bytes === undefined) {
          // An item sits at depth 2 of the manifest: its lines get 4 more spaces.
          bytes = Buffer.from(JSON.stringify(entry, null, 2).replaceAll('\n', '\n    '));
          this.texts.set(entry, bytes);
        }
        if (i > 0) pieces.push(BETWEEN_ITEMS);
        pieces.push(bytes);
      });
      pieces.push(CLOSE_ITEMS);
    }
    pieces.push(Buffer.from('\n}\n'));
    return pieces;
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
          const manifest = this.toManifest();
          const json = this.manifestPieces(manifest);
          const errors = Buffer.from(formatErrors(manifest, this.lang));
          this.lastBuildMs = performance.now() - start;
          this.lastWrite = writeOutputs(
            [
              { path: join(this.outDir, MANIFEST_NAME), bytes: json },
              { path: join(this.outDir, ERRORS_NAME), bytes: errors },
            ],
            { force: true },
          );
          await this.lastWrite.catch(() => undefined);
        } while (this.again);
      } finally {
        // In the same step as the last check of `again`: no ask can fall between them.
        this.writing = undefined;
      }
    };
    this.writing = run();
    return this.writing.then(() => this.lastWrite);
  }
}

/**
 * One copy of each warning text: every result brings its own copy of the same font notices
 * through the worker's message (5 of them, ~1.3 KB an item at 3,000 items).
 */
const warningTexts = new Map<string, string>();
function shared(text: string): string {
  let kept = warningTexts.get(text);
  if (kept === undefined) {
    if (warningTexts.size > 1000) warningTexts.clear();
    warningTexts.set(text, text);
    kept = text;
  }
  return kept;
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

/**
 * A batch run: items → worker pool → files, manifest.json and errors.txt in the output folder.
 * One bad item never stops the others; a dead worker is replaced and its item reported; Ctrl-C
 * stops dispatching, lets the documents in hand finish and writes the manifest; --resume picks
 * up a killed run. The manifest is rewritten every second while the run goes on. An item's case
 * data is dropped once its result is booked (payload 'released'): 10,000 cases' texts are not
 * held to the end.
 */
import { reviewMarksFor } from './reviewMarks.ts';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { OutputExistsError } from '../errors.ts';
import { removeOwnTemporaries, writeOutputs } from '../output/writeOutputs.ts';
import type { FontNotice } from '../fonts/loadFontSet.ts';
import type { FontRole } from '../model/types.ts';
import type { OutputFormat } from '../render/outputFormats.ts';
import { ManifestBook, readManifest } from './manifest.ts';
import { startProgress } from './progress.ts';
import { planResume } from './resumeItems.ts';
import { spawnWorker } from './spawnWorker.ts';
import type { Worker } from 'node:worker_threads';
import { preloadFonts } from '../fonts/preloadFonts.ts';
import type { SharedFonts } from '../fonts/sharedFonts.ts';
import type { BatchItem, ItemError, Manifest, WorkOrder, WorkResult } from './types.ts';
import { setWorkerV8Flags, WORKER_RESOURCE_LIMITS } from './workerV8.ts';
import { WorkerPool } from './workerPool.ts';

export interface BatchOptions {
  out: string;
  formats: OutputFormat[];
  /** Worker threads (default: one per core). */
  jobs?: number;
  resume?: boolean;
  force?: boolean;
  lang: 'zh' | 'en';
  docxShell?: Uint8Array;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
  /** --mask-names: personal names in their 某某 form. */
  maskNames?: boolean;
  /** Progress display: a bar on a terminal, plain lines otherwise, or none. */
  progress?: 'auto' | 'none';
  /** Called once with the font notices of the first worker; its lines are printed (above the bar). */
  onNotices?: (notices: FontNotice[]) => string[];
  /** A 发文字号 for an item before it is dispatched, or why it cannot have one (the register). */
  assignNumber?: (item: BatchItem) => { docNumber?: string } | { error: ItemError };
  /** After each result (the register records issued documents). */
  onResult?: (result: WorkResult, item: BatchItem) => void;
  /** Stops dispatching when aborted (Ctrl-C); the run then ends with the manifest written. */
  signal?: AbortSignal;
  /** --merge: a print bundle of every written PDF in input order, each document on an odd page. */
  merge?: string;
  /** Milliseconds between manifest writes while running. */
  manifestIntervalMs?: number;
}

export interface BatchOutcome {
  summary: Manifest['summary'];
  /** Items skipped because an output was there already (no --force). */
  existing: number;
  interrupted: boolean;
  /** Items carried over from the previous run (--resume). */
  resumed: number;
  outDir: string;
  merged?: { path: string; pages: number; blanks: number; documents: number };
}

const DOCS_PER_WORKER = 24;

export async function runBatch(items: BatchItem[], options: BatchOptions): Promise<BatchOutcome> {
  const outDir = resolve(options.out);
  const book = new ManifestBook(outDir, options.formats, items, options.lang, await reviewMarksFor(items));
  const plan = await planResume(options.resume ? await readManifest(outDir) : undefined, book.pendingEntries(), outDir);
  // The temporaries of a killed run (OUT/.gongwen-tmp/<pid>-…) go with this run's first write (writeOutputs).

  const todo: BatchItem[] = [];
  const replaceable = (item: BatchItem): boolean => options.force === true || plan.owned.has(book.keyOf(item.index));
  for (const item of items) {
    const previous = plan.done.get(book.keyOf(item.index));
    if (previous) book.carry(item.index, previous);
    else if (item.payload.type === 'error') book.record({ status: 'failed', index: item.index, error: item.payload.error });
    else {
      // An output already there (and not ours to replace) is skipped before any worker starts.
      const existing = replaceable(item) ? undefined : firstExisting(book.pathsOf(item.index).map((p) => p.path));
      if (existing) book.record({ status: 'skipped', index: item.index, reason: 'exists', message: new OutputExistsError(existing).messages });
      else todo.push(item);
    }
  }
  await book.write();

  const progress = startProgress(todo.length, { lang: options.lang, tty: process.stderr.isTTY === true, quiet: options.progress === 'none' });
  // The manifest is rewritten every interval, but never so often that building its text (10,000
  // items: ~9 MB) takes more than 1/50 of this thread's time.
  const interval = options.manifestIntervalMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const rewrite = (): void => {
    void book
      .write()
      .catch(() => undefined)
      .then(() => {
        if (!stopped) timer = setTimeout(rewrite, Math.max(interval, 50 * book.lastBuildMs));
      });
  };
  timer = setTimeout(rewrite, interval);
  let interrupted = options.signal?.aborted ?? false;
  // By default one worker per core, but no more than one per DOCS_PER_WORKER documents: a worker's
  // start (modules, fonts, schemas: about 2 s of CPU) costs more than a few documents take.
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(availableParallelism(), Math.ceil(todo.length / DOCS_PER_WORKER)), todo.length));
  let noticed = false;
  // The fonts are read here once, while the first workers load their modules, and shared with
  // every worker (a replacement too): setImmediate lets the pool start them first.
  let fonts: Promise<SharedFonts> | undefined;
  const spawn = (): Worker => {
    setWorkerV8Flags();
    const worker = spawnWorker({
      formats: options.formats,
      lang: options.lang,
      ...(options.docxShell ? { docxShell: options.docxShell } : {}),
      ...(options.font ? { font: options.font } : {}),
      ...(options.fontConfig ? { fontConfig: options.fontConfig } : {}),
      ...(options.maskNames ? { maskNames: true } : {}),
    }, WORKER_RESOURCE_LIMITS);
    fonts ??= new Promise<void>((started) => setImmediate(started)).then(() =>
      preloadFonts({ ...(options.fontConfig ? { config: options.fontConfig } : {}), ...(options.font ? { overrides: options.font } : {}) }),
    );
    void fonts.then((shared) => worker.postMessage({ type: 'fonts', fonts: shared }));
    return worker;
  };
  const pool =
    todo.length > 0
      ? new WorkerPool(
          jobs,
          spawn,
          (notices) => {
            if (noticed) return;
            noticed = true;
            for (const line of options.onNotices?.(notices) ?? []) progress.log(`${line}\n`);
          },
        )
      : undefined;

  try {
    await new Promise<void>((done) => {
      let next = 0;
      let inFlight = 0;
      const onAbort = (): void => {
        interrupted = true;
        if (inFlight === 0) done();
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const pump = (): void => {
        while (!interrupted && inFlight < jobs * 2 && next < todo.length) {
          const item = todo[next++]!;
          const order: WorkOrder = {
            item,
            paths: book.pathsOf(item.index),
            replace: replaceable(item),
          };
          const numbered = options.assignNumber?.(item);
          if (numbered && 'error' in numbered) {
            book.record({ status: 'failed', index: item.index, error: numbered.error });
            progress.tick(true);
            continue;
          }
          if (numbered?.docNumber) order.docNumber = numbered.docNumber;
          inFlight++;
          void pool!.run(order).then((result) => {
            inFlight--;
            book.record(result);
            try {
              options.onResult?.(result, item);
            } catch (error) {
              // The document is written; what could not be booked (the register) is said beside it.
              book.warn(result.index, error instanceof Error ? error.message : String(error));
            }
            item.payload = { type: 'released' };
            progress.tick(result.status === 'failed');
            pump();
          });
        }
        if (inFlight === 0 && (interrupted || next >= todo.length)) {
          options.signal?.removeEventListener('abort', onAbort);
          done();
        }
      };
      pump();
    });
  } finally {
    stopped = true;
    clearTimeout(timer);
    progress.stop();
    await pool?.close();
    try {
      if (interrupted) book.markInterrupted();
      await book.write();
    } finally {
      book.close();
      // The workers' kept run folders (renderOrder), now that nothing writes there.
      removeOwnTemporaries(new Set([outDir, ...todo.flatMap((item) => book.pathsOf(item.index).map((p) => dirname(p.path)))]));
    }
  }
  let merged: BatchOutcome['merged'];
  if (options.merge && !interrupted) {
    const { mergePdfs } = await import('./mergePdfs.ts');
    const bundle = await mergePdfs(book.writtenPaths('pdf'));
    const path = resolve(options.merge);
    await writeOutputs([{ path, bytes: bundle.bytes }], { force: options.force === true || options.resume === true });
    merged = { path, pages: bundle.pages, blanks: bundle.blanks, documents: bundle.documents };
  }
  return { summary: book.summary(), existing: book.existing, interrupted, resumed: plan.done.size, outDir, ...(merged ? { merged } : {}) };
}

/** The first of `paths` that exists. Synchronous: 10,000 items' thread-pool round trips were slower than the checks. */
function firstExisting(paths: string[]): string | undefined {
  return paths.find((path) => existsSync(path));
}

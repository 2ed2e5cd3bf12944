/**
 * A batch worker thread: takes the font files the main thread read (shared memory, preloadFonts.ts),
 * resolves its font set from them once, then renders the orders it is sent,
 * one at a time. Each document is laid out once for both formats (renderCase), its files are
 * written atomically (writeOutputs) and hashed here, so the main thread only keeps the books.
 *
 * Test hook (documented in README, used by test/batch): GONGWEN_BATCH_TEST_CRASH=<case id> makes
 * the worker that receives that case end its thread at once (process.exit inside a worker), as a
 * native crash or an out-of-memory kill would; GONGWEN_BATCH_TEST_HANG=<case id> makes it wait
 * forever before that case, so a test can kill the batch part-way on any machine, however fast.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFontSet } from '../fonts/loadFontSet.ts';
import { adoptFonts } from '../fonts/preloadFonts.ts';
import type { SharedFonts } from '../fonts/sharedFonts.ts';
import type { FontRole } from '../model/types.ts';
import type { OutputFormat } from '../render/outputFormats.ts';
import { renderOrder } from './renderOrder.ts';
import type { WorkOrder } from './types.ts';

export interface WorkerSetup {
  formats: OutputFormat[];
  lang: 'zh' | 'en';
  docxShell?: Uint8Array;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
  /** --mask-names: personal names in their 某某 form. */
  maskNames?: boolean;
}

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');

// The main thread's font files (shared memory) come first: no worker reads them again.
const handed = await new Promise<{ type: 'fonts'; fonts: SharedFonts }>((resolve) => port.once('message', resolve));
adoptFonts(handed.fonts);
const fonts = await loadFontSet({
  ...(setup.fontConfig ? { config: setup.fontConfig } : {}),
  ...(setup.font ? { overrides: setup.font } : {}),
});
const crashId = process.env.GONGWEN_BATCH_TEST_CRASH;
const hangId = process.env.GONGWEN_BATCH_TEST_HANG;
const beforeRender = (id: string): unknown => {
  if (id === crashId) process.exit(70);
  if (id === hangId) return new Promise(() => undefined);
  return undefined;
};

port.on('message', async (order: WorkOrder) => {
  const result = await renderOrder(order, {
    fonts,
    formats: setup.formats,
    lang: setup.lang,
    ...(setup.docxShell ? { docxShell: setup.docxShell } : {}),
    ...(setup.maskNames ? { maskNames: true } : {}),
    ...(crashId || hangId ? { beforeRender } : {}),
  });
  port.postMessage({ type: 'result', result });
});
port.postMessage({ type: 'ready', notices: fonts.notices });

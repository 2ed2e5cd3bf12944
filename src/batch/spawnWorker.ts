/**
 * Starts one batch worker thread: when compiled, the bundled dist/batchWorker.js (one file, built
 * by scripts/bundleWorker.js), else dist/batch/worker.js; from the TypeScript sources (tsx, tests
 * of the library) a small bootstrap registers tsx in the thread first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './worker.ts';

export function spawnWorker(setup: WorkerSetup, resourceLimits?: Worker['resourceLimits']): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const bundled = new URL('../batchWorker.js', import.meta.url);
  const script = fromSources ? new URL('./worker.ts', import.meta.url) : existsSync(fileURLToPath(bundled)) ? bundled : new URL('./worker.js', import.meta.url);
  const options = { workerData: setup, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!fromSources) return new Worker(script, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Starts one batch worker thread: dist/batch/worker.js when compiled; from the TypeScript sources
 * (tsx, tests of the library) a small bootstrap registers tsx in the thread first.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerSetup } from './worker.ts';

export function spawnWorker(setup: WorkerSetup, resourceLimits?: Worker['resourceLimits']): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(fromSources ? './worker.ts' : './worker.js', import.meta.url);
  const options = { workerData: setup, ...(resourceLimits ? { resourceLimits } : {}) };
  if (!fromSources) return new Worker(script, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

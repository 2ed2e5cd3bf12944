/**
 * Heap settings for batch workers. V8 sizes a thread's heap for throughput: a 16 MB semi-space
 * pair and an old generation let grow to ~3× what survives a collection, so each worker's heap
 * sat at 90–120 MB for ~35 MB of live objects, and two workers with the main thread went past
 * 400 MB. An 8 MB young generation and old-generation growth of 60 % keep a worker near 60 MB
 * of heap. Measured (shared machine, load 8–14 on 2 cores: noisy): 1,000-case batch peak RSS
 * 523–571 → 380–402 MB; the fixture loop (300 documents, one thread, 2 runs each) CPU
 * 30.2 → 32.6 ms a document, within the noise of the runs.
 */
import type { ResourceLimits } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8 };

let set = false;

/**
 * The growth factor has no per-thread option: V8's flag is process-wide and read at each
 * collection, so it is set once before the first worker starts (the main thread's small heap
 * follows it too).
 */
export function limitHeapGrowth(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--heap-growing-percent=60');
}

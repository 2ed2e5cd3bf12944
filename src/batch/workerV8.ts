/**
 * V8 settings for batch workers.
 *
 * Heap: V8 sizes a thread's heap for throughput, a 16 MB semi-space pair and an old generation
 * let grow to ~3× what survives a collection, so each worker's heap sat at 90–120 MB for ~35 MB
 * of live objects, and two workers with the main thread went past 400 MB. An 8 MB young
 * generation and old-generation growth of 60 % keep a worker near 60 MB of heap. Measured
 * (shared machine, load 8–14 on 2 cores: noisy): 1,000-case batch peak RSS 523–571 → 380–402 MB;
 * the fixture loop (300 documents, one thread, 2 runs each) CPU 30.2 → 32.6 ms a document,
 * within the noise of the runs.
 *
 * Compilation: a fresh worker runs its first documents in V8's interpreter while its functions
 * warm up: the first 50 took ~3.2 s of a worker's time against ~1 s at its later pace. With
 * --always-sparkplug every function is compiled to baseline machine code when it is first run
 * (Sparkplug: a fast, non-optimising tier; TurboFan still optimises what gets hot). Measured on
 * 1,000 cases, paired 4×: wall 12.45 → 11.40 s, CPU 23.65 → 21.63 s, peak 308 → 325 MiB.
 */
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

export const WORKER_RESOURCE_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8 };

let set = false;

/**
 * The growth factor and the baseline tier have no per-thread option: V8's flags are
 * process-wide, so they are set once, before the first worker starts (the main thread's small
 * heap follows the growth factor too; it has compiled what it runs by then).
 */
export function setWorkerV8Flags(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--heap-growing-percent=60');
  setFlagsFromString('--always-sparkplug');
}

/**
 * The pool's promise: a worker that dies with an order in hand (process.exit, an error thrown
 * outside any handler) is replaced and that order answered as failed; every other order is
 * answered by a live worker. Tiny eval workers stand in for the renderer.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { WorkOrder } from '../../src/batch/types.ts';
import { WorkerPool } from '../../src/batch/workerPool.ts';

const code = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (order) => {
  const index = order.item.index;
  if (index === 1) process.exit(70);
  if (index === 3) setImmediate(() => { throw new Error('thrown outside any handler'); });
  else parentPort.postMessage({ type: 'result', result: { status: 'skipped', index, reason: 'exists', message: { zh: String(index), en: String(index) } } });
});
parentPort.postMessage({ type: 'ready', notices: [] });
`;

const order = (index: number): WorkOrder => ({
  item: { index, source: '/cases/c.jsonl', pointer: `/line/${index + 1}`, row: index + 1, stem: `s${index}`, payload: { type: 'value', json: { text: '{}' }, facts: {} } },
  paths: [],
  replace: false,
});

describe('WorkerPool', () => {
  it('replaces a dead worker, reports its order as failed, and answers every other order', async () => {
    let spawned = 0;
    const pool = new WorkerPool(1, () => {
      spawned++;
      return new Worker(code, { eval: true });
    });
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => pool.run(order(i))));
    await pool.close();
    expect(results.map((r) => r.status)).toEqual(['skipped', 'failed', 'skipped', 'failed', 'skipped', 'skipped']);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    const [exited, thrown] = [results[1]!, results[3]!];
    expect(exited.status === 'failed' && exited.error).toMatchObject({ name: 'WorkerCrashError', file: '/cases/c.jsonl', row: 2, pointer: '/line/2' });
    expect(exited.status === 'failed' && exited.error.message.en).toContain('exit code 70');
    expect(thrown.status === 'failed' && thrown.error.message.en).toContain('thrown outside any handler');
    // A worker holding only the order that kills it is replaced once; holding another beside it,
    // both run again alone (the killer dies a second time): 1 + 2 or 1 + 1 + 2 + 2 workers, as
    // the answers and the deaths interleave.
    expect(spawned).toBeGreaterThanOrEqual(3);
    expect(spawned).toBeLessThanOrEqual(5);
  });

  it('holds two orders in a worker, so the next one is there when it finishes the first', async () => {
    const holding = `
const { parentPort } = require('node:worker_threads');
const held = [];
const answer = () => { const count = held.length; for (const index of held.splice(0)) parentPort.postMessage({ type: 'result', result: { status: 'skipped', index, reason: 'exists', message: { zh: String(count), en: String(count) } } }); };
parentPort.on('message', (order) => { held.push(order.item.index); if (held.length === 2) answer(); else setTimeout(() => held.length && answer(), 300); });
parentPort.postMessage({ type: 'ready', notices: [] });
`;
    const pool = new WorkerPool(1, () => new Worker(holding, { eval: true }));
    const results = await Promise.all([0, 1, 2, 3].map((i) => pool.run(order(i))));
    await pool.close();
    expect(results.map((r) => r.status === 'skipped' && r.message.en)).toEqual(['2', '2', '2', '2']);
  });

  it('reports the order whose worker runs out of memory, and carries on with a new worker', async () => {
    const greedy = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (order) => {
  const index = order.item.index;
  if (index === 2) { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(index)); }
  parentPort.postMessage({ type: 'result', result: { status: 'skipped', index, reason: 'exists', message: { zh: '', en: '' } } });
});
parentPort.postMessage({ type: 'ready', notices: [] });
`;
    // A real heap limit, far below what the loop asks for: V8 ends the thread, not the process.
    const pool = new WorkerPool(1, () => new Worker(greedy, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 24 } }));
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => pool.run(order(i))));
    await pool.close();
    expect(results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'failed', 'skipped', 'skipped']);
    const oom = results[2]!;
    expect(oom.status === 'failed' && oom.error).toMatchObject({ name: 'WorkerCrashError', row: 3, pointer: '/line/3' });
    expect(oom.status === 'failed' && oom.error.message.en).toMatch(/ERR_WORKER_OUT_OF_MEMORY|out of memory/i);
  }, 60_000);

  it('gives up, answering every order, when workers die before they are ready', async () => {
    const pool = new WorkerPool(2, () => new Worker('process.exit(3)', { eval: true }));
    const results = await Promise.all([0, 1, 2, 3].map((i) => pool.run(order(i))));
    await pool.close();
    expect(results.every((r) => r.status === 'failed' && r.error.name === 'WorkerCrashError')).toBe(true);
  });
});

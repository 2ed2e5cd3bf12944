/**
 * A fixed number of worker threads. Each holds up to two orders, so the next one is already in
 * its queue when it finishes one and never waits a round trip through the main thread (it also
 * renders one while the other's files are being written): that idle time was ~15 % of a worker's
 * time. A worker that dies (process.exit, an uncaught error, out of memory) is replaced; its
 * only order is answered as failed; when it held two, both are run again, each alone on a
 * worker, so only the order that kills a worker by itself is failed. No order is ever lost or
 * left unanswered.
 */
import type { Worker } from 'node:worker_threads';
import type { FontNotice } from '../fonts/loadFontSet.ts';
import type { WorkOrder, WorkResult } from './types.ts';

interface Queued {
  order: WorkOrder;
  resolve: (result: WorkResult) => void;
  /** Held by a worker that died with another order: runs again with no other order beside it. */
  alone?: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Orders sent and not yet answered, in the order the worker takes them. */
  orders: Queued[];
}

/** Orders a worker holds at once. */
const DEPTH = 2;

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Queued[] = [];
  private closed = false;
  /** Workers that died before being ready, in a row: a worker that cannot start stops the pool. */
  private failedStarts = 0;
  private startError: Error | undefined;
  private readonly size: number;

  constructor(
    size: number,
    private readonly spawn: () => Worker,
    private readonly onNotices: (notices: FontNotice[]) => void = () => undefined,
  ) {
    this.size = Math.max(1, size);
  }

  run(order: WorkOrder): Promise<WorkResult> {
    return new Promise((resolve) => {
      if (this.startError) {
        resolve(crashResult(order, this.startError.message));
        return;
      }
      this.queue.push({ order, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
    this.slots.clear();
  }

  private add(): void {
    const slot: Slot = { worker: this.spawn(), ready: false, orders: [] };
    this.slots.add(slot);
    let lastError: unknown;
    slot.worker.on('message', (message: { type: 'ready'; notices: FontNotice[] } | { type: 'result'; result: WorkResult }) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.failedStarts = 0;
        this.onNotices(message.notices);
      } else {
        const at = slot.orders.findIndex((held) => held.order.item.index === message.result.index);
        const [answered] = slot.orders.splice(at >= 0 ? at : 0, 1);
        answered?.resolve(message.result);
      }
      this.dispatch();
    });
    slot.worker.on('error', (error) => {
      lastError = error;
    });
    slot.worker.on('exit', (code) => {
      this.slots.delete(slot);
      if (this.closed) return;
      const why = lastError instanceof Error ? `${lastError.name}: ${lastError.message}` : `exit code ${code}`;
      if (!slot.ready) {
        this.failedStarts++;
        if (this.failedStarts >= 3) {
          this.startError = new Error(why);
          for (const queued of this.queue.splice(0)) queued.resolve(crashResult(queued.order, why));
        }
      }
      const held = slot.orders.splice(0);
      if (held.length === 1) held[0]!.resolve(crashResult(held[0]!.order, why));
      // Which of several killed it is unknown: each runs again alone, before any other order.
      else this.queue.unshift(...held.map((queued) => ({ ...queued, alone: true })));
      // The replacement starts when there is work for it (dispatch).
      this.dispatch();
    });
  }

  /**
   * Hands queued orders to workers with room (the least loaded first); starts workers (up to the
   * pool's size) while orders wait.
   */
  private dispatch(): void {
    for (let load = 0; load < DEPTH; load++) {
      for (const slot of this.slots) {
        const next = this.queue[0];
        if (!next) return;
        if (!slot.ready || slot.orders.length !== load || slot.orders[0]?.alone) continue;
        if (next.alone && load > 0) continue;
        this.queue.shift();
        slot.orders.push(next);
        slot.worker.postMessage(next.order);
      }
    }
    if (this.closed || this.startError) return;
    const starting = [...this.slots].filter((slot) => !slot.ready).length;
    let wanted = this.queue.length - starting;
    while (wanted-- > 0 && this.slots.size < this.size) this.add();
  }
}

function crashResult(order: WorkOrder, why: string): WorkResult {
  const { item } = order;
  return {
    status: 'failed',
    index: item.index,
    error: {
      name: 'WorkerCrashError',
      file: item.source,
      ...(item.row !== undefined ? { row: item.row } : {}),
      pointer: item.pointer,
      message: { zh: `生成本项时工作线程意外退出（${why}），已换用新线程继续其余各项`, en: `the worker thread died while rendering this item (${why}); a new one carries on with the rest` },
      issues: [],
    },
  };
}

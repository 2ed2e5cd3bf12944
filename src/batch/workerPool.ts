/**
 * A fixed number of worker threads, each rendering one order at a time. A worker that dies with
 * an order in hand (process.exit, an uncaught error, out of memory) is replaced and that order
 * answered as failed: no order is ever lost or left unanswered.
 */
import type { Worker } from 'node:worker_threads';
import type { FontNotice } from '../fonts/loadFontSet.ts';
import type { WorkOrder, WorkResult } from './types.ts';

interface Slot {
  worker: Worker;
  ready: boolean;
  order?: { order: WorkOrder; resolve: (result: WorkResult) => void };
}

interface Queued {
  order: WorkOrder;
  resolve: (result: WorkResult) => void;
}

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
    const slot: Slot = { worker: this.spawn(), ready: false };
    this.slots.add(slot);
    let lastError: unknown;
    slot.worker.on('message', (message: { type: 'ready'; notices: FontNotice[] } | { type: 'result'; result: WorkResult }) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.failedStarts = 0;
        this.onNotices(message.notices);
      } else {
        const current = slot.order;
        slot.order = undefined;
        current?.resolve(message.result);
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
      if (slot.order) slot.order.resolve(crashResult(slot.order.order, why));
      // The replacement starts when there is work for it (dispatch).
      this.dispatch();
    });
  }

  /** Hands queued orders to idle workers; starts workers (up to the pool's size) while orders wait. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.order) continue;
      const next = this.queue.shift()!;
      slot.order = next;
      slot.worker.postMessage(next.order);
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

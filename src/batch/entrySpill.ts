/**
 * Where a batch keeps the manifest entries it has recorded: their bytes appended to one file in
 * the output folder's temporaries (OUT/.gongwen-tmp/<pid>-<hex>), and for each item only where
 * its latest bytes start and how long they are. A 10,000-item batch held ~11 MB of entry bytes
 * and as many entry objects on its main thread to the end; now it holds 12 bytes an item.
 * The file is named like a run folder of writeOutputs: a later run removes it once this process
 * is gone (after a kill), and this run removes it in close().
 */
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_FOLDER } from '../output/writeOutputs.ts';

export class EntrySpill {
  private fd: number | undefined;
  private path: string | undefined;
  private size = 0;
  /** Start of each item's latest bytes in the file (a Float64Array: files past 4 GB stay exact). */
  private readonly starts: Float64Array;
  /** Length of each item's latest bytes; 0 when the item has none. */
  private readonly lengths: Uint32Array;
  /** Entries the file could not take (a full disk, a folder that cannot be written): kept here. */
  private readonly held = new Map<number, Uint8Array>();

  constructor(
    private readonly outDir: string,
    count: number,
  ) {
    this.starts = new Float64Array(count);
    this.lengths = new Uint32Array(count);
  }

  /** Stores an item's bytes; an item stored again is read from its new bytes (the file only grows). */
  put(index: number, bytes: Uint8Array): void {
    try {
      const fd = this.open();
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, this.size + at);
    } catch {
      // The manifest's own write reports what is wrong with the folder; nothing recorded is lost.
      this.held.set(index, bytes);
      return;
    }
    this.held.delete(index);
    this.starts[index] = this.size;
    this.lengths[index] = bytes.length;
    this.size += bytes.length;
  }

  get(index: number): Uint8Array {
    const held = this.held.get(index);
    if (held) return held;
    const length = this.lengths[index]!;
    const bytes = Buffer.allocUnsafe(length);
    for (let at = 0; at < length; ) {
      const read = readSync(this.fd!, bytes, at, length - at, this.starts[index]! + at);
      if (read === 0) throw new Error(`manifest entry ${index}: the spill file ended early`);
      at += read;
    }
    return bytes;
  }

  /** Closes and removes the file. */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    try {
      unlinkSync(this.path!);
    } catch {
      // Already removed with this run's temporaries.
    }
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    const folder = join(this.outDir, TEMP_FOLDER);
    this.path = join(folder, `${process.pid}-${randomBytes(4).toString('hex')}`);
    // A worker that empties the folder of temporaries removes it: make it again, a few times.
    for (let attempt = 1; ; attempt++) {
      try {
        mkdirSync(folder, { recursive: true });
        this.fd = openSync(this.path, 'wx+');
        return this.fd;
      } catch (error) {
        if (attempt >= 5 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

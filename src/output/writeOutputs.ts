/**
 * Writes a case's outputs all or nothing. Every file is first written whole to a temporary file
 * inside OUT/.gongwen-tmp/<pid>-<random>/ (the same file system as its target), then all are
 * moved into place; if preparing or moving any of them fails, the ones already placed are taken
 * back (a file replaced under --force is restored), so none of the case's outputs remain.
 * Temporaries never sit beside the outputs: the run's folder is removed when the case is done
 * or fails, and the folders of killed runs are removed by the next run writing there. A batch
 * worker keeps one run folder per output folder for all its cases instead (`keepRunFolder`):
 * creating and removing two folders a case cost it about 1.3 ms of its ~25 (measured on a
 * 1,000-case batch profile); the batch removes them when it ends (removeOwnTemporaries).
 * An existing file is never replaced unless `force` is set, and a folder never is.
 * The file-system calls are synchronous: a case's few small files are written in about 0.2 ms
 * that way, against 1.3–1.5 ms through fs/promises (a thread-pool round trip and a promise per
 * call), and a batch worker has another order to render meanwhile on the other core anyway.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { GongwenError, OutputExistsError } from '../errors.ts';
import { outputFsError } from './outputFsError.ts';

export interface PendingOutput {
  path: string;
  /**
   * The file's bytes, or what makes its pieces in order (called again if the write is retried):
   * a large manifest is written without joining its pieces, or even holding them all.
   */
  bytes: Uint8Array | (() => Iterable<Uint8Array>);
}

/** Pieces joined for one write: ~1 MB of a manifest at a time, never the whole. */
const PIECES_A_WRITE = 1024;
const BYTES_A_WRITE = 1 << 20;

/** Writes a new file from its bytes or its pieces. */
function writeTemporary(path: string, bytes: PendingOutput['bytes']): void {
  if (bytes instanceof Uint8Array) {
    writeFileSync(path, bytes);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    let chunk: Uint8Array[] = [];
    let size = 0;
    const flush = (): void => {
      const joined = Buffer.concat(chunk, size);
      for (let at = 0; at < joined.length; ) at += writeSync(fd, joined, at);
      chunk = [];
      size = 0;
    };
    for (const piece of bytes()) {
      chunk.push(piece);
      size += piece.length;
      if (chunk.length >= PIECES_A_WRITE || size >= BYTES_A_WRITE) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** The folder of temporaries inside an output folder. */
export const TEMP_FOLDER = '.gongwen-tmp';

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

const cleaned = new Set<string>();

/**
 * Removes the entries of `folder`'s folder of temporaries that `remove` names (by the process id
 * of the run folder's name; undefined for anything else there), then that folder if emptied.
 */
function removeRunFolders(folder: string, remove: (pid: number | undefined) => boolean): void {
  const temp = join(folder, TEMP_FOLDER);
  let entries: string[] = [];
  try {
    entries = readdirSync(temp);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^(\d+)-(?:t\d+-)?[0-9a-f]+$/.exec(entry)?.[1];
    if (remove(pid === undefined ? undefined : Number(pid))) quietly(() => rmSync(join(temp, entry), { recursive: true, force: true }));
  }
  quietly(() => rmdirSync(temp));
}

/** Removes the temporary folders of earlier runs that are no longer running (once per folder and process). */
export async function removeStaleTemporaries(folder: string): Promise<void> {
  if (cleaned.has(folder)) return;
  cleaned.add(folder);
  removeRunFolders(folder, (pid) => pid === undefined || (pid !== process.pid && !isRunning(pid)));
}

/**
 * Removes this process's run folders (its batch workers' kept ones, `<pid>-t<thread>-…`) in
 * each folder, and the folder of temporaries when that leaves it empty. Called once no thread
 * of this process writes there any more.
 */
export function removeOwnTemporaries(folders: Iterable<string>): void {
  for (const folder of folders) {
    removeRunFolders(folder, (pid) => pid === process.pid);
    keptRuns.delete(folder);
  }
}

/** Run folders kept across cases (keepRunFolder), by output folder; and a counter naming temporaries in them. */
const keptRuns = new Map<string, string>();
let temporaries = 0;

interface Staged extends PendingOutput {
  folder: string;
  temporary: string;
}

interface Placed {
  path: string;
  /** Where the file it replaced (under --force) waits until the case is done. */
  backup?: string;
}

/**
 * Creates a run's temporary folder. Another writer (a batch worker thread of this process) may
 * remove the emptied TEMP_FOLDER between mkdir's steps, failing it with ENOENT or ENOTDIR: try again.
 */
function makeRunFolder(run: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      mkdirSync(run, { recursive: true });
      return;
    } catch (error) {
      if (attempt >= 5 || (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR')) throw error;
    }
  }
}

/** Writes all outputs or none of them. */
export async function writeOutputs(outputs: PendingOutput[], options: { force: boolean; keepRunFolder?: boolean }): Promise<void> {
  if (outputs.length === 0) return;
  for (const output of outputs) {
    let info;
    try {
      info = lstatOrNone(output.path);
    } catch (error) {
      throw await outputFsError(error, output.path, dirname(output.path));
    }
    if (info?.isDirectory()) throw await outputFsError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), output.path, dirname(output.path));
    if (info && !options.force) throw new OutputExistsError(output.path);
  }

  const runs = new Map<string, string>();
  const staged: Staged[] = [];
  let placedAll = false;
  try {
    for (const folder of new Set(outputs.map((output) => dirname(output.path)))) {
      const kept = options.keepRunFolder ? keptRuns.get(folder) : undefined;
      if (kept) {
        runs.set(folder, kept);
        continue;
      }
      try {
        mkdirSync(folder, { recursive: true });
        await removeStaleTemporaries(folder);
        const thread = options.keepRunFolder ? `t${threadId}-` : '';
        const run = join(folder, TEMP_FOLDER, `${process.pid}-${thread}${randomBytes(4).toString('hex')}`);
        makeRunFolder(run);
        runs.set(folder, run);
        if (options.keepRunFolder) keptRuns.set(folder, run);
      } catch (error) {
        throw await outputFsError(error, folder, folder);
      }
    }
    for (const output of outputs) {
      const folder = dirname(output.path);
      const temporary = join(runs.get(folder)!, `${temporaries++}-${basename(output.path)}`);
      try {
        try {
          writeTemporary(temporary, output.bytes);
        } catch (error) {
          // A kept run folder someone removed meanwhile is made again, once.
          if (!options.keepRunFolder || codeOf(error) !== 'ENOENT') throw error;
          makeRunFolder(dirname(temporary));
          writeTemporary(temporary, output.bytes);
        }
      } catch (error) {
        throw await outputFsError(error, output.path, folder);
      }
      staged.push({ ...output, folder, temporary });
    }
    await placeAll(staged, options.force);
    placedAll = true;
  } finally {
    // Once all is placed a run folder holds only the second names of linked files and the
    // backups of replaced ones: unlinking those is cheaper than rm's walk.
    if (options.keepRunFolder) {
      // The run folder stays for the next case, emptied: the temporaries' names and (--force) the
      // backups of replaced files, which a failure has already put back.
      for (const file of staged) {
        quietly(() => unlinkSync(file.temporary));
        if (options.force) quietly(() => unlinkSync(`${file.temporary}.old`));
      }
    } else {
      if (placedAll) for (const file of staged) quietly(() => unlinkSync(file.temporary));
      for (const [folder, run] of runs) {
        if (!placedAll || !quietly(() => rmdirSync(run))) quietly(() => rmSync(run, { recursive: true, force: true }));
        quietly(() => rmdirSync(join(folder, TEMP_FOLDER)));
      }
    }
  }
}

/** Runs `step`, true when it succeeded: for clean-up, whose failures leave only what a later run removes. */
function quietly(step: () => void): boolean {
  try {
    step();
    return true;
  } catch {
    return false;
  }
}

/** Moves every staged file into place; on any failure takes back the ones placed. */
async function placeAll(staged: Staged[], force: boolean): Promise<void> {
  const placed: Placed[] = [];
  try {
    for (const file of staged) placed.push(place(file, force));
  } catch (error) {
    for (const done of placed.reverse()) {
      if (done.backup) quietly(() => renameSync(done.backup!, done.path));
      else quietly(() => unlinkSync(done.path));
    }
    if (error instanceof GongwenError) throw error;
    const file = staged[placed.length]!;
    throw await outputFsError(error, file.path, file.folder);
  }
}

/** Places one staged file; a folder in the way is an EISDIR error (placeAll names the path). */
function place(file: Staged, force: boolean): Placed {
  const existing = lstatOrNone(file.path);
  if (existing?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  if (existing && force) {
    // The old file stays in place until rename() replaces it in one step; a second name for it
    // in the run's folder lets a failure of a later file put it back.
    const backup = `${file.temporary}.old`;
    if (!quietly(() => linkSync(file.path, backup))) copyFileSync(file.path, backup);
    renameSync(file.temporary, file.path);
    return { path: file.path, backup };
  }
  if (existing) throw new OutputExistsError(file.path);
  // link() fails with EEXIST instead of replacing: a file that appeared meanwhile is kept.
  try {
    linkSync(file.temporary, file.path);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw new OutputExistsError(file.path);
    // A file system without hard links: rename, having just seen that nothing is there.
    if (lstatOrNone(file.path)) throw new OutputExistsError(file.path);
    renameSync(file.temporary, file.path);
  }
  return { path: file.path };
}

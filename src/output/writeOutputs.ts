/**
 * Writes a case's outputs so that nothing is lost: every file is written to a temporary
 * file beside its target and then moved into place in one step; an existing file is never
 * replaced unless `force` is set, and a case whose target exists writes none of its files.
 */
import { randomBytes } from 'node:crypto';
import { access, link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputExistsError } from '../errors.ts';

export interface PendingOutput {
  path: string;
  bytes: Uint8Array;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes all outputs or, when one would overwrite without `force`, none. */
export async function writeOutputs(outputs: PendingOutput[], options: { force: boolean }): Promise<void> {
  if (!options.force) {
    for (const output of outputs) {
      if (await exists(output.path)) throw new OutputExistsError(output.path);
    }
  }
  for (const output of outputs) await writeAtomically(output.path, output.bytes, options.force);
}

/** Temporary file, then rename (replace) or hard link (never replace), so readers never see half a file. */
export async function writeAtomically(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, bytes);
  try {
    if (force) {
      await rename(temporary, path);
      return;
    }
    // link() fails with EEXIST instead of replacing: a file that appeared meanwhile is kept.
    await link(temporary, path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new OutputExistsError(path);
      throw error;
    });
    await unlink(temporary);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

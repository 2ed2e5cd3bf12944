/** Shared by the batch tests: running the CLI as a user does, and reading an output folder. */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Manifest } from '../../src/batch/types.ts';

export const bin = resolve('bin/gongwen.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function gongwen(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/**
 * Starts the CLI and sends it `signal` (SIGKILL unless told) once `ready(manifest)` holds
 * (checked every 25 ms); resolves with how it ended and what it wrote to stderr.
 */
export function killWhen(
  args: string[],
  env: Record<string, string>,
  outDir: string,
  ready: (manifest: Manifest) => boolean,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ signal: string | null; code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setInterval(async () => {
      const manifest = await readManifestFile(outDir).catch(() => undefined);
      if (manifest && ready(manifest)) {
        clearInterval(timer);
        child.kill(signal);
      }
    }, 25);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      done({ code, signal, stderr });
    });
  });
}

export async function readManifestFile(outDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Every file of a folder with its bytes, by name. */
export async function folderBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name)));
  return files;
}

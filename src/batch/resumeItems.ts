/**
 * --resume: which items of the previous run are done (every output on disk with the sha256 the
 * manifest recorded), and which outputs belong to the previous run (and may be replaced when they
 * do not hold what this run renders).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { itemKey } from './manifest.ts';
import { sha256 } from './sha256.ts';
import type { Manifest, ManifestItem } from './types.ts';

export interface ResumePlan {
  /** Previous entries whose outputs are verified, by item key. */
  done: Map<string, ManifestItem>;
  /** Item keys the previous run planned: their outputs may be replaced. */
  owned: Set<string>;
}

export async function planResume(
  previous: Manifest | undefined,
  current: Iterable<ManifestItem>,
  outDir: string,
): Promise<ResumePlan> {
  const done = new Map<string, ManifestItem>();
  const owned = new Set<string>();
  if (!previous) return { done, owned };
  const byKey = new Map(previous.items.map((entry) => [itemKey(entry), entry]));
  for (const entry of current) {
    const key = itemKey(entry);
    const before = byKey.get(key);
    if (!before) continue;
    const samePaths =
      before.outputs.length === entry.outputs.length && before.outputs.every((output, i) => output.format === entry.outputs[i]!.format && output.path === entry.outputs[i]!.path);
    if (!samePaths) continue;
    owned.add(key);
    if (before.status === 'ok' && (await verified(before, outDir))) done.set(key, before);
  }
  return { done, owned };
}

async function verified(entry: ManifestItem, outDir: string): Promise<boolean> {
  for (const output of entry.outputs) {
    if (!output.sha256) return false;
    const bytes = await readFile(join(outDir, output.path)).catch(() => undefined);
    if (!bytes || sha256(bytes) !== output.sha256) return false;
  }
  return true;
}

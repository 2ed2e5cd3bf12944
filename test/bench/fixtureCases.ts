/** The cases of every fixture file (fixtures/*.json), loaded as `gongwen render` loads them: shared by the bench aids. */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { LoadedCase } from '../../src/case/types.ts';

export async function fixtureCases(): Promise<LoadedCase[]> {
  const dir = resolve('fixtures');
  const cases: LoadedCase[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) cases.push(...(await loadCaseFile(join(dir, name))));
  return cases;
}

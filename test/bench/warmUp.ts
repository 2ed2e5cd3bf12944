/**
 * A warm-up profile aid (not part of npm run bench): the fixtures rendered to DOCX + PDF round
 * after round in one thread, printing each round's ms a document, from a cold process.
 * `npx tsx test/bench/warmUp.ts [ROUNDS]`
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';

const rounds = Number(process.argv[2] ?? 20);
const dir = resolve('fixtures');
const cases: LoadedCase[] = [];
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()) cases.push(...(await loadCaseFile(join(dir, name))));
let start = performance.now();
const fonts = await loadFontSet();
console.log(`fonts ${(performance.now() - start).toFixed(0)} ms`);
const line: string[] = [];
for (let r = 0; r < rounds; r++) {
  start = performance.now();
  for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
  line.push(((performance.now() - start) / cases.length).toFixed(1));
}
console.log(`${cases.length} documents a round; ms a document by round: ${line.join(' ')}`);

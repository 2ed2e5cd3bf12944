/**
 * A library-loop profile aid (not part of npm run bench): renders every fixture to DOCX + PDF
 * N rounds in one process. Run with `node --cpu-prof --import tsx test/bench/profileLoop.ts 30`.
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
for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) cases.push(...(await loadCaseFile(join(dir, name))));
const fonts = await loadFontSet();
for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const ms = performance.now() - start;
console.log(`${rounds * cases.length} documents, ${(ms / (rounds * cases.length)).toFixed(2)} ms a document`);

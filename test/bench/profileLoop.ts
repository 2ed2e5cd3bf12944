/**
 * A library-loop profile aid (not part of npm run bench): renders every fixture to DOCX + PDF
 * N rounds in one process. Run with `node --cpu-prof --import tsx test/bench/profileLoop.ts 30`.
 */
import { performance } from 'node:perf_hooks';
import { fixtureCases } from './fixtureCases.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';

const rounds = Number(process.argv[2] ?? 20);
const cases = await fixtureCases();
const fonts = await loadFontSet();
for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const start = performance.now();
for (let r = 0; r < rounds; r++) for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const ms = performance.now() - start;
console.log(`${rounds * cases.length} documents, ${(ms / (rounds * cases.length)).toFixed(2)} ms a document`);

/**
 * A memory aid (not part of npm run bench): renders every fixture to DOCX + PDF N rounds in one
 * thread, as a batch worker does, then writes a heap snapshot of what stays alive
 * (`npx tsx test/bench/heapAfterLoop.ts 3 /tmp/after.heapsnapshot`).
 */
import { writeHeapSnapshot } from 'node:v8';
import { fixtureCases } from './fixtureCases.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';

const rounds = Number(process.argv[2] ?? 3);
const cases = await fixtureCases();
const fonts = await loadFontSet();
for (let r = 0; r < rounds; r++) for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
console.log(writeHeapSnapshot(process.argv[3]));

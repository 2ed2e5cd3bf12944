/**
 * An allocation aid (not part of npm run bench): renders every fixture to DOCX + PDF N rounds in
 * one thread under V8's sampling heap profiler, counting objects the collector already freed,
 * and writes the profile (`npx tsx test/bench/allocationProfile.ts 10 /tmp/alloc.heapprofile`):
 * where a worker's allocation, and so its garbage-collection time, comes from.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fixtureCases } from './fixtureCases.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';

const rounds = Number(process.argv[2] ?? 10);
const cases = await fixtureCases();
const fonts = await loadFontSet();
for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let r = 0; r < rounds; r++) for (const loaded of cases) await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
const { profile } = await session.post('HeapProfiler.stopSampling');
writeFileSync(process.argv[3] ?? 'allocation.heapprofile', JSON.stringify(profile));
console.log(`${rounds * cases.length} documents`);

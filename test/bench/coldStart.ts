/**
 * A start-up aid (not part of npm run bench): what a fresh batch worker pays before its documents
 * run at full speed. Times module loading, the font set, then each of the first documents of a
 * JSON Lines file rendered as a worker renders them (`npx tsx test/bench/coldStart.ts CASES.jsonl 60`).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { renderOrder } = await import('../../src/batch/renderOrder.ts');
const { loadFontSet } = await import('../../src/fonts/loadFontSet.ts');
const t1 = performance.now();
const fonts = await loadFontSet();
const t2 = performance.now();
console.log(`modules ${(t1 - t0).toFixed(0)} ms, font set ${(t2 - t1).toFixed(0)} ms`);
const lines = readFileSync(process.argv[2]!, 'utf8').trim().split('\n');
const count = Number(process.argv[3] ?? 40);
const times: number[] = [];
for (let i = 0; i < count; i++) {
  const start = performance.now();
  const result = await renderOrder(
    { item: { index: i, source: process.argv[2]!, pointer: `/line/${i + 1}`, stem: `s${i}`, payload: { type: 'value', json: { text: lines[i % lines.length]! }, facts: {} } }, paths: [{ format: 'docx', path: `/tmp/cold-${i}.docx` }, { format: 'pdf', path: `/tmp/cold-${i}.pdf` }], replace: true },
    { fonts: fonts as never, formats: ['docx', 'pdf'], lang: 'zh' },
  );
  times.push(performance.now() - start);
  if (result.status !== 'ok') console.log(i, result.status);
}
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
console.log('first 18 (one of each fixture):', times.slice(0, 18).map((t) => t.toFixed(0)).join(' '));
console.log(`first 18 total ${sum(times.slice(0, 18)).toFixed(0)} ms; next 18 ${sum(times.slice(18, 36)).toFixed(0)} ms; last 18 ${sum(times.slice(-18)).toFixed(0)} ms`);

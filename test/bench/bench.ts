/**
 * npm run bench [-- --rounds N] [-- --memory-cases M]: renders every fixture to PDF and DOCX,
 * after a warm-up, and prints milliseconds per document (median and p95 per format and per page
 * count), PDF sizes and peak memory; then a big input (one case with a 200 KB title, and one
 * with a 200 KB 抄送 entry, which is refused) and memory over time (the heap after a full
 * collection every M/4 of M documents rendered in one process), and the start-up of the compiled CLI
 * (`gongwen --help`, `gongwen kinds`). Figures, not assertions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { renderCase, renderDocument } from '../../src/render/renderCase.ts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// --cases N: the batch's throughput instead (test/bench/batchBench.ts).
if (process.argv.includes('--cases')) {
  await import('./batchBench.ts');
  process.exit(0);
}

const argRounds = process.argv.indexOf('--rounds');
const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 20;
const argMemory = process.argv.indexOf('--memory-cases');
const memoryCases = argMemory > 0 ? Number(process.argv[argMemory + 1]) : 400;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sampleRss, 5);

const fixturesDir = resolve('fixtures');
const files = (await readdir(fixturesDir)).filter((name) => name.endsWith('.json')).map((name) => join(fixturesDir, name));
const cases: LoadedCase[] = [];
for (const file of files) cases.push(...(await loadCaseFile(file)));

const t0 = performance.now();
const fonts = await loadFontSet();
const fontLoadMs = performance.now() - t0;
const documents: OfficialDocument[] = [];
for (const loaded of cases) documents.push(await buildDocument(loaded));

// Warm-up: first subsets, JIT.
for (const document of documents) await renderDocument(document, { formats: ['docx', 'pdf'], fonts });

const timings: Record<string, number[]> = { pdf: [], docx: [], build: [] };
const byPages = new Map<number, number[]>();
const sizes: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < documents.length; i++) {
    const document = documents[i]!;
    let start = performance.now();
    await buildDocument(cases[i]!);
    timings.build!.push(performance.now() - start);
    start = performance.now();
    const pdf = await renderDocument(document, { formats: ['pdf'], fonts });
    const pdfMs = performance.now() - start;
    timings.pdf!.push(pdfMs);
    const pages = pdf.plan.pageCount;
    byPages.set(pages, [...(byPages.get(pages) ?? []), pdfMs]);
    if (round === 0) sizes.push(pdf.outputs[0]!.bytes.length);
    start = performance.now();
    await renderDocument(document, { formats: ['docx'], fonts });
    timings.docx!.push(performance.now() - start);
  }
}
clearInterval(timer);
sampleRss();

const line = (label: string, values: number[]) =>
  `${label.padEnd(28)} median ${percentile(values, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(7)} ms   (n=${values.length})`;
console.log(`gongwen bench — ${documents.length} fixture documents × ${rounds} rounds, one core`);
console.log(`fonts loaded in ${fontLoadMs.toFixed(0)} ms (once per process)`);
console.log(line('case → model (template+md)', timings.build!));
console.log(line('PDF (layout+subset+draw)', timings.pdf!));
console.log(line('DOCX (layout plan+shell)', timings.docx!));
for (const [pages, values] of [...byPages].sort((a, b) => a[0] - b[0])) console.log(line(`PDF, ${pages}-page documents`, values));
console.log(`PDF size: mean ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KB, max ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
console.log(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);

// Big input: one case with a 200 KB field (PDF only).
const bigText = (bytes: number): string => {
  const words = 'lorem ipsum dolor sit amet 某某市纪律检查委员会 ';
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += words;
  return text.trim();
};
const base = cases.find((c) => c.data.kind === 'rectification-suggestion')!;
{
  const start = performance.now();
  const big = await renderCase({ ...base, data: { ...base.data, title: bigText(200 * 1024) } }, { formats: ['pdf'], fonts });
  const ms = performance.now() - start;
  console.log(`big input: 200 KB title → ${big.plan.pageCount} pages in ${(ms / 1000).toFixed(1)} s (${(ms / big.plan.pageCount).toFixed(0)} ms a page)`);
}
{
  const start = performance.now();
  let outcome = 'rendered';
  try {
    await renderCase({ ...base, data: { ...base.data, cc: [bigText(200 * 1024)] } }, { formats: ['pdf'], fonts });
  } catch (error) {
    outcome = `refused (${(error as Error).name})`;
  }
  console.log(`big input: 200 KB 抄送 entry → ${outcome} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

// Memory over time: the heap after a full collection, every quarter of the run.
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const marks: string[] = [`0: ${heapMb().toFixed(0)} MB`];
for (let n = 1; n <= memoryCases; n++) {
  await renderDocument(documents[n % documents.length]!, { formats: ['docx', 'pdf'], fonts });
  if (n % Math.max(1, Math.floor(memoryCases / 4)) === 0) marks.push(`${n}: ${heapMb().toFixed(0)} MB`);
}
console.log(`memory over time (heap after GC, documents rendered): ${marks.join(', ')}; RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);

// Start-up of the installed CLI (bin/gongwen.js on the compiled dist/), as a user starts it: the
// median of 10 runs of `gongwen --help` and `gongwen kinds`, timed from outside.
if (existsSync(resolve('dist/cli/main.js'))) {
  for (const args of [['--help'], ['kinds']]) {
    const runs: number[] = [];
    for (let i = 0; i < 11; i++) {
      const start = performance.now();
      const child = spawnSync(process.execPath, [resolve('bin/gongwen.js'), ...args], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`gongwen ${args.join(' ')} failed: ${child.stderr}`);
      if (i > 0) runs.push(performance.now() - start); // the first run warms the file cache
    }
    console.log(`start-up: gongwen ${args.join(' ').padEnd(6)}       median ${percentile(runs, 50).toFixed(0).padStart(5)} ms   max ${Math.max(...runs).toFixed(0)} ms   (n=${runs.length})`);
  }
} else {
  console.log('start-up: not measured (dist/ is not built: npm run build)');
}

/**
 * npm run bench [-- --rounds N]: renders every fixture to PDF and DOCX, after a warm-up,
 * and prints milliseconds per document (median and p95 per format and per page count),
 * PDF sizes and peak memory. Figures, not assertions: tests never time anything.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { renderDocument } from '../../src/render/renderCase.ts';

// --cases N: the batch's throughput instead (test/bench/batchBench.ts).
if (process.argv.includes('--cases')) {
  await import('./batchBench.ts');
  process.exit(0);
}

const argRounds = process.argv.indexOf('--rounds');
const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 20;

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

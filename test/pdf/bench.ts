/**
 * PDF rendering benchmark: npx tsx test/pdf/bench.ts [--rounds N]
 * Prints ms per document (after warm-up, fonts loaded), split into layout and drawing, the
 * size of each PDF, and peak RSS. Figures only; tests never assert on time.
 */
import { performance } from 'node:perf_hooks';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import { drawPdf } from '../../src/pdf/drawPdf.ts';
import { sampleDocuments } from '../support/sampleDocuments.ts';

const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 50;

let peakRss = 0;
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const timer = setInterval(sample, 5);

let t = performance.now();
const fonts = await loadFontSet({ systemFonts: false });
console.log(`fonts loaded (parse, not yet harfbuzz) in ${(performance.now() - t).toFixed(1)} ms`);

t = performance.now();
for (const doc of Object.values(sampleDocuments)) await drawPdf(doc, layoutDocument(doc, fonts), fonts);
console.log(`first render of every sample (harfbuzz load + preprocess, caches): ${(performance.now() - t).toFixed(1)} ms`);
for (let i = 0; i < 5; i++) for (const doc of Object.values(sampleDocuments)) await drawPdf(doc, layoutDocument(doc, fonts), fonts);

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// On a shared machine the minimum shows the cost without other processes' interference.
const min = (values: number[]): number => Math.min(...values);
console.log(`\n${'document'.padEnd(12)} pages  bytes   layout ms  draw ms  total ms  total/2 pages  (min total)`);
for (const [name, doc] of Object.entries(sampleDocuments)) {
  const layoutMs: number[] = [];
  const drawMs: number[] = [];
  let bytes = 0;
  let pages = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const layout = layoutDocument(doc, fonts);
    const t1 = performance.now();
    const pdf = await drawPdf(doc, layout, fonts);
    const t2 = performance.now();
    layoutMs.push(t1 - t0);
    drawMs.push(t2 - t1);
    bytes = pdf.length;
    pages = layout.pages.length;
    sample();
  }
  const total = median(layoutMs) + median(drawMs);
  console.log(
    `${name.padEnd(12)} ${String(pages).padStart(5)}  ${String(bytes).padStart(6)}  ${median(layoutMs).toFixed(2).padStart(9)}  ${median(drawMs).toFixed(2).padStart(7)}  ${total.toFixed(2).padStart(8)}  ${((total * 2) / pages).toFixed(2).padStart(13)}  ${(min(layoutMs.map((l, i) => l + drawMs[i]!))).toFixed(2).padStart(11)}`,
  );
}
clearInterval(timer);
sample();
console.log(`\npeak RSS ${(peakRss / 1048576).toFixed(0)} MB (medians of ${rounds} rounds each; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);

/**
 * Micro benchmark of the inline layout (not a test): ms per 1,000 characters and per 2-page
 * document of body text, with the fake metrics and, when the package font is installed, with
 * real advances from Noto Serif SC (fontkit, behind cachedMeasure).
 * Run: npx tsx test/pdf-layout/bench.ts
 */
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { cachedMeasure } from '../../src/layout/line/measure.ts';
import { gridOptions, layoutParagraph } from '../../src/layout/line/layoutParagraph.ts';
import type { MeasureChar, StyledRun } from '../../src/layout/line/types.ts';
import { bodyRun, fakeMeasure } from './fakeMeasure.ts';
import { SAMPLE_BODY } from './sampleText.ts';

// A 2-page document: 2 × 22 rows × 28 cells ≈ 1,232 characters, in paragraphs of varied length.
const paragraphs: StyledRun[][] = [];
let chars = 0;
for (let p = 0; chars < 2 * 22 * 28; p++) {
  const start = (p * 97) % 300;
  const text = SAMPLE_BODY.slice(start, start + 120 + ((p * 53) % 220));
  paragraphs.push([bodyRun(text)]);
  chars += text.length;
}
const options = gridOptions();

function bench(name: string, measure: MeasureChar): void {
  const run = (): number => {
    let rows = 0;
    for (const para of paragraphs) rows += layoutParagraph(para, options, measure).length;
    return rows;
  };
  for (let k = 0; k < 300; k++) run(); // warm-up
  const iterations = 2000;
  let rows = 0;
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < iterations; k++) rows = run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / iterations;
  console.log(
    `${name.padEnd(34)} ${(ms * 1000 / chars).toFixed(4)} ms / 1,000 chars   ${ms.toFixed(4)} ms / 2-page document (${chars} chars, ${paragraphs.length} paragraphs, ${rows} rows)`,
  );
}

bench('fake metrics', fakeMeasure);
bench('fake metrics, cached', cachedMeasure(fakeMeasure));

const fontPath = 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
if (existsSync(fontPath)) {
  const font = fontkit.openSync(fontPath) as fontkit.Font;
  const scale = 1 / font.unitsPerEm;
  const real: MeasureChar = (char, run) => ({
    advancePt: font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth * scale * run.sizePt,
    faceKey: 'songti:0',
  });
  bench('Noto Serif SC advances, cached', cachedMeasure(real));
}

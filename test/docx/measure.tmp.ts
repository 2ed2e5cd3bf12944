import { readFileSync } from 'node:fs';
import { readPages, rasterise, inkBox, charCount } from './pdfGeometry.ts';
const name = process.argv[2] ?? 'document';
const pdf = readFileSync(`output/docx-samples/${name}.pdf`);
const pages = readPages(pdf);
pages.forEach((pg, i) => {
  console.log(`--- page ${i + 1} ${pg.widthPt}x${pg.heightPt}`);
  for (const l of pg.lines) console.log(l.yMin.toFixed(2), l.yMax.toFixed(2), l.xMin.toFixed(2), l.xMax.toFixed(2), charCount(l), l.text.slice(0, 30));
});

import { readFileSync } from 'node:fs';
import { rasterise, inkBox } from './pdfGeometry.ts';
const name = process.argv[2] ?? 'document';
const page = Number(process.argv[3] ?? 1);
const pdf = readFileSync(`output/docx-samples/${name}.pdf`);
const r = rasterise(pdf, page, 600);
const regions: Record<string, [number, number, number, number, 'any'|'red'|'dark']> = JSON.parse(process.argv[4] ?? '{}');
for (const [k, [x0, y0, x1, y1, kind]] of Object.entries(regions)) {
  const b = inkBox(r, { x0, y0, x1, y1 }, kind);
  console.log(k, b && Object.fromEntries(Object.entries(b).map(([a, v]) => [a, v.toFixed(2)])));
}

/** Scratch: why row.cells judges the full rows of page P of a PDF (`tsx rowCellsWhy.ts FILE P`). */
import { readFileSync } from 'node:fs';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { measurePage } from '../../../src/check/measurePage.ts';
import { expectedCells, hasNoBreakWithin, isKinsokuCarry, isWideWordCarry } from '../../../src/check/rules/rowCells.ts';

const [file, page] = process.argv.slice(2);
const g = await extractPdfGeometry(new Uint8Array(readFileSync(file!)), { fonts: false });
const measures = g.pages.map((p) => measurePage(p));
const m = measures[Number(page) - 1]!;
for (const f of m.fullRows) {
  const next = f.next ?? (f.row === m.bodyRows.at(-1) ? measures[m.page]?.bodyRows[0] : undefined);
  if (f.chars === expectedCells(f)) continue;
  console.log(f.row.text.replace(/\s/g, ''), 'chars', f.chars, 'allFull', f.allFullWidth, 'next', next?.text.slice(0, 20));
  console.log('  kinsoku', isKinsokuCarry(f, next), 'wide', isWideWordCarry(f, next), 'noBreak', hasNoBreakWithin(f, next));
  if (next) console.log('  next chars', next.items.flatMap((i) => i.chars).slice(0, 8).map((c) => `${c.ch}@${c.x.toFixed(1)}+${c.width.toFixed(1)}`).join(' '));
}

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
  if (next) console.log('  next chars', next.items.flatMap((i) => i.chars).slice(0, 26).map((c) => `${c.ch}@${c.x.toFixed(1)}+${c.width.toFixed(1)}`).join(' '));
}
// The free width of each short all-full-width row against the next row's first word (to a full-width character).
for (const f of m.fullRows) {
  const next = f.next ?? (f.row === m.bodyRows.at(-1) ? measures[m.page]?.bodyRows[0] : undefined);
  if (!f.allFullWidth || f.chars >= expectedCells(f) || !next) continue;
  const chars = next.items.flatMap((i) => i.chars).filter((c) => c.ch.trim() !== '');
  let k = 0;
  while (k < chars.length && !/[\u3000-\u9fff\uff00-\uffef]/u.test(chars[k]!.ch)) k++;
  const word = chars.slice(0, k + 1);
  const width = word.length ? word.at(-1)!.x + word.at(-1)!.width - word[0]!.x : 0;
  console.log('  free', ((expectedCells(f) - f.chars) * 15.79).toFixed(1), 'pt; next word', word.map((c) => c.ch).join(''), width.toFixed(1), 'pt');
}

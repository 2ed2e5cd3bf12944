/** Scratch: our LibreOffice-measure width of a row text (as breakLines adds it). */
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { createMeasureChar } from '../../../src/fonts/measureChar.ts';
import { itemize } from '../../../src/layout/line/itemize.ts';
import { officeWidth, PORTION_END_PT } from '../../../src/layout/line/officeFit.ts';
const fonts = await loadFontSet({ systemFonts: false });
const m = createMeasureChar(fonts);
for (const t of process.argv.slice(2)) {
  const items = itemize([{ text: t, font: 'fangsong', sizePt: 16 }], m);
  let used = 0;
  const parts: string[] = [];
  items.forEach((it, k) => {
    const w = officeWidth(it) + (k > 0 ? it.spaceBeforePt ?? 0 : 0);
    used += it.endsPortion ? w + PORTION_END_PT : w;
    parts.push(`${it.chars.map((c) => c.char).join('')}:${it.kind[0]}${w.toFixed(2)}${it.spaceBeforePt ? `(g${it.spaceBeforePt})` : ''}${it.endsPortion ? '|' : ''}`);
  });
  const last = items[items.length - 1]!;
  console.log(t, (used + (last.endsPortion ? 0 : PORTION_END_PT)).toFixed(2));
  console.log('  ', parts.join(' '));
}

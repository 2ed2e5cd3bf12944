/** Scratch: LibreOffice's natural width of short left-aligned paragraphs vs ours. */
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { createMeasureChar } from '../../../src/fonts/measureChar.ts';
import { itemize } from '../../../src/layout/line/itemize.ts';
import { officeWidth, PORTION_END_PT } from '../../../src/layout/line/officeFit.ts';
import type { Block } from '../../../src/model/types.ts';
import { plainDocument } from '../../support/plainDocument.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

const fonts = await loadFontSet({ systemFonts: false });
const m = createMeasureChar(fonts);
const texts = process.argv.slice(2);
const ourWidth = (t: string): number => {
  const items = itemize([{ text: t, font: 'fangsong', sizePt: 16 }], m);
  let used = 0;
  items.forEach((it, k) => {
    const w = officeWidth(it) + (k > 0 ? it.spaceBeforePt ?? 0 : 0);
    used += it.endsPortion ? w + PORTION_END_PT : w;
  });
  return used + (items[items.length - 1]!.endsPortion ? 0 : PORTION_END_PT);
};
const body: Block[] = texts.map((t) => ({ type: 'paragraph', indent: 'none', align: 'left', children: [{ type: 'text', value: t }] }));
const doc = plainDocument('probe', body);
const lo = docxToPdfBatch({ probe: renderDocx(doc, { plan: layoutDocument(doc, fonts).plan }) }, 1, writeSameFacesConf(fonts));
const rows = (await extractPdfGeometry(new Uint8Array(lo.probe!), { fonts: false })).pages.flatMap((p) => p.rows).filter((r) => !/^—\s*\d+\s*—$/.test(r.text.trim()));
rows.forEach((r, k) => {
  const w = r.items.reduce((s, i) => Math.max(s, i.x + i.width), 0) - r.items[0]!.x;
  const o = ourWidth(texts[k]!);
  console.log(`${texts[k]!.padEnd(30)} LO ${w.toFixed(2)}  ours ${o.toFixed(2)}  Δ ${(w - o).toFixed(2)}  items ${r.items.length}`);
});

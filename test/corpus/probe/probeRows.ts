/** Scratch probe: paragraphs → our rows and LibreOffice's rows (same faces), with char x positions. */
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import type { Block } from '../../../src/model/types.ts';
import { plainDocument } from '../../support/plainDocument.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { drawPdf } from '../../../src/pdf/drawPdf.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';
import { readFileSync } from 'node:fs';

const fonts = await loadFontSet({ systemFonts: false });
const paras = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
const body: Block[] = paras.map((t) => ({ type: 'paragraph', ...(process.argv.includes('--left') ? { align: 'left' as const } : {}), children: [{ type: 'text', value: t }] }));
const doc = plainDocument('probe', body);
const layout = layoutDocument(doc, fonts);
const conf = process.argv.includes('--test-conf') ? undefined : writeSameFacesConf(fonts);
let docxBytes = renderDocx(doc, { plan: layout.plan });
if (process.argv.includes('--no-zw')) {
  const PizZip = (await import('pizzip')).default;
  const zip = new PizZip(docxBytes);
  zip.file('word/document.xml', zip.file('word/document.xml')!.asText().replaceAll('\u200b', ''));
  docxBytes = zip.generate({ type: 'uint8array' });
}
if (process.argv.includes('--zw')) {
  const PizZip = (await import('pizzip')).default;
  const zip = new PizZip(docxBytes);
  const xml = zip.file('word/document.xml')!.asText().replace(/(<w:t[^>]*>)([^<]*)/g, (_m: string, tag: string, text: string) => tag + text.replace(/(?<=[A-Za-z0-9])\/(?=[A-Za-z0-9])/g, '/\u200b'));
  zip.file('word/document.xml', xml);
  docxBytes = zip.generate({ type: 'uint8array' });
}
const lo = docxToPdfBatch({ probe: docxBytes }, 1, conf);
const ours = await drawPdf(doc, layout, fonts);
const rows = async (pdf: Uint8Array) => (await extractPdfGeometry(new Uint8Array(pdf), { fonts: false })).pages.flatMap((p) => p.rows).filter((r) => !/^—\s*\d+\s*—$/.test(r.text.trim()));
console.error("sizes", ours.length, lo.probe?.length);
const a = await rows(ours);
console.error("a ok", a.length);
const b = await rows(lo.probe!);
for (let k = 0; k < Math.max(a.length, b.length); k++) {
  const x = a[k]?.text.replace(/\s+/g, '') ?? '';
  const y = b[k]?.text.replace(/\s+/g, '') ?? '';
  console.log(`${x === y ? '  ' : '≠ '}O ${x}\n  L ${y}`);
  if (process.argv.includes('--widths')) {
    const w = (r: any) => (r ? r.items.map((i: any) => i.x + i.width).reduce((m: number, v: number) => Math.max(m, v), 0) - r.items[0].x : 0);
    console.log(`   width O ${w(a[k]).toFixed(2)} L ${w(b[k]).toFixed(2)}`);
  }
  if (x !== y && process.argv.includes('--x')) {
    const show = (r: any) => r.items.map((i: any) => `[${i.str}]${i.x.toFixed(2)}+${i.width.toFixed(2)}`).join(" ");
    console.log('   Ox', show(a[k])); console.log('   Lx', show(b[k]));
  }
}

/** Scratch: the font programs of a PDF re-deflated at several zlib settings (size, time). */
import { readFileSync } from 'node:fs';
import { inflateSync, deflateSync, constants } from 'node:zlib';
import { PDFDocument, PDFRawStream, PDFName } from 'pdf-lib';
const pdf = await PDFDocument.load(readFileSync(process.argv[2]!));
const programs: Buffer[] = [];
for (const [, obj] of pdf.context.enumerateIndirectObjects()) if (obj instanceof PDFRawStream && obj.dict.has(PDFName.of('Length1'))) programs.push(inflateSync(obj.contents));
const raw = programs.reduce((s, p) => s + p.length, 0);
console.log('programs', programs.length, 'raw', raw);
for (const [name, opts] of [
  ['huff', { strategy: constants.Z_HUFFMAN_ONLY }], ['rle', { strategy: constants.Z_RLE }], ['l1', { level: 1 }], ['l2', { level: 2 }], ['l3', { level: 3 }], ['l4', { level: 4 }], ['l6', { level: 6 }], ['l9', { level: 9 }], ['l9m9', { level: 9, memLevel: 9 }], ['l6m9', { memLevel: 9 }], ['l6c256', { chunkSize: 262144 }], ['l6m9c256', { memLevel: 9, chunkSize: 262144 }], ['l6again', {}], ['l6filtered', { level: 6, strategy: constants.Z_FILTERED }],
] as const) {
  const t = performance.now();
  let size = 0;
  for (let r = 0; r < 20; r++) size = programs.reduce((s, p) => s + deflateSync(p, opts).length, 0);
  console.log(name.padEnd(12), size, ((performance.now() - t) / 20).toFixed(2), 'ms');
}

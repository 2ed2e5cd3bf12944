import { readFileSync } from 'node:fs';
import { PDFDocument, PDFRawStream, PDFName, PDFDict, PDFRef, PDFArray } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const pdf = await PDFDocument.load(readFileSync(f));
  for (const [ref, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type'))?.toString() === '/FontDescriptor') {
      const name = obj.get(PDFName.of('FontName'))?.toString();
      const ff = obj.get(PDFName.of('FontFile2')) ?? obj.get(PDFName.of('FontFile3'));
      const s = pdf.context.lookup(ff as PDFRef) as PDFRawStream;
      const raw = inflateSync(s.contents);
      // count glyphs: maxp
      const n = raw.readUInt16BE(4); let glyphs = -1, glyf=0, loca=0;
      for (let i = 0; i < n; i++) { const t = raw.toString('latin1', 12 + 16 * i, 16 + 16 * i); const off = raw.readUInt32BE(12+16*i+8), len = raw.readUInt32BE(12+16*i+12);
        if (t === 'maxp') glyphs = raw.readUInt16BE(off + 4); if (t==='glyf') glyf=len; if (t==='loca') loca=len; }
      console.log(name, 'compressed', s.contents.length, 'raw', raw.length, 'glyphs', glyphs, 'glyf', glyf, 'loca', loca, 'B/glyph', (s.contents.length / glyphs).toFixed(0));
    }
  }
}

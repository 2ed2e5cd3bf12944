import { readFileSync } from 'node:fs';
import { PDFDocument, PDFRawStream, PDFName, PDFDict } from 'pdf-lib';
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(f);
  const pdf = await PDFDocument.load(bytes);
  const rows: [string, number][] = [];
  for (const [ref, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream) {
      const d = obj.dict;
      const kind = d.get(PDFName.of('Subtype'))?.toString() ?? (d.has(PDFName.of('Length1')) ? 'FontFile2' : '') ;
      rows.push([`${ref.objectNumber} ${kind} ${d.get(PDFName.of('Type'))?.toString() ?? ''}`, obj.contents.length]);
    }
  }
  console.log(f, bytes.length, pdf.getPageCount() + 'p');
  for (const [k, v] of rows.sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('  ', v, k);
}

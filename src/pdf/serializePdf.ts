/**
 * A pdf-lib document → PDF bytes, compressed with node's zlib. pdf-lib's own writer
 * (`save({ useObjectStreams: true })`) deflates its object and cross-reference streams with
 * pako, in JavaScript, which cost more than the rest of the save; this writes the same layout
 * (PDF 1.7: every stream as an indirect object, every other object in one object stream, a
 * cross-reference stream) with zlib. Byte-for-byte deterministic for the same document.
 */
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFName, PDFNumber, PDFStream, type PDFContext, type PDFObject, type PDFRef } from 'pdf-lib';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** An object's bytes as pdf-lib writes it. */
function objectBytes(object: PDFObject): Buffer {
  const buffer = Buffer.alloc(object.sizeInBytes());
  object.copyBytesInto(buffer, 0);
  return buffer;
}

function indirect(objectNumber: number, body: Uint8Array): Buffer[] {
  return [latin1(`${objectNumber} 0 obj\n`), Buffer.from(body.buffer, body.byteOffset, body.byteLength), latin1('\nendobj\n')];
}

/** Bytes needed for an unsigned value (at least one). */
function widthOf(value: number): number {
  let width = 1;
  while (value >= 256 ** width) width++;
  return width;
}

export function serializePdf(context: PDFContext): Uint8Array {
  const objects = context.enumerateIndirectObjects();
  const streams: [PDFRef, PDFObject][] = [];
  const packed: [PDFRef, PDFObject][] = [];
  for (const entry of objects) {
    // Streams cannot go in an object stream (PDF 32000-1 7.5.7), nor can a non-zero generation.
    if (entry[1] instanceof PDFStream || entry[0].generationNumber !== 0) streams.push(entry);
    else packed.push(entry);
  }
  const objStmNumber = context.largestObjectNumber + 1;
  const xrefNumber = objStmNumber + 1;
  const size = xrefNumber + 1;

  // Cross-reference entries: [type, field 2, field 3] per object number.
  const entries: [number, number, number][] = Array.from({ length: size }, () => [0, 0, 0]);
  entries[0] = [0, 0, 0xffff];

  const chunks: Buffer[] = [latin1('%PDF-1.7\n%\x81\x81\x81\x81\n\n')];
  let offset = chunks[0]!.length;
  const push = (parts: Buffer[]): void => {
    for (const part of parts) {
      chunks.push(part);
      offset += part.length;
    }
  };

  for (const [ref, object] of streams) {
    entries[ref.objectNumber] = [1, offset, ref.generationNumber];
    push(indirect(ref.objectNumber, objectBytes(object)));
  }

  if (packed.length > 0) {
    const header: string[] = [];
    const bodies: Buffer[] = [];
    let at = 0;
    packed.forEach(([ref, object], index) => {
      entries[ref.objectNumber] = [2, objStmNumber, index];
      header.push(`${ref.objectNumber} ${at}`);
      const body = objectBytes(object);
      bodies.push(body, latin1('\n'));
      at += body.length + 1;
    });
    const head = latin1(`${header.join(' ')}\n`);
    const data = deflateSync(Buffer.concat([head, ...bodies]));
    const dict = context.obj({ Type: 'ObjStm', N: packed.length, First: head.length, Filter: 'FlateDecode', Length: data.length });
    entries[objStmNumber] = [1, offset, 0];
    push(indirect(objStmNumber, Buffer.concat([objectBytes(dict), latin1('\nstream\n'), data, latin1('\nendstream')])));
  }

  entries[xrefNumber] = [1, offset, 0];
  const xrefOffset = offset;
  const w = [1, widthOf(Math.max(...entries.map((e) => e[1]))), widthOf(Math.max(...entries.map((e) => e[2])))] as const;
  const table = Buffer.alloc(size * (w[0] + w[1] + w[2]));
  let p = 0;
  for (const entry of entries) {
    for (let field = 0; field < 3; field++) {
      table.writeUIntBE(entry[field]!, p, w[field]!);
      p += w[field]!;
    }
  }
  const data = deflateSync(table);
  const { Root, Info, ID, Encrypt } = context.trailerInfo;
  const dict = PDFDict.withContext(context);
  dict.set(PDFName.of('Type'), PDFName.of('XRef'));
  dict.set(PDFName.of('Size'), PDFNumber.of(size));
  dict.set(PDFName.of('W'), context.obj([...w]));
  if (Root) dict.set(PDFName.of('Root'), Root);
  if (Info) dict.set(PDFName.of('Info'), Info);
  if (ID) dict.set(PDFName.of('ID'), ID);
  if (Encrypt) dict.set(PDFName.of('Encrypt'), Encrypt);
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
  push(indirect(xrefNumber, Buffer.concat([objectBytes(dict), latin1('\nstream\n'), data, latin1('\nendstream')])));
  push([latin1(`startxref\n${xrefOffset}\n%%EOF`)]);
  const out = Buffer.concat(chunks, offset);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

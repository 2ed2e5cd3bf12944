/**
 * The PDF writer: a laid-out document (src/layout/page: pages of positioned glyphs, rules and
 * images) → PDF bytes. Drawing only, the one stage that touches pdf-lib: subsets embedded once
 * per face, one content stream per page, seals as images, metadata from the document. It takes
 * no layout decision of its own.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import type { FontSet } from '../fonts/types.ts';
import { pt } from '../layout/gbt9704.ts';
import type { OfficialDocument, SealImage } from '../model/types.ts';
import { pageContent } from './draw/contentStream.ts';
import { embedFaces } from './draw/embedFaces.ts';
import { embedSeal } from './draw/embedSeal.ts';
import { serializePdf } from './serializePdf.ts';
import type { DocumentLayout } from '../layout/page/pageModel.ts';

/** Draws laid-out pages with pdf-lib. */
export async function drawPdf(doc: OfficialDocument, layout: DocumentLayout, fonts: FontSet): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, doc);
  const faces = embedFaces(pdf, fonts, layout.pages);
  const images = new Map<SealImage, PDFRef>();

  for (const laid of layout.pages) {
    const page = pdf.addPage([pt.paperWidth, pt.paperHeight]);
    for (const face of faces.all) page.node.setFontDictionary(PDFName.of(face.resource), face.ref);
    const names = new Map<number, string>();
    for (let i = 0; i < laid.elements.length; i++) {
      const element = laid.elements[i]!;
      if (element.type !== 'image') continue;
      let image = images.get(element.image);
      if (!image) {
        image = await embedSeal(pdf, element.image);
        images.set(element.image, image);
      }
      const name = `Im${names.size + 1}`;
      page.node.setXObject(PDFName.of(name), image);
      names.set(i, name);
    }
    const content = pageContent(laid, pt.paperHeight, faces, (i) => names.get(i) ?? 'Seal');
    if (content) page.node.addContentStream(pdf.context.register(pdf.context.stream(deflateSync(Buffer.from(content, 'latin1')), { Filter: 'FlateDecode' })));
  }
  // pdf-lib's save() would deflate the object streams with pako: flush its embedders (a JPEG
  // seal) and write the file ourselves with zlib.
  await pdf.flush();
  return serializePdf(pdf.context);
}

function setMetadata(pdf: PDFDocument, doc: OfficialDocument): void {
  const meta = doc.meta;
  pdf.setTitle(meta.title || doc.title.replace(/\n/g, ''), { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.kindName);
  pdf.setProducer('gongwen');
  pdf.setCreator('gongwen');
  pdf.setLanguage(meta.lang || 'zh-CN');
  const date = parseDate(meta.date);
  if (date) {
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }
  // Open full-page; show the document title rather than the file name (PDF/UA habit).
  pdf.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
}

function parseDate(iso: string): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(/T/.test(iso) ? iso : `${iso}T00:00:00+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

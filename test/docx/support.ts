/** Helpers for DOCX tests: read parts of a generated package. */
import PizZip from 'pizzip';

export interface DocxParts {
  zip: PizZip;
  part(name: string): string;
  document: string;
  styles: string;
  settings: string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const zip = new PizZip(bytes);
  const part = (name: string): string => {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name} in the DOCX`);
    return file.asText();
  };
  return { zip, part, document: part('word/document.xml'), styles: part('word/styles.xml'), settings: part('word/settings.xml') };
}

/** The XML of one style by id. */
export function styleXml(styles: string, id: string): string {
  const match = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!match) throw new Error(`no style ${id}`);
  return match[0];
}

/** The footer part a section's reference of `type` points at. */
export function footerOf(parts: DocxParts, sectPr: string, type: 'default' | 'even' | 'first'): string {
  const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(sectPr)?.[1];
  if (!id) throw new Error(`no ${type} footer reference`);
  const rels = parts.part('word/_rels/document.xml.rels');
  const target = new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no relationship ${id}`);
  return parts.part(`word/${target}`);
}

/** All section property blocks of document.xml, in order (the last is the body's). */
export const sections = (documentXml: string): string[] => documentXml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];

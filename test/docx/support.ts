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

/**
 * A small well-formedness check (tags balanced and properly nested, attributes quoted, no raw
 * & or <, no XML-invalid characters): enough to catch markup injected from data.
 * Returns a description of the first problem, or undefined.
 */
export function wellFormedProblem(xml: string): string | undefined {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) return 'invalid character';
  const stack: string[] = [];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, , selfClosing, text, stray] = m;
    if (stray) return `stray < at ${m.index}`;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return `raw & at ${m.index}`;
      if (text.includes('>') && /\]\]>/.test(text)) return `]]> in text at ${m.index}`;
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (stack.pop() !== name) return `unbalanced </${name}> at ${m.index}`;
    } else if (!selfClosing) stack.push(name);
  }
  return stack.length === 0 ? undefined : `unclosed <${stack.at(-1)}>`;
}

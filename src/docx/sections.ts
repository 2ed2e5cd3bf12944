/**
 * Section properties and extra package parts. The shell's own final w:sectPr (page size,
 * margins, grid, footers) is the template of every section the writer emits; only the
 * header/footer references, the first-page flag, the section type and, for the two-row
 * 第X页 footer, the footer distance change. The sectPr is shell markup, never case data.
 */
import type PizZip from 'pizzip';
import { ShellError } from '../errors.ts';
import { trustedXml, type Xml } from './xml.ts';
import { repeatedPartEntry } from './repeatedParts.ts';
import { storedEntry, zipEntry, type ZipEntry } from './zipWriter.ts';

const REL_FOOTER = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const CT_FOOTER = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';

/** The shell's final section properties (the body-level w:sectPr). */
export function shellSectPr(documentXml: string): string {
  const match = /<w:sectPr\b[\s\S]*?<\/w:sectPr>\s*<\/w:body>/.exec(documentXml);
  if (!match) {
    throw new ShellError({
      zh: 'Word 模板的 word/document.xml 末尾缺少节属性 w:sectPr（页面大小、页边距、页脚）',
      en: 'word/document.xml of the Word shell has no final w:sectPr (page size, margins, footers)',
    });
  }
  return match[0].replace(/\s*<\/w:body>$/, '');
}

export interface References {
  footers?: { default?: string; even?: string; first?: string };
  headers?: { default?: string; even?: string; first?: string };
}

export interface SectionChange extends References {
  titlePage?: boolean;
  /** w:type: the section starts on a new page. */
  nextPage?: boolean;
  /** w:pgMar w:footer in twips. */
  footerDistance?: number;
}

/** A copy of the shell's sectPr with the given changes. */
export function editSectPr(sectPr: string, change: SectionChange): string {
  const open = /^<w:sectPr\b[^>]*>/.exec(sectPr)?.[0] ?? '<w:sectPr>';
  let inner = sectPr.slice(open.length, sectPr.length - '</w:sectPr>'.length);
  // References of the types the change names are replaced; the others are kept.
  const refs = new Map<string, string>();
  for (const ref of inner.match(/<w:(header|footer)Reference\b[^>]*\/>/g) ?? []) {
    const kind = ref.startsWith('<w:header') ? 'header' : 'footer';
    const type = /w:type="(\w+)"/.exec(ref)?.[1] ?? 'default';
    refs.set(`${kind}:${type}`, ref);
  }
  inner = inner.replace(/<w:(header|footer)Reference\b[^>]*\/>/g, '');
  for (const kind of ['header', 'footer'] as const) {
    const wanted = kind === 'header' ? change.headers : change.footers;
    for (const type of ['default', 'even', 'first'] as const) {
      const id = wanted?.[type];
      if (id) refs.set(`${kind}:${type}`, `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`);
    }
  }
  const ordered = [...refs.entries()].sort(([a], [b]) => (a.startsWith('header') === b.startsWith('header') ? 0 : a.startsWith('header') ? -1 : 1));
  const references = ordered.map(([, ref]) => ref);
  if (change.nextPage !== undefined) {
    inner = inner.replace(/<w:type\b[^>]*\/>/g, '');
    if (change.nextPage) inner = `<w:type w:val="nextPage"/>${inner}`;
  }
  if (change.titlePage) {
    inner = inner.replace(/<w:titlePg\b[^>]*\/>/g, '');
    inner = /<w:docGrid\b/.test(inner) ? inner.replace(/<w:docGrid\b/, '<w:titlePg/><w:docGrid') : `${inner}<w:titlePg/>`;
  }
  if (change.footerDistance !== undefined) {
    inner = inner.replace(/(<w:pgMar\b[^>]*\bw:footer=")\d+(")/, `$1${change.footerDistance}$2`);
  }
  return `${open}${references.join('')}${inner}</w:sectPr>`;
}

export const sectPrXml = (sectPr: string): Xml => trustedXml(sectPr);

/** Replaces the final sectPr of document.xml. */
export function replaceFinalSectPr(documentXml: string, sectPr: string): string {
  return documentXml.replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>(\s*<\/w:body>)/, `${sectPr}$1`);
}

/** The shell's relationships of word/document.xml and its content types, which the writer extends. */
export function shellPackageFiles(zip: PizZip): { rels: string; types: string } {
  const rels = zip.file('word/_rels/document.xml.rels')?.asText() ?? '';
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (!rels || !types) {
    throw new ShellError({
      zh: 'Word 模板缺少 word/_rels/document.xml.rels 或 [Content_Types].xml',
      en: 'Word shell lacks word/_rels/document.xml.rels or [Content_Types].xml',
    });
  }
  return { rels, types };
}

/**
 * Adds parts to the package with their relationships from word/document.xml and content types.
 * The parts are held until save(), which the writer calls after the template pass: text built
 * from case data (footers, document properties) never goes through docxtemplater.
 */
export class PackageEditor {
  private n = 0;
  private readonly parts = new Map<string, ZipEntry>();
  constructor(
    private rels: string,
    private types: string,
  ) {}

  private addRel(type: string, target: string, id?: string): string {
    const relId = id ?? `rIdGw${++this.n}`;
    this.rels = this.rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${type}" Target="${target}"/></Relationships>`);
    return relId;
  }

  private addOverride(partName: string, contentType: string): void {
    this.types = this.types.replace('</Types>', `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`);
  }

  private addDefault(extension: string, contentType: string): void {
    if (new RegExp(`Extension="${extension}"`, 'i').test(this.types)) return;
    this.types = this.types.replace('</Types>', `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`);
  }

  addFooter(name: string, xml: string): string {
    this.parts.set(`word/${name}.xml`, repeatedPartEntry(`word/${name}.xml`, xml));
    this.addOverride(`word/${name}.xml`, CT_FOOTER);
    return this.addRel(REL_FOOTER, `${name}.xml`);
  }

  addImage(relId: string, path: string, data: Uint8Array): void {
    // PNG and JPEG are compressed already: deflate took 1 % off a seal.
    this.parts.set(path, storedEntry(path, data));
    const ext = path.slice(path.lastIndexOf('.') + 1);
    this.addDefault(ext, ext === 'png' ? 'image/png' : 'image/jpeg');
    this.addRel(REL_IMAGE, path.replace(/^word\//, ''), relId);
  }

  /**
   * A part written as is at save() (e.g. docProps/core.xml), replacing the shell's; `repeats`:
   * its text recurs from document to document (docProps/app.xml: one per issuer).
   */
  setPart(path: string, content: string, { repeats = false } = {}): void {
    this.parts.set(path, repeats ? repeatedPartEntry(path, content) : zipEntry(path, content));
  }

  /**
   * Writes the parts, relationships and content types into the template pass's package: a
   * replaced part keeps its place, a new one goes at the end.
   */
  save(parts: Map<string, ZipEntry>): void {
    for (const [path, entry] of this.parts) parts.set(path, entry);
    parts.set('word/_rels/document.xml.rels', repeatedPartEntry('word/_rels/document.xml.rels', this.rels));
    parts.set('[Content_Types].xml', repeatedPartEntry('[Content_Types].xml', this.types));
  }
}

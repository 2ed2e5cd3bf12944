/**
 * Reads the font dictionaries of a PDF with pdf-lib: BaseFont, subtype, whether a font
 * program (FontFile, FontFile2, FontFile3) is embedded, whether the name carries a
 * subset tag, and which pages use it. Like `pdffonts`, but in-process.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import type { PdfFontInfo } from './types.ts';

const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'] as const;
const TOP_LEVEL_SUBTYPES = new Set(['Type0', 'Type1', 'MMType1', 'TrueType', 'Type3']);

export async function extractPdfFonts(pdf: Uint8Array): Promise<PdfFontInfo[]> {
  const doc = await PDFDocument.load(pdf, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  const context = doc.context;
  const lookupDict = (obj: PDFObject | undefined): PDFDict | undefined => {
    const o = obj instanceof PDFRef ? context.lookup(obj) : obj;
    if (o instanceof PDFDict) return o;
    if (o instanceof PDFStream) return o.dict;
    return undefined;
  };
  const name = (dict: PDFDict, key: string): string | undefined => {
    const v = dict.get(PDFName.of(key));
    const o = v instanceof PDFRef ? context.lookup(v) : v;
    return o instanceof PDFName ? o.decodeText() : undefined;
  };

  // Which pages reach which font dictionaries (through page, form XObject and Type3 resources).
  const pagesOf = new Map<PDFDict, Set<number>>();
  const walkResources = (res: PDFDict | undefined, page: number, seen: Set<PDFDict>): void => {
    if (!res || seen.has(res)) return;
    seen.add(res);
    const fonts = lookupDict(res.get(PDFName.of('Font')));
    for (const [, v] of fonts?.entries() ?? []) {
      const f = lookupDict(v);
      if (!f) continue;
      if (!pagesOf.has(f)) pagesOf.set(f, new Set());
      pagesOf.get(f)!.add(page);
      walkResources(lookupDict(f.get(PDFName.of('Resources'))), page, seen);
    }
    const xobjects = lookupDict(res.get(PDFName.of('XObject')));
    for (const [, v] of xobjects?.entries() ?? []) {
      const x = lookupDict(v);
      if (x) walkResources(lookupDict(x.get(PDFName.of('Resources'))), page, seen);
    }
  };
  doc.getPages().forEach((p, i) => {
    let node: PDFDict | undefined = p.node;
    let res: PDFDict | undefined;
    while (node && !res) {
      res = lookupDict(node.get(PDFName.of('Resources')));
      node = lookupDict(node.get(PDFName.of('Parent')));
    }
    walkResources(res, i + 1, new Set());
  });

  // Every font dictionary in the file, reachable from a page or not.
  const fontDicts = new Set<PDFDict>(pagesOf.keys());
  for (const [, obj] of context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && name(obj, 'Type') === 'Font' && TOP_LEVEL_SUBTYPES.has(name(obj, 'Subtype') ?? '')) {
      fontDicts.add(obj);
    }
  }

  const infos: PdfFontInfo[] = [];
  for (const dict of fontDicts) {
    const subtype = name(dict, 'Subtype') ?? '?';
    if (!TOP_LEVEL_SUBTYPES.has(subtype)) continue;
    const baseFont = name(dict, 'BaseFont') ?? name(dict, 'Name') ?? '(unnamed)';
    let descriptorOwner = dict;
    let descendantSubtype: string | undefined;
    if (subtype === 'Type0') {
      const descendants = dict.get(PDFName.of('DescendantFonts'));
      const arr = descendants instanceof PDFRef ? context.lookup(descendants) : descendants;
      const first = arr instanceof PDFArray ? lookupDict(arr.get(0)) : undefined;
      if (first) {
        descriptorOwner = first;
        descendantSubtype = name(first, 'Subtype');
      }
    }
    const descriptor = lookupDict(descriptorOwner.get(PDFName.of('FontDescriptor')));
    const fontFile = FONT_FILES.find((k) => descriptor?.get(PDFName.of(k)) !== undefined);
    const info: PdfFontInfo = {
      baseFont,
      subtype,
      embedded: subtype === 'Type3' || fontFile !== undefined,
      subset: /^[A-Z]{6}\+/.test(baseFont),
      pages: [...(pagesOf.get(dict) ?? [])].sort((a, b) => a - b),
    };
    if (descendantSubtype) info.descendantSubtype = descendantSubtype;
    if (fontFile) info.fontFile = fontFile;
    infos.push(info);
  }
  return infos.sort((a, b) => (a.pages[0] ?? Infinity) - (b.pages[0] ?? Infinity) || a.baseFont.localeCompare(b.baseFont));
}

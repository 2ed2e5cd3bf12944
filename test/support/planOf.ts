/**
 * The page plan of a document with the open package fonts (reproducible), and its DOCX: the
 * DOCX writer takes every page-level decision from the layout engine's plan.
 */
import { renderDocx, type RenderDocxOptions } from '../../src/docx/renderDocx.ts';
import { resolveFontSet } from '../../src/fonts/loadFontSet.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import { layoutDocument } from '../../src/layout/page/layoutDocument.ts';
import type { PagePlan } from '../../src/layout/pagePlan.ts';
import type { OfficialDocument } from '../../src/model/types.ts';

let fonts: FontSet | undefined;

export function packageFonts(): FontSet {
  return (fonts ??= resolveFontSet({ systemFonts: false }));
}

export function planOf(doc: OfficialDocument): PagePlan {
  return layoutDocument(doc, packageFonts()).plan;
}

/** The DOCX of a document; a hand-written plan given in `options` overrides the computed one's page decisions. */
export function docxOf(doc: OfficialDocument, options: Partial<RenderDocxOptions> = {}): Uint8Array {
  return renderDocx(doc, { ...options, plan: { ...planOf(doc), ...(options.plan ?? {}) } });
}

/**
 * Lay out, then draw: the PDF of one document model with its page plan, for callers that
 * want only the PDF (tests, tools). renderCase does the same for several formats at once.
 */
import { loadFontSet } from '../fonts/loadFontSet.ts';
import type { FontSet } from '../fonts/types.ts';
import { layoutDocument } from '../layout/page/layoutDocument.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import type { OfficialDocument } from '../model/types.ts';
import { drawPdf } from '../pdf/drawPdf.ts';

export interface RenderedPdf {
  pdf: Uint8Array;
  plan: PagePlan;
  warnings: string[];
}

export async function renderPdf(doc: OfficialDocument, options: { fonts?: FontSet } = {}): Promise<RenderedPdf> {
  const fonts = options.fonts ?? (await loadFontSet());
  const layout = layoutDocument(doc, fonts);
  return { pdf: await drawPdf(doc, layout, fonts), plan: layout.plan, warnings: layout.warnings };
}

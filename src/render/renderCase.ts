/**
 * The library's front door: one loaded case in, the document model and its rendered
 * files out (as bytes; writing them is the caller's business). The CLI and, later, the
 * batch pool are two callers of it.
 */
import type { LoadedCase } from '../case/types.ts';
import { CaseError, DoesNotFitError } from '../errors.ts';
import { renderDocx } from '../docx/renderDocx.ts';
import type { FontSet } from '../fonts/types.ts';
import { buildDocument } from '../kinds/buildDocument.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import type { OfficialDocument } from '../model/types.ts';
import { layoutDocument } from '../layout/page/layoutDocument.ts';
import { drawPdf } from '../pdf/drawPdf.ts';

import type { OutputFormat } from './outputFormats.ts';

export { OUTPUT_FORMATS, type OutputFormat } from './outputFormats.ts';

export interface RenderOptions {
  formats: readonly OutputFormat[];
  /** Fonts, resolved once per process by the caller (loadFontSet). */
  fonts: FontSet;
  /** An office's own Word shell (--docx-template). */
  docxShell?: Uint8Array;
  lang?: 'zh' | 'en';
  /** --mask-names: every personal name of the case's person fields in its 某某 form (maskNames). */
  maskNames?: boolean;
}

export interface RenderedOutput {
  format: OutputFormat;
  bytes: Uint8Array;
}

export interface RenderedCase {
  document: OfficialDocument;
  plan: PagePlan;
  outputs: RenderedOutput[];
  warnings: string[];
}

export async function renderCase(loaded: LoadedCase, options: RenderOptions): Promise<RenderedCase> {
  const document = await buildDocument(loaded, { lang: options.lang ?? 'zh', ...(options.maskNames ? { maskNames: true } : {}) });
  try {
    return await renderDocument(document, options);
  } catch (error) {
    // A field too long for its page: reported like any other problem of the case file.
    if (error instanceof DoesNotFitError) {
      throw new CaseError(loaded.source, [{ pointer: loaded.pointer + error.field, expected: error.expected, found: error.found }]);
    }
    throw error;
  }
}

/**
 * Renders a built document: build → lay out (once, writer-neutral: the page plan) → write each
 * format from that one layout.
 */
export async function renderDocument(document: OfficialDocument, options: RenderOptions): Promise<RenderedCase> {
  const layout = layoutDocument(document, options.fonts);
  const outputs: RenderedOutput[] = [];
  for (const format of options.formats) {
    const bytes =
      format === 'docx'
        ? renderDocx(document, { plan: layout.plan, ...(options.docxShell ? { shell: options.docxShell } : {}) })
        : await drawPdf(document, layout, options.fonts);
    outputs.push({ format, bytes });
  }
  return { document, plan: layout.plan, outputs, warnings: [...layout.warnings] };
}

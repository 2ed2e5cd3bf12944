/**
 * The library's front door: one loaded case in, the document model and its rendered
 * files out (as bytes; writing them is the caller's business). The CLI and, later, the
 * batch pool are two callers of it.
 */
import type { LoadedCase } from '../case/types.ts';
import { renderDocx } from '../docx/renderDocx.ts';
import type { FontSet } from '../fonts/types.ts';
import { buildDocument } from '../kinds/buildDocument.ts';
import type { PagePlan } from '../layout/pagePlan.ts';
import type { OfficialDocument } from '../model/types.ts';
import { layoutDocument } from '../pdf/layoutDocument.ts';
import { renderPdf } from '../pdf/renderPdf.ts';

import type { OutputFormat } from './outputFormats.ts';

export { OUTPUT_FORMATS, type OutputFormat } from './outputFormats.ts';

export interface RenderOptions {
  formats: readonly OutputFormat[];
  /** Fonts, resolved once per process by the caller (loadFontSet). */
  fonts: FontSet;
  /** An office's own Word shell (--docx-template). */
  docxShell?: Uint8Array;
  lang?: 'zh' | 'en';
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
  const document = await buildDocument(loaded, { lang: options.lang ?? 'zh' });
  return renderDocument(document, options);
}

/** Renders a built document: pagination is computed once and both writers obey it. */
export async function renderDocument(document: OfficialDocument, options: RenderOptions): Promise<RenderedCase> {
  const outputs: RenderedOutput[] = [];
  const warnings: string[] = [];
  let plan: PagePlan;
  let pdf: Uint8Array | undefined;
  if (options.formats.includes('pdf')) {
    const rendered = await renderPdf(document, { fonts: options.fonts });
    pdf = rendered.pdf;
    plan = rendered.plan;
    warnings.push(...rendered.warnings);
  } else {
    plan = layoutDocument(document, options.fonts).plan;
  }
  for (const format of options.formats) {
    if (format === 'docx') {
      outputs.push({ format, bytes: renderDocx(document, { plan, ...(options.docxShell ? { shell: options.docxShell } : {}) }) });
    } else if (pdf) {
      outputs.push({ format, bytes: pdf });
    }
  }
  return { document, plan, outputs, warnings };
}

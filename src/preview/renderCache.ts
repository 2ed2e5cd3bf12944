/**
 * Rendered documents for the preview, in memory: PDF and DOCX through renderCase, and the PDF's
 * `gongwen check` report. Keyed by the document's content (its case data) and a generation that
 * bumps when templates or other files a render reads (seals) change, so an edit to one document
 * of a file re-renders that one only. Renders one document at a time (2 cores shared with the
 * reviewer's browser); asking again for a document being rendered waits for that render.
 */
import { createHash } from 'node:crypto';
import type { LoadedCase } from '../case/types.ts';
import type { CheckReport } from '../check/types.ts';
import { GongwenError } from '../errors.ts';
import type { FontSet } from '../fonts/types.ts';
import { forgetKindDefinitions } from '../kinds/kindDefinition.ts';
import { forgetContentTemplates } from '../kinds/renderContent.ts';

export interface RenderedPreview {
  ok: true;
  pdf: Uint8Array;
  docx: Uint8Array;
  check: CheckReport;
  /** formatCheckReport's Chinese text. */
  checkText: string;
  warnings: string[];
  pages: number;
}

export interface FailedPreview {
  ok: false;
  message: string;
}

export type PreviewResult = RenderedPreview | FailedPreview;

export interface RenderCacheOptions {
  /** Loads the fonts once, on the first render. */
  fonts: () => Promise<FontSet>;
  /** Kept documents at most (the oldest go first). */
  limit?: number;
}

export class RenderCache {
  private generation = 0;
  private readonly results = new Map<string, Promise<PreviewResult>>();
  private queue: Promise<unknown> = Promise.resolve();
  private fontSet: Promise<FontSet> | undefined;

  constructor(private readonly options: RenderCacheOptions) {}

  /** Templates (or a seal, or anything else a render reads) changed: render everything afresh. */
  invalidateAll(): void {
    this.generation += 1;
    this.results.clear();
    forgetContentTemplates();
    forgetKindDefinitions();
  }

  /**
   * Loads the fonts, the layout engine, the writers and the PDF reader ahead of the first
   * render (a few seconds of work the reviewer would otherwise wait for on the first click).
   */
  warm(): Promise<void> {
    const work = this.queue.then(async () => {
      this.fontSet ??= this.options.fonts();
      await Promise.all([this.fontSet, import('../render/renderCase.ts'), import('../check/checkPdf.ts')]);
    });
    this.queue = work.catch(() => undefined);
    return work.catch(() => undefined);
  }

  render(loaded: LoadedCase): Promise<PreviewResult> {
    const key = this.keyOf(loaded);
    const hit = this.results.get(key);
    if (hit) return hit;
    const result = this.queue.then(() => this.renderNow(loaded));
    this.queue = result;
    this.results.set(key, result);
    const limit = this.options.limit ?? 64;
    while (this.results.size > limit) this.results.delete(this.results.keys().next().value!);
    return result;
  }

  private keyOf(loaded: LoadedCase): string {
    const hash = createHash('sha256').update(JSON.stringify(loaded.data)).update(loaded.source).digest('hex');
    return `${this.generation}:${hash}`;
  }

  private async renderNow(loaded: LoadedCase): Promise<PreviewResult> {
    try {
      this.fontSet ??= this.options.fonts();
      const fonts = await this.fontSet;
      // The layout engine and writers load with the first render: the list shows before them.
      const { renderCase } = await import('../render/renderCase.ts');
      const rendered = await renderCase(loaded, { formats: ['pdf', 'docx'], fonts, lang: 'zh' });
      const pdf = rendered.outputs.find((o) => o.format === 'pdf')!.bytes;
      const docx = rendered.outputs.find((o) => o.format === 'docx')!.bytes;
      // The PDF reader patches built-ins: loaded on the first check, as `gongwen check` does.
      const { checkPdf } = await import('../check/checkPdf.ts');
      const { formatCheckReport } = await import('../check/formatCheckReport.ts');
      // checkPdf may transfer (detach) the buffer it is given: it gets a copy.
      const check = await checkPdf(pdf.slice(), { layout: rendered.document.layout, lang: 'zh' });
      return { ok: true, pdf, docx, check, checkText: formatCheckReport(check, 'zh'), warnings: rendered.warnings, pages: check.pages };
    } catch (error) {
      return { ok: false, message: error instanceof GongwenError ? error.describe('zh') : error instanceof Error ? error.message : String(error) };
    }
  }
}

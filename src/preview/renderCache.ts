/**
 * Rendered documents for the preview, in memory. For each document: the PDF first (renderCase),
 * then its `gongwen check` report, queued right behind it; the DOCX only when it is downloaded.
 * Keyed by the document's content (its case data) and a generation that bumps when templates or
 * other files a render reads (seals) change, so an edit to one document of a file re-renders that
 * one only. One job at a time (2 cores shared with the reviewer's browser); asking again for a
 * document in progress waits for that job.
 */
import { createHash } from 'node:crypto';
import type { LoadedCase } from '../case/types.ts';
import type { CheckReport } from '../check/types.ts';
import { GongwenError } from '../errors.ts';
import type { FontSet } from '../fonts/types.ts';
import { forgetKindDefinitions } from '../kinds/kindDefinition.ts';
import { forgetContentTemplates } from '../kinds/renderContent.ts';
import type { OutputFormat } from '../render/outputFormats.ts';

export interface Failure {
  ok: false;
  message: string;
}

export interface PdfPreview {
  ok: true;
  pdf: Uint8Array;
  layout: 'document' | 'letter' | 'minutes' | 'plain';
  /** The document's title as printed ('' for none), row breaks removed. */
  title: string;
  /** The layout engine's warnings (rows it had to squeeze…). */
  warnings: string[];
}

export interface CheckedPreview {
  ok: true;
  check: CheckReport;
  /** formatCheckReport's Chinese text, as `gongwen check` prints it. */
  checkText: string;
}

export interface DocxPreview {
  ok: true;
  docx: Uint8Array;
}

interface Slot {
  pdf: Promise<PdfPreview | Failure>;
  check: Promise<CheckedPreview | Failure>;
  docx?: Promise<DocxPreview | Failure>;
}

export interface RenderCacheOptions {
  /** Loads the fonts once, on the first render. */
  fonts: () => Promise<FontSet>;
  /** Kept documents at most (the oldest go first). */
  limit?: number;
}

export class RenderCache {
  private generation = 0;
  private readonly slots = new Map<string, Slot>();
  private queue: Promise<unknown> = Promise.resolve();
  private fontSet: Promise<FontSet> | undefined;

  constructor(private readonly options: RenderCacheOptions) {}

  /** Templates (or a seal, or anything else a render reads) changed: render everything afresh. */
  invalidateAll(): void {
    this.generation += 1;
    this.slots.clear();
    forgetContentTemplates();
    forgetKindDefinitions();
  }

  /**
   * Loads the fonts, the layout engine, the writers and the PDF reader ahead of the first
   * render (a few seconds of work the reviewer would otherwise wait for on the first click).
   */
  async warm(): Promise<void> {
    await this.enqueue(async () => {
      await Promise.all([this.fonts(), import('../render/renderCase.ts'), import('../check/checkPdf.ts')]);
    });
  }

  pdf(loaded: LoadedCase): Promise<PdfPreview | Failure> {
    return this.slot(loaded).pdf;
  }

  check(loaded: LoadedCase): Promise<CheckedPreview | Failure> {
    return this.slot(loaded).check;
  }

  docx(loaded: LoadedCase): Promise<DocxPreview | Failure> {
    const slot = this.slot(loaded);
    slot.docx ??= this.enqueue(async () => ({ ok: true as const, docx: await this.renderAs(loaded, 'docx') }));
    return slot.docx;
  }

  private slot(loaded: LoadedCase): Slot {
    const key = `${this.generation}:${createHash('sha256').update(JSON.stringify(loaded.data)).update(loaded.source).digest('hex')}`;
    const hit = this.slots.get(key);
    if (hit) return hit;
    const pdf = this.enqueue(async () => {
      // The layout engine and writers load with the first render: the list shows before them.
      const { renderCase } = await import('../render/renderCase.ts');
      const rendered = await renderCase(loaded, { formats: ['pdf'], fonts: await this.fonts(), lang: 'zh' });
      const { document } = rendered;
      return { ok: true as const, pdf: rendered.outputs[0]!.bytes, layout: document.layout, title: document.title.replace(/\n/g, ''), warnings: rendered.warnings };
    });
    const check = this.enqueue(async () => {
      const rendered = await pdf;
      if (!rendered.ok) return rendered;
      // The PDF reader patches built-ins: loaded on the first check, as `gongwen check` does.
      const { checkPdf } = await import('../check/checkPdf.ts');
      const { formatCheckReport } = await import('../check/formatCheckReport.ts');
      // checkPdf's reader may take over (detach) the buffer it is given: it gets a copy.
      const report = await checkPdf(rendered.pdf.slice(), { layout: rendered.layout, lang: 'zh' });
      return { ok: true as const, check: report, checkText: formatCheckReport(report, 'zh') };
    });
    const slot: Slot = { pdf, check };
    this.slots.set(key, slot);
    while (this.slots.size > (this.options.limit ?? 64)) this.slots.delete(this.slots.keys().next().value!);
    return slot;
  }

  private async renderAs(loaded: LoadedCase, format: OutputFormat): Promise<Uint8Array> {
    const { renderCase } = await import('../render/renderCase.ts');
    return (await renderCase(loaded, { formats: [format], fonts: await this.fonts(), lang: 'zh' })).outputs[0]!.bytes;
  }

  private fonts(): Promise<FontSet> {
    this.fontSet ??= this.options.fonts();
    return this.fontSet;
  }

  /** Runs `job` after every job before it; a failure becomes a Failure, never a rejection. */
  private enqueue<T>(job: () => Promise<T>): Promise<T | Failure> {
    const run = this.queue.then(job).catch((error: unknown): Failure => ({ ok: false, message: describe(error) }));
    this.queue = run;
    return run;
  }
}

function describe(error: unknown): string {
  return error instanceof GongwenError ? error.describe('zh') : error instanceof Error ? error.message : String(error);
}

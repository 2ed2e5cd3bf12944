/**
 * One work order → its result: validate the item, apply an assigned 发文字号, render both formats
 * from one layout, write the files atomically and hash them. Every error becomes a failed result.
 * Its temporaries go to a run folder kept for the thread's next order (writeOutputs
 * keepRunFolder): whoever runs the orders removes it at the end (removeOwnTemporaries).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { OutputExistsError } from '../errors.ts';
import type { FontSet } from '../fonts/types.ts';
import { writeOutputs } from '../output/writeOutputs.ts';
import type { OutputFormat } from '../render/outputFormats.ts';
import { renderCase } from '../render/renderCase.ts';
import { dateOf } from './caseDate.ts';
import { errorOfItem } from './itemError.ts';
import { sha256 } from './sha256.ts';
import type { WorkOrder, WorkResult, WrittenOutput } from './types.ts';
import { validateItem } from './validateItem.ts';

export interface RenderOrderOptions {
  fonts: FontSet & { substitutions: string[] };
  formats: readonly OutputFormat[];
  lang: 'zh' | 'en';
  docxShell?: Uint8Array;
  maskNames?: boolean;
  /** Called with the case id before rendering, and awaited (the worker's test hooks). */
  beforeRender?: (id: string) => unknown;
}


export async function renderOrder(order: WorkOrder, options: RenderOrderOptions): Promise<WorkResult> {
  const { item } = order;
  const place = { source: item.source, pointer: item.pointer, ...(item.row !== undefined ? { row: item.row } : {}), ...(item.columns ? { columns: item.columns } : {}) };
  try {
    if (item.payload.type === 'error') return { status: 'failed', index: item.index, error: item.payload.error };
    if (!order.replace) {
      // Synchronous: a thread-pool round trip per path cost a worker more than the check.
      const existing = order.paths.find(({ path }) => existsSync(path))?.path;
      if (existing) {
        const { messages } = new OutputExistsError(existing);
        return { status: 'skipped', index: item.index, reason: 'exists', message: messages };
      }
    }
    const loaded = validateItem(item);
    if (order.docNumber && !loaded.data.docNumber) loaded.data.docNumber = order.docNumber;
    await options.beforeRender?.(loaded.data.id);
    const rendered = await renderCase(loaded, {
      formats: options.formats,
      fonts: options.fonts,
      lang: options.lang,
      ...(options.docxShell ? { docxShell: options.docxShell } : {}),
      ...(options.maskNames ? { maskNames: true } : {}),
    });
    const pending = rendered.outputs.map((output) => ({ path: order.paths.find((p) => p.format === output.format)!.path, bytes: output.bytes }));
    if (order.replace) {
      // Resumed or forced: a file already holding exactly these bytes is left alone.
      const changed = [];
      for (const output of pending) {
        const current = await readFile(output.path).catch(() => undefined);
        if (!current || !current.equals(output.bytes)) changed.push(output);
      }
      await writeOutputs(changed, { force: true, keepRunFolder: true });
    } else {
      await writeOutputs(pending, { force: false, keepRunFolder: true });
    }
    const outputs: WrittenOutput[] = rendered.outputs.map((output, i) => ({
      format: output.format,
      path: pending[i]!.path,
      sha256: sha256(output.bytes),
      bytes: output.bytes.length,
    }));
    const data = loaded.data as { title?: string; date?: string; meeting?: { date?: string }; start?: string };
    return {
      status: 'ok',
      index: item.index,
      id: loaded.data.id,
      kind: loaded.data.kind,
      title: rendered.document.meta.title,
      issuer: loaded.data.issuer.name,
      ...(dateOf(data) ? { date: dateOf(data)! } : {}),
      ...(loaded.data.docNumber ? { docNumber: loaded.data.docNumber } : {}),
      outputs,
      warnings: [...options.fonts.substitutions, ...rendered.warnings],
      pages: rendered.plan.pageCount,
    };
  } catch (error) {
    if (error instanceof OutputExistsError) return { status: 'skipped', index: item.index, reason: 'exists', message: error.messages };
    return { status: 'failed', index: item.index, error: errorOfItem(error, place) };
  }
}


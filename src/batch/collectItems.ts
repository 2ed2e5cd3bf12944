/**
 * The batch's inputs → its items in input order, each with a distinct output stem: folders as
 * `gongwen render` reads them (expandInputs), every file split into its documents.
 */
import { readFile } from 'node:fs/promises';
import { mergeDocument } from '../case/mergeDocument.ts';
import { expandInputs } from '../case/expandInputs.ts';
import { StemAllocator } from '../output/outputName.ts';
import { errorOfItem } from './itemError.ts';
import { type SplitItem, splitCaseText } from './splitCaseText.ts';
import type { BatchItem } from './types.ts';

export async function collectItems(inputs: string[]): Promise<BatchItem[]> {
  const split: SplitItem[] = [];
  for (const file of await expandInputs(inputs)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      split.push({ source: file, pointer: '', payload: { type: 'error', error: errorOfItem(error, { source: file, pointer: '' }) } });
      continue;
    }
    split.push(...(await splitCaseText(text, file)));
  }
  return numberItems(split);
}

/** Input order → index; id (then id.kind, id.kind.N) → stem, as `gongwen render` names files. */
export function numberItems(split: SplitItem[], stemOf: (item: SplitItem, index: number) => { id: string; kind: string } = rawIdentity): BatchItem[] {
  const stems = new StemAllocator();
  return split.map((item, index) => {
    const { id, kind } = stemOf(item, index);
    return { ...item, index, stem: item.payload.type === 'error' ? '' : stems.allocate(id, kind) };
  });
}

/** The id and kind an item will have once valid (read before validation, for its file name). */
export function rawIdentity(item: SplitItem, index: number): { id: string; kind: string } {
  const record = rawValue(item);
  const id = typeof record.id === 'string' && record.id.trim() !== '' ? record.id : `item-${index + 1}`;
  const kind = typeof record.kind === 'string' ? record.kind : 'case';
  return { id, kind };
}

/** The item's case as found (merged with its {case} when in a documents form), not validated. */
export function rawValue(item: Pick<SplitItem, 'payload'>): Record<string, unknown> {
  const { payload } = item;
  const value = payload.type === 'value' ? payload.value : payload.type === 'document' ? mergeDocument(payload.shared, payload.document) : undefined;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The batch's inputs → its items in input order, each with a distinct output stem: folders as
 * `gongwen render` reads them (expandInputs), every file split into its documents.
 */
import { expandInputs } from '../case/expandInputs.ts';
import { StemAllocator } from '../output/outputName.ts';
import { errorOfItem } from './itemError.ts';
import { type SplitItem, splitCaseFile } from './splitCaseText.ts';
import type { BatchItem, CaseFacts } from './types.ts';

export async function collectItems(inputs: string[]): Promise<BatchItem[]> {
  const split: SplitItem[] = [];
  for (const file of await expandInputs(inputs)) {
    try {
      split.push(...(await splitCaseFile(file)));
    } catch (error) {
      split.push({ source: file, pointer: '', payload: { type: 'error', error: errorOfItem(error, { source: file, pointer: '' }) } });
    }
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
  const { id, kind } = factsOf(item);
  return { id: id !== undefined && id.trim() !== '' ? id : `item-${index + 1}`, kind: kind ?? 'case' };
}

/** What was read of the item's case before validation (merged with its {case} in a documents form). */
export function factsOf(item: Pick<SplitItem, 'payload'>): CaseFacts {
  const { payload } = item;
  return payload.type === 'value' || payload.type === 'document' ? payload.facts : {};
}

/**
 * The reviewer's marks (gongwen preview: DIR/.reviews.json, approved or returned with a comment)
 * for the items of a batch, so manifest.json says which documents were approved. An item's
 * marks file is the nearest .reviews.json in its case file's folder or a folder above it; its
 * key there is the case file's path relative to that folder and the document's pointer. The
 * mark's time is left out: the manifest depends on nothing but the inputs.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { REVIEWS_FILE, ReviewStore, reviewKey, type ReviewMark } from '../preview/reviewStore.ts';
import type { BatchItem } from './types.ts';

export interface ItemReview {
  status: ReviewMark['status'];
  comment: string;
}

export async function reviewMarksFor(items: readonly BatchItem[]): Promise<Map<number, ItemReview>> {
  const stores = new Map<string, Promise<Record<string, ReviewMark>> | undefined>();
  const nearest = (dir: string): string | undefined => {
    for (let at = dir; ; at = dirname(at)) {
      if (existsSync(join(at, REVIEWS_FILE))) return at;
      if (dirname(at) === at) return undefined;
    }
  };
  const found = new Map<number, ItemReview>();
  for (const item of items) {
    if (item.row !== undefined && item.caseSource) continue; // a --rows document was never previewed
    const root = nearest(dirname(item.source));
    if (!root) continue;
    if (!stores.has(root)) stores.set(root, new ReviewStore(root).read());
    const marks = await stores.get(root)!;
    const mark = marks?.[reviewKey(relative(root, item.source).split(sep).join('/'), item.pointer)];
    if (mark) found.set(item.index, { status: mark.status, comment: mark.comment });
  }
  return found;
}

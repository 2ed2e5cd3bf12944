/** The preview's review marks reach the batch manifest (issue 14: marks carried into the manifest). */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestBook } from '../../src/batch/manifest.ts';
import { reviewMarksFor } from '../../src/batch/reviewMarks.ts';
import type { BatchItem } from '../../src/batch/types.ts';
import { ReviewStore, reviewKey } from '../../src/preview/reviewStore.ts';

const item = (index: number, source: string, pointer: string): BatchItem => ({ index, source, pointer, stem: `doc${index}`, payload: { type: 'error', error: { file: source, pointer, message: { zh: '', en: '' } } } as unknown as BatchItem['payload'] });

describe('review marks in the batch manifest', () => {
  it('finds each document’s mark in the nearest .reviews.json, keyed as the preview keys it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gw-reviews-'));
    await mkdir(join(root, 'sub'));
    const store = new ReviewStore(root);
    await store.mark(reviewKey('sub/a.json', ''), { status: 'approved', comment: '', at: '2026-12-03T10:00:00Z' });
    await store.mark(reviewKey('b.jsonl', '/line/2'), { status: 'returned', comment: '请补充联系人', at: '2026-12-03T10:01:00Z' });
    await writeFile(join(root, 'sub', 'a.json'), '{}');
    const items = [item(0, join(root, 'sub', 'a.json'), ''), item(1, join(root, 'b.jsonl'), '/line/1'), item(2, join(root, 'b.jsonl'), '/line/2')];
    const marks = await reviewMarksFor(items);
    const book = new ManifestBook(join(root, 'out'), ['pdf'], items, 'zh', marks);
    expect(book.toManifest().items.map((e) => e.review)).toEqual([{ status: 'approved', comment: '' }, undefined, { status: 'returned', comment: '请补充联系人' }]);
    // The mark's time stays out: the manifest depends only on the inputs.
    expect(JSON.stringify(book.toManifest())).not.toContain('2026-12-03T10');
    book.close();
  });

  it('keeps each mark once the item is rendered, skipped or failed', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gw-reviews-'));
    const store = new ReviewStore(root);
    for (const line of [1, 2, 3]) await store.mark(reviewKey('c.jsonl', `/line/${line}`), { status: 'approved', comment: `第${line}件`, at: '2026-12-03T10:00:00Z' });
    const items = [1, 2, 3].map((line) => item(line - 1, join(root, 'c.jsonl'), `/line/${line}`));
    const book = new ManifestBook(join(root, 'out'), ['pdf'], items, 'zh', await reviewMarksFor(items));
    book.record({ status: 'ok', index: 0, id: 'C-1', kind: 'talk-record', title: '谈话记录', issuer: '某某纪委', outputs: [{ format: 'pdf', path: join(root, 'out', 'doc0.pdf'), sha256: 'ab', bytes: 2 }], warnings: [], pages: 1 });
    book.record({ status: 'skipped', index: 1, reason: 'exists', message: { zh: '已存在', en: 'exists' } });
    book.record({ status: 'failed', index: 2, error: { name: 'CaseError', file: join(root, 'c.jsonl'), pointer: '/line/3', message: { zh: '错', en: 'wrong' }, issues: [] } });
    expect(book.toManifest().items.map((e) => [e.status, e.review])).toEqual([
      ['ok', { status: 'approved', comment: '第1件' }],
      ['skipped', { status: 'approved', comment: '第2件' }],
      ['failed', { status: 'approved', comment: '第3件' }],
    ]);
    const written = JSON.parse(Buffer.concat([...book.manifestPieces()]).toString('utf8')) as { items: { review?: unknown }[] };
    expect(written.items.map((entry) => entry.review)).toEqual(book.toManifest().items.map((e) => e.review));

    // --resume: an entry carried over from the last run takes the mark of now.
    await store.mark(reviewKey('c.jsonl', '/line/1'), { status: 'returned', comment: '日期有误', at: '2026-12-04T09:00:00Z' });
    const resumed = new ManifestBook(join(root, 'out'), ['pdf'], items, 'zh', await reviewMarksFor(items));
    resumed.carry(0, book.entryAt(0));
    expect(resumed.entryAt(0)).toMatchObject({ status: 'ok', id: 'C-1', review: { status: 'returned', comment: '日期有误' } });
    book.close();
    resumed.close();
  });
});

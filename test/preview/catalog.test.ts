/**
 * The preview's catalog and review store on a temp folder of fixtures: one entry per document,
 * grouped by kind, invalid files with their JSON pointers and messages; marks written atomically.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanCatalog, type Catalog } from '../../src/preview/catalog.ts';
import { REVIEWS_FILE, ReviewStore, reviewKey } from '../../src/preview/reviewStore.ts';

const fixture = (name: string): string => resolve('fixtures', name);

describe('scanCatalog', () => {
  let dir: string;
  let catalog: Catalog;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gw-catalog-'));
    await mkdir(join(dir, 'sub'));
    await mkdir(join(dir, 'node_modules'));
    await copyFile(fixture('case-documents-township-inspection.json'), join(dir, 'township.json'));
    await copyFile(fixture('talk-record-admonition.json'), join(dir, 'sub', '谈话.json'));
    await copyFile(fixture('invalid/bad-date.json'), join(dir, 'bad-date.json'));
    await copyFile(fixture('invalid/syntax-trailing-comma.json'), join(dir, 'comma.json'));
    await copyFile(fixture('talk-record-admonition.json'), join(dir, '.hidden.json'));
    await copyFile(fixture('talk-record-admonition.json'), join(dir, 'node_modules', 'x.json'));
    await writeFile(join(dir, 'notes.txt'), 'not a case');
    catalog = await scanCatalog(dir);
  });

  it('lists each document of each case file, sub-folders included, dot names and node_modules not', () => {
    expect(catalog.entries.map((e) => e.key)).toEqual([
      'bad-date.json#',
      'comma.json#',
      'sub/谈话.json#',
      'township.json#/documents/0',
      'township.json#/documents/1',
    ]);
    expect(catalog.cases.size).toBe(3);
  });

  it('names each valid document by kind (Chinese), id and title, with a digest of its data', () => {
    const talk = catalog.entries.find((e) => e.file === 'sub/谈话.json')!;
    expect(talk).toMatchObject({ status: 'valid', kind: 'talk-record', kindName: '谈话记录', id: 'TH-2026-031', title: '诫勉谈话记录' });
    expect(talk.digest).toMatch(/^[0-9a-f]{16}$/);
    const township = catalog.entries.filter((e) => e.file === 'township.json').map((e) => e.kind);
    expect(township).toEqual(['rectification-suggestion', 'talk-record']);
  });

  it('gives an invalid file its problems as JSON pointer + Chinese message, and the kind it meant', () => {
    const bad = catalog.entries.find((e) => e.file === 'bad-date.json')!;
    expect(bad).toMatchObject({ status: 'invalid', kind: 'rectification-suggestion', kindName: '整改建议书（纪律检查建议书、监察建议书）' });
    expect(bad.issues).toEqual([{ pointer: '/date', message: expect.stringContaining('YYYY-MM-DD') }]);
    expect(bad.issues![0]!.message).toContain('实际为 "2026年11月24日"');
    const comma = catalog.entries.find((e) => e.file === 'comma.json')!;
    expect(comma).toMatchObject({ status: 'invalid', kindName: '未知文种' });
    expect(comma.issues).toEqual([{ pointer: '', line: 6, column: 3, message: expect.stringContaining('多了一个逗号') }]);
  });
});

describe('ReviewStore', () => {
  it('keeps marks in .reviews.json, replaced whole by rename, no temp file left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-reviews-'));
    const store = new ReviewStore(dir);
    expect(await store.read()).toEqual({});
    const a = reviewKey('a.json', '');
    const b = reviewKey('b.json', '/documents/1');
    await Promise.all([
      store.mark(a, { status: 'approved', comment: '同意', at: '2026-12-03T10:00:00.000Z', id: 'A-1' }),
      store.mark(b, { status: 'returned', comment: '第二页标题有误', at: '2026-12-03T10:01:00.000Z' }),
    ]);
    const onDisk = JSON.parse(await readFile(join(dir, REVIEWS_FILE), 'utf8'));
    expect(onDisk).toEqual({
      version: 1,
      marks: {
        'a.json#': { status: 'approved', comment: '同意', at: '2026-12-03T10:00:00.000Z', id: 'A-1' },
        'b.json#/documents/1': { status: 'returned', comment: '第二页标题有误', at: '2026-12-03T10:01:00.000Z' },
      },
    });
    await store.mark(a, undefined);
    expect(Object.keys(await store.read())).toEqual(['b.json#/documents/1']);
    expect(await readdir(dir)).toEqual([REVIEWS_FILE]);
  });
});

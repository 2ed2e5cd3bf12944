/**
 * The batch's manifest book keeps recorded entries on disk (EntrySpill), not on the main thread:
 * what it writes must still be exactly JSON.stringify(manifest, null, 2), entry for entry.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestBook } from '../../src/batch/manifest.ts';
import type { BatchItem, WorkResult } from '../../src/batch/types.ts';
import { TEMP_FOLDER } from '../../src/output/writeOutputs.ts';

const itemsOf = (count: number, source: string): BatchItem[] =>
  Array.from({ length: count }, (_, index) => ({ index, source, pointer: `/line/${index + 1}`, row: index + 1, stem: `doc-${index}`, payload: { type: 'released' } }));

const ok = (index: number, out: string): WorkResult => ({
  status: 'ok',
  index,
  id: `ZG-${index}`,
  kind: 'rectification-suggestion',
  title: `关于“第${index}号”问题的整改建议书`,
  issuer: '某某市纪委监委',
  date: '2026-12-03',
  docNumber: `某纪建〔2026〕${index}号`,
  outputs: [{ format: 'pdf', path: join(out, `doc-${index}.pdf`), sha256: 'a'.repeat(64), bytes: 70_000 + index }],
  warnings: ['字体：仿宋未找到，改用 Noto Serif SC'],
  pages: 2,
});

describe('ManifestBook', () => {
  it('writes every entry as JSON.stringify(manifest, null, 2) would, with recorded entries read back from its spill', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gw-book-'));
    const out = join(root, 'out');
    const book = new ManifestBook(out, ['pdf'], itemsOf(3000, join(root, 'cases.jsonl')), 'zh');
    for (let i = 0; i < 3000; i += 3) book.record(ok(i, out));
    book.record({ status: 'failed', index: 1, error: { name: 'CaseError', file: join(root, 'cases.jsonl'), row: 2, pointer: '/line/2/date', message: { zh: '日期应为 YYYY-MM-DD', en: 'date' }, issues: [{ pointer: '/line/2/date', zh: '日期应为 YYYY-MM-DD', en: 'date' }] } });
    book.record({ status: 'skipped', index: 2, reason: 'exists', message: { zh: '已存在', en: 'exists' } });
    // An entry recorded again (a warning added beside it) is read from its newer bytes.
    book.warn(0, '登记簿写入失败');
    // The spill is a file in the output folder's temporaries, named as a run's.
    const spilled = readdirSync(join(out, TEMP_FOLDER));
    expect(spilled).toHaveLength(1);
    expect(spilled[0]).toMatch(new RegExp(`^${process.pid}-[0-9a-f]+$`));

    const manifest = book.toManifest();
    expect(manifest.summary).toEqual({ total: 3000, ok: 1000, failed: 1, skipped: 1, pending: 1998 });
    expect(manifest.items[0]).toMatchObject({ status: 'ok', id: 'ZG-0', outputs: [{ path: 'doc-0.pdf', sha256: 'a'.repeat(64) }], warnings: ['字体：仿宋未找到，改用 Noto Serif SC', '登记簿写入失败'] });
    expect(manifest.items[1]).toMatchObject({ status: 'failed', row: 2, error: { pointer: '/line/2/date' } });
    expect(manifest.items[2]).toMatchObject({ status: 'skipped', reason: 'exists', outputs: [{ path: 'doc-2.pdf' }] });
    expect(manifest.items[4]).toEqual({ index: 4, input: manifest.items[4]!.input, pointer: '/line/5', row: 5, status: 'pending', outputs: [{ format: 'pdf', path: 'doc-4.pdf' }], warnings: [] });
    expect(Buffer.concat([...book.manifestPieces()]).toString('utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);

    await book.write();
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(await readFile(join(out, 'errors.txt'), 'utf8')).toMatch(/共 3000 项，1 项失败：\n\n第 2 项 {2}\S*cases\.jsonl 第 2 行 #\/line\/2\n {2}日期应为 YYYY-MM-DD/);
    expect(book.writtenPaths('pdf').slice(0, 2)).toEqual([join(out, 'doc-0.pdf'), join(out, 'doc-3.pdf')]);

    book.markInterrupted();
    expect(book.summary()).toEqual({ total: 3000, ok: 1000, failed: 1, skipped: 1999, pending: 0 });
    expect(book.entryAt(4)).toMatchObject({ status: 'skipped', reason: 'interrupted' });
    book.close();
    expect(existsSync(join(out, TEMP_FOLDER, spilled[0]!))).toBe(false);
  });

  it('keeps an entry in memory when its spill cannot be written, and loses none', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gw-book-'));
    // The output "folder" is a file: no folder of temporaries can be made in it.
    const out = join(root, 'not-a-folder');
    writeFileSync(out, '');
    const book = new ManifestBook(out, ['pdf'], itemsOf(3, join(root, 'cases.jsonl')), 'zh');
    book.record(ok(1, out));
    expect(book.entryAt(1)).toMatchObject({ status: 'ok', id: 'ZG-1', docNumber: '某纪建〔2026〕1号' });
    expect(JSON.parse(Buffer.concat([...book.manifestPieces()]).toString('utf8')).items[1].id).toBe('ZG-1');
    book.close();
  });
});

/**
 * Ctrl-C during `gongwen batch` (SIGINT, as a terminal sends it): the documents in hand are
 * finished, nothing more is started, manifest.json lists every item, as written or as skipped
 * for the interruption, no temporary is left, the exit code is 130; `--resume` then writes the
 * rest and keeps what was written.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBytes, gongwen, killWhen, readManifestFile, sha256 } from './support.ts';

const COUNT = 400;

describe('gongwen batch, interrupted with Ctrl-C', () => {
  it('finishes what it holds, writes the manifest with the rest pending, exits 130, and --resume completes it', async () => {
    const talk = JSON.parse(await readFile(resolve('fixtures/talk-record-admonition.json'), 'utf8')) as Record<string, unknown>;
    delete talk.$schema;
    const root = await mkdtemp(join(tmpdir(), 'gw-sigint-'));
    const cases = join(root, 'talks.jsonl');
    await writeFile(cases, `${Array.from({ length: COUNT }, (_, i) => JSON.stringify({ ...talk, id: `TI-${String(i + 1).padStart(4, '0')}` })).join('\n')}\n`);
    const out = join(root, 'out');

    const stopped = await killWhen(['batch', cases, '--out', out, '--format', 'docx,pdf', '--no-progress'], {}, out, (m) => m.summary.ok >= 3, 'SIGINT');
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('已中断');
    expect(await readFile(join(out, 'errors.txt'), 'utf8')).toBe('没有失败的项。\n');
    const manifest = await readManifestFile(out);
    expect(manifest.summary.failed).toBe(0);
    expect(manifest.summary.ok).toBeGreaterThanOrEqual(3);
    // Every item not written is listed, as skipped for the interruption.
    const notWritten = manifest.items.filter((item) => item.status !== 'ok');
    expect(notWritten.length).toBeGreaterThan(0);
    expect(notWritten.every((item) => item.status === 'skipped' && item.reason === 'interrupted')).toBe(true);
    expect(manifest.summary).toMatchObject({ total: COUNT, skipped: notWritten.length, pending: 0 });

    // On disk: exactly the written items' files, whole (their manifest hashes), the manifest and errors.txt.
    const files = await folderBytes(out);
    const written = manifest.items.filter((item) => item.status === 'ok');
    const expected = new Set(['manifest.json', 'errors.txt', ...written.flatMap((item) => item.outputs.map((o) => o.path))]);
    expect([...files.keys()].filter((name) => !expected.has(name))).toEqual([]);
    for (const item of written) for (const output of item.outputs) expect(sha256(files.get(output.path)!)).toBe(output.sha256);

    const resumed = await gongwen(['batch', cases, '--out', out, '--format', 'docx,pdf', '--no-progress', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const after = await readManifestFile(out);
    expect(after.summary).toMatchObject({ total: COUNT, ok: COUNT, failed: 0, pending: 0 });
    const filesAfter = await folderBytes(out);
    expect(filesAfter.size).toBe(2 * COUNT + 2);
    // What the interrupted run wrote is kept as it was.
    for (const item of written) for (const output of item.outputs) expect(filesAfter.get(output.path)!.equals(files.get(output.path)!)).toBe(true);
  }, 120_000);
});

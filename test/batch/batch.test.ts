/**
 * gongwen batch as a user runs it (bin/gongwen.js): valid, invalid and unparsable items mixed with
 * one item whose worker dies (GONGWEN_BATCH_TEST_CRASH, the worker's documented test hook; last, so
 * that no replacement worker has to start: workerPool.test.ts covers replacement); then
 * the same batch SIGKILLed part-way and resumed, which must end with the same files and manifest.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../src/batch/register/register.ts';
import type { Manifest } from '../../src/batch/types.ts';
import { type CliResult, folderBytes, gongwen, killWhen, readManifestFile, sha256 } from './support.ts';

const base: Record<string, unknown> = {
  ...(JSON.parse(await readFile(resolve('fixtures/rectification-suggestion-housing-bureau.json'), 'utf8')) as Record<string, unknown>),
  seal: { image: resolve('fixtures/seals/office-seal.png') },
};
const unit = (n: number): string => `某某市第${n}测试单位党组`;
delete base.docNumber; // numbered by the register
const crash = { GONGWEN_BATCH_TEST_CRASH: 'BT-CRASH' };
const numbering = (register: string): string[] => ['--register', register, '--assign-numbers', '--issuer-code', '某纪建'];

let inputs: string;
let outA: string;
let runA: CliResult;
let manifestA: Manifest;
let errorsA: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'gw-batch-'));
  inputs = join(root, 'cases');
  await mkdir(inputs);
  // 6 valid documents in JSON Lines (line 4 is not JSON), one invalid case, one file that is not JSON.
  const lines = [1, 2, 3, 4, 5, 6].map((n) => JSON.stringify({ ...base, id: `BT-00${n}`, addressee: [unit(n)] }));
  lines.splice(3, 0, '{"kind": "speech",');
  await writeFile(join(inputs, 'a-units.jsonl'), `${lines.join('\n')}\n`);
  const { problems: _dropped, ...missing } = base;
  await writeFile(join(inputs, 'b-missing.json'), JSON.stringify({ ...missing, id: 'BT-BAD' }, null, 2));
  await writeFile(join(inputs, 'c-broken.json'), '{ "kind": "speech", }');
  // A one-page speech, last: the print bundle puts a blank page after every odd-length document but the last.
  const speech = JSON.parse(await readFile(resolve('fixtures/speech-grassroots-conduct.json'), 'utf8')) as { parts: { points?: unknown[] }[] } & Record<string, unknown>;
  const shortSpeech: Record<string, unknown> = { ...speech, id: 'BT-SPEECH', parts: [{ ...speech.parts[0]!, points: speech.parts[0]!.points?.slice(0, 1) }] };
  delete shortSpeech.opening;
  delete shortSpeech.closing;
  await writeFile(join(inputs, 'd-speech.json'), JSON.stringify(shortSpeech));
  await writeFile(join(inputs, 'e-crash.json'), JSON.stringify({ ...base, id: 'BT-CRASH' }));
  outA = join(root, 'out-a');
  runA = await gongwen(['batch', inputs, '--out', outA, '--jobs', '1', '--merge', join(root, 'bundle-a.pdf'), ...numbering(join(root, 'a.sqlite'))], crash);
  manifestA = await readManifestFile(outA);
  errorsA = await readFile(join(outA, 'errors.txt'), 'utf8');
});

describe('gongwen batch', () => {
  it('renders every valid item, reports every failed one in manifest.json with file, row and pointer, and exits 1', async () => {
    expect(runA.code, runA.stderr).toBe(1);
    const byPointer = new Map(manifestA.items.map((item) => [`${item.input.split('/').pop()}#${item.pointer}`, item]));
    expect(manifestA.summary).toEqual({ total: 11, ok: 7, failed: 4, skipped: 0, pending: 0 });
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const row = n < 4 ? n : n + 1;
      const item = byPointer.get(`a-units.jsonl#/line/${row}`)!;
      expect(item.status).toBe('ok');
      expect(item.row).toBe(row);
      for (const output of item.outputs) expect(sha256(await readFile(join(outA, output.path)))).toBe(output.sha256);
      const docx = new PizZip(await readFile(join(outA, `BT-00${n}.docx`)));
      expect(docx.file('word/document.xml')!.asText()).toContain(unit(n));
      expect(item.docNumber).toMatch(/^某纪建〔2026〕\d+号$/);
    }
    const syntax = byPointer.get('a-units.jsonl#/line/4')!;
    expect(syntax.status).toBe('failed');
    expect(syntax.error).toMatchObject({ name: 'CaseError', row: 4, pointer: '/line/4' });
    const missing = byPointer.get('b-missing.json#')!;
    expect(missing.status).toBe('failed');
    expect(missing.error).toMatchObject({ name: 'CaseError', pointer: '/problems' });
    expect(missing.error!.file).toMatch(/b-missing\.json$/);
    expect(byPointer.get('c-broken.json#')!.error!.message.zh).toContain('第1行');
    expect(manifestA.items.every((item) => item.status !== 'failed' || item.outputs.length === 0)).toBe(true);
    // Built from each entry's cached UTF-8 bytes, the file is exactly JSON.stringify(manifest, null, 2).
    expect(await readFile(join(outA, 'manifest.json'), 'utf8')).toBe(`${JSON.stringify(manifestA, null, 2)}\n`);
  });

  it('reports the item whose worker died as failed, with nothing written for it', async () => {
    const crashed = manifestA.items.find((item) => item.input.endsWith('e-crash.json'))!;
    expect(crashed.status).toBe('failed');
    expect(crashed.error!.name).toBe('WorkerCrashError');
    expect(crashed.error!.message.zh).toContain('工作线程意外退出');
    expect(crashed.outputs).toEqual([]);
    const names = [...(await folderBytes(outA)).keys()];
    expect(names).not.toContain('BT-CRASH.pdf');
    expect(names).toEqual(expect.arrayContaining(['BT-004.pdf', 'BT-006.docx', 'manifest.json', 'errors.txt']));
  });

  it('writes errors.txt naming each failed file, its row and field', async () => {
    const errors = errorsA;
    expect(errors).toContain('共 11 项，4 项失败');
    expect(errors).toMatch(/b-missing\.json[^\n]*\n {2}\/problems：应为/);
    expect(errors).toMatch(/a-units\.jsonl 第 4 行 #\/line\/4/);
    expect(errors).toContain('c-broken.json');
    expect(errors).toMatch(/e-crash\.json[^\n]*\n {2}生成本项时工作线程意外退出/);
  });

  it('never overwrites without --force: a second run into the folder skips the written item, before any worker starts', async () => {
    const before = await readFile(join(outA, 'BT-SPEECH.pdf'));
    const again = await gongwen(['batch', join(inputs, 'd-speech.json'), '--out', outA, '--no-progress']);
    expect(again.code, again.stderr).toBe(0);
    const manifest = await readManifestFile(outA);
    expect(manifest.items).toMatchObject([{ status: 'skipped', reason: 'exists', outputs: [{ path: 'BT-SPEECH.docx' }, { path: 'BT-SPEECH.pdf' }] }]);
    expect(manifest.items[0]!.warnings[0]).toContain('已存在');
    expect(again.stderr).toContain('--resume');
    expect((await readFile(join(outA, 'BT-SPEECH.pdf'))).equals(before)).toBe(true);
  });

  it('after SIGKILL part-way, --resume finishes the batch with the same files and manifest as an uninterrupted run', async () => {
    // The folder now holds the second run's manifest: compare with the first run's.
    const outB = join(resolve(outA, '..'), 'out-b');
    const registerB = join(resolve(outA, '..'), 'b.sqlite');
    const args = ['batch', inputs, '--out', outB, '--jobs', '1', '--no-progress', ...numbering(registerB)];
    // The worker stalls before BT-004, so the kill lands part-way however fast the machine is.
    const killed = await killWhen(args, { ...crash, GONGWEN_BATCH_TEST_HANG: 'BT-004' }, outB, (manifest) => manifest.summary.ok >= 2 && manifest.summary.pending > 0);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await readManifestFile(outB);
    expect(partial.summary.pending).toBeGreaterThan(0);
    const resumed = await gongwen([...args, '--resume', '--merge', join(resolve(outA, '..'), 'bundle-b.pdf')], crash);
    expect(resumed.code, resumed.stderr).toBe(1);
    expect(resumed.stderr).toMatch(/其中 \d+ 项沿用上次的结果/);
    const a = await folderBytes(outA);
    const b = await folderBytes(outB);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of b) {
      if (name === 'manifest.json' || name === 'errors.txt') continue; // outA's were rewritten by the skipping run
      expect(bytes.equals(a.get(name)!), name).toBe(true);
    }
    expect(await readManifestFile(outB)).toEqual(manifestA);
    expect(b.get('errors.txt')!.toString()).toBe(errorsA);
    // The register: every document once, the same numbers as the uninterrupted run, none twice.
    const listed = (path: string) => {
      const register = new Register(path);
      const documents = register.list().map((d) => `${d.docNumber} ${d.caseId}`);
      register.close();
      return documents;
    };
    const numbersB = listed(registerB);
    expect(numbersB).toEqual(listed(join(resolve(outA, '..'), 'a.sqlite')));
    expect(numbersB).toHaveLength(7);
    expect(new Set(numbersB.map((line) => line.split(' ')[0])).size).toBe(7);
    const bundleA = await readFile(join(resolve(outA, '..'), 'bundle-a.pdf'));
    expect((await readFile(join(resolve(outA, '..'), 'bundle-b.pdf'))).equals(bundleA)).toBe(true);
  });

  it('--merge writes one print bundle in input order, every document starting on an odd page', async () => {
    const bundle = await PDFDocument.load(await readFile(join(resolve(outA, '..'), 'bundle-a.pdf')));
    const ok = manifestA.items.filter((item) => item.status === 'ok');
    expect(ok.at(-1)!.id).toBe('BT-SPEECH');
    expect(ok.at(-1)!.pages).toBe(1);
    let page = 0;
    for (const [i, item] of ok.entries()) {
      expect(page % 2, `${item.id} starts on page ${page + 1}`).toBe(0);
      const first = bundle.getPage(page);
      expect(first.node.Contents(), `${item.id}: page ${page + 1} has content`).toBeDefined();
      page += item.pages!;
      if (item.pages! % 2 === 1 && i < ok.length - 1) {
        expect(bundle.getPage(page).node.Contents(), `blank page ${page + 1}`).toBeUndefined();
        page++;
      }
    }
    expect(bundle.getPageCount()).toBe(page);
    expect(runA.stderr).toMatch(new RegExp(`合订本：.*bundle-a\\.pdf（7 份，${page} 页`));
  });
});

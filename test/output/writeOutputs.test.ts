import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, OutputExistsError } from '../../src/errors.ts';
import { StemAllocator, safeFileStem } from '../../src/output/outputName.ts';
import { outputFsError } from '../../src/output/outputFsError.ts';
import { removeOwnTemporaries, removeStaleTemporaries, TEMP_FOLDER, writeOutputs } from '../../src/output/writeOutputs.ts';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const fresh = (): Promise<string> => mkdtemp(join(tmpdir(), 'gw-out-'));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('writeOutputs', () => {
  it('writes a file given as pieces (a manifest of thousands of entries) byte for byte', async () => {
    const dir = await fresh();
    // 3,000 pieces: more than one write's worth, of sizes 0 to 999 bytes.
    const pieces = Array.from({ length: 3000 }, (_, i) => Buffer.alloc((i * 37) % 1000, i % 251));
    await writeOutputs([{ path: join(dir, 'manifest.json'), bytes: () => pieces }], { force: false });
    expect((await readFile(join(dir, 'manifest.json'))).equals(Buffer.concat(pieces))).toBe(true);
    expect(await readdir(dir)).toEqual(['manifest.json']);
  });

  it('writes every file and leaves no temporary files', async () => {
    const dir = await fresh();
    await writeOutputs(
      [
        { path: join(dir, 'a.docx'), bytes: bytes(1, 2) },
        { path: join(dir, 'sub', 'a.pdf'), bytes: bytes(3) },
      ],
      { force: false },
    );
    expect(await readdir(dir)).toEqual(['a.docx', 'sub']);
    expect(await readdir(join(dir, 'sub'))).toEqual(['a.pdf']);
    expect([...(await readFile(join(dir, 'sub', 'a.pdf')))]).toEqual([3]);
  });

  it('refuses to overwrite, writing none of the case files, unless forced', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'b.pdf'), 'old');
    const outputs = [
      { path: join(dir, 'b.docx'), bytes: bytes(1) },
      { path: join(dir, 'b.pdf'), bytes: bytes(2) },
    ];
    await expect(writeOutputs(outputs, { force: false })).rejects.toBeInstanceOf(OutputExistsError);
    expect((await readdir(dir)).sort()).toEqual(['b.pdf']);
    expect(await readFile(join(dir, 'b.pdf'), 'utf8')).toBe('old');
    await writeOutputs(outputs, { force: true });
    expect([...(await readFile(join(dir, 'b.pdf')))]).toEqual([2]);
    expect((await readdir(dir)).sort()).toEqual(['b.docx', 'b.pdf']);
  });

  it('--force with one output path a folder: a named error, and neither format written or replaced', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'c.docx'), 'old');
    await mkdir(join(dir, 'c.pdf'));
    const error = await rejection(
      writeOutputs(
        [
          { path: join(dir, 'c.docx'), bytes: bytes(1) },
          { path: join(dir, 'c.pdf'), bytes: bytes(2) },
        ],
        { force: true },
      ),
    );
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).path).toBe(join(dir, 'c.pdf'));
    expect((error as OutputError).describe('zh')).toBe(`${join(dir, 'c.pdf')}：输出路径是一个文件夹，不能写成文件（--force 也不会删除文件夹）`);
    expect((error as OutputError).describe('en')).toContain('the output path is a folder');
    expect(await readFile(join(dir, 'c.docx'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['c.docx', 'c.pdf']);
    expect(await readdir(join(dir, 'c.pdf'))).toEqual([]);
  });

  it('takes back the outputs already placed when a later one fails', async () => {
    const dir = await fresh();
    // Two outputs to one path: the second finds the first in place and fails.
    const error = await rejection(
      writeOutputs(
        [
          { path: join(dir, 'd.pdf'), bytes: bytes(1) },
          { path: join(dir, 'd.pdf'), bytes: bytes(2) },
        ],
        { force: false },
      ),
    );
    expect(error).toBeInstanceOf(OutputExistsError);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a file where the output folder should be is a named error naming that file', async () => {
    const dir = await fresh();
    const file = join(dir, 'out');
    await writeFile(file, 'not a folder');
    for (const folder of [file, join(file, 'sub')]) {
      const error = await rejection(writeOutputs([{ path: join(folder, 'e.pdf'), bytes: bytes(1) }], { force: true }));
      expect(error).toBeInstanceOf(OutputError);
      expect(['EEXIST', 'ENOTDIR']).toContain((error as OutputError).code);
      expect((error as OutputError).path).toBe(file);
      expect((error as OutputError).describe('zh')).toBe(`${file}：此处是文件而不是文件夹，无法在其中写出输出文件`);
      expect((error as OutputError).describe('en')).toBe(`${file}: this is a file, not a folder: the outputs cannot be written inside it`);
    }
    expect(await readFile(file, 'utf8')).toBe('not a folder');
  });

  it('no permission and a full disk are named errors for the path', async () => {
    const path = '/srv/out/f.pdf';
    const eacces = await outputFsError(Object.assign(new Error('denied'), { code: 'EACCES' }), path, '/srv/out');
    expect(eacces.describe('zh')).toBe('/srv/out/f.pdf：没有写入权限');
    const enospc = await outputFsError(Object.assign(new Error('full'), { code: 'ENOSPC' }), path, '/srv/out');
    expect(enospc.describe('en')).toBe('/srv/out/f.pdf: the disk is full; no file was written');
    expect(enospc.code).toBe('ENOSPC');
  });

  it('temporaries of a run that was killed are removed by the next run writing there', async () => {
    const dir = await fresh();
    const stale = join(dir, TEMP_FOLDER, '999999999-0badc0de');
    await mkdir(stale, { recursive: true });
    await writeFile(join(stale, '0-g.pdf'), '');
    await writeOutputs([{ path: join(dir, 'g.pdf'), bytes: bytes(7) }], { force: false });
    expect(await readdir(dir)).toEqual(['g.pdf']);
    // A folder of a run still going (this process) is left alone.
    const mine = join(dir, 'h', TEMP_FOLDER, `${process.pid}-00000000`);
    await mkdir(mine, { recursive: true });
    await removeStaleTemporaries(join(dir, 'h'));
    expect(await readdir(join(dir, 'h', TEMP_FOLDER))).toEqual([`${process.pid}-00000000`]);
  });

  it('keepRunFolder: one emptied run folder for every case, removed by removeOwnTemporaries; a killed worker’s is stale', async () => {
    const dir = await fresh();
    const keep = { force: false, keepRunFolder: true };
    await writeOutputs([{ path: join(dir, 'k1.pdf'), bytes: bytes(1) }, { path: join(dir, 'k1.docx'), bytes: bytes(2) }], keep);
    const runs = await readdir(join(dir, TEMP_FOLDER));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(new RegExp(`^${process.pid}-t\\d+-[0-9a-f]{8}$`));
    // A failing case (its second output exists) places nothing and leaves the folder empty.
    await writeFile(join(dir, 'k2.docx'), 'old');
    await expect(writeOutputs([{ path: join(dir, 'k2.pdf'), bytes: bytes(3) }, { path: join(dir, 'k2.docx'), bytes: bytes(4) }], keep)).rejects.toBeInstanceOf(OutputExistsError);
    // --force: the replaced file's backup goes too.
    await writeOutputs([{ path: join(dir, 'k1.pdf'), bytes: bytes(5) }], { ...keep, force: true });
    expect(await readdir(join(dir, TEMP_FOLDER))).toEqual(runs);
    expect(await readdir(join(dir, TEMP_FOLDER, runs[0]!))).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual([TEMP_FOLDER, 'k1.docx', 'k1.pdf', 'k2.docx']);
    expect([...(await readFile(join(dir, 'k1.pdf')))]).toEqual([5]);
    removeOwnTemporaries([dir]);
    expect((await readdir(dir)).sort()).toEqual(['k1.docx', 'k1.pdf', 'k2.docx']);
    // A killed process's kept folder is removed by the next run writing there.
    const other = await fresh();
    await mkdir(join(other, TEMP_FOLDER, '999999999-t3-0badc0de'), { recursive: true });
    await writeOutputs([{ path: join(other, 'k3.pdf'), bytes: bytes(6) }], { force: false });
    expect(await readdir(other)).toEqual(['k3.pdf']);
  });
});

describe('file names from case ids', () => {
  it('removes characters no file system accepts', () => {
    expect(safeFileStem('JJ/2026:017*?')).toBe('JJ_2026_017__');
    expect(safeFileStem('  ..某纪建〔2026〕3号. ')).toBe('某纪建〔2026〕3号');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('')).toBe('document');
    expect(safeFileStem('com¹')).toBe('_com¹');
    expect(safeFileStem('nul .txt')).toBe('_nul .txt');
    expect(safeFileStem('a\u0007b\u0000')).toBe('a_b_');
  });

  it('removes bidirectional controls and other invisible characters', () => {
    // U+202E would show abc‮txt.exe.pdf as abcfdp.exe.txt: the real extension disguised.
    expect(safeFileStem('abc\u202Etxt.exe')).toBe('abctxt.exe');
    const invisible = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u200B\u200C\u2060\uFEFF\u00AD\u2028';
    expect(safeFileStem(`JJ${invisible}-1`)).toBe('JJ-1');
    expect(safeFileStem('\u202E\u200B')).toBe('document');
    // A joiner inside an emoji sequence is part of the character; elsewhere it is removed.
    expect(safeFileStem('家\u{1F468}\u200D\u{1F469}\u200D\u{1F467}庭\u200D号')).toBe('家\u{1F468}\u200D\u{1F469}\u200D\u{1F467}庭号');
  });

  it('bounds the name in bytes of UTF-8, cutting between characters', async () => {
    const cjk = '某'.repeat(78);
    expect(Buffer.byteLength(cjk)).toBe(234);
    expect(safeFileStem(cjk)).toBe('某'.repeat(60));
    const emoji = '\u{1F600}'.repeat(70);
    expect(safeFileStem(emoji)).toBe('\u{1F600}'.repeat(45));
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.repeat(20); // 18 bytes each
    expect(safeFileStem(family)).toBe('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.repeat(10));
    expect(Buffer.byteLength(safeFileStem(`${'a'.repeat(179)}某`))).toBe(179);
    expect(safeFileStem(`${'a'.repeat(179)}.某`)).toBe('a'.repeat(179));
    // The longest names a run gives still make files (with the kind and a counter, and .docx).
    const dir = await fresh();
    const stems = new StemAllocator();
    for (const id of [cjk, emoji, 'abc\u202Etxt.exe']) {
      for (let n = 0; n < 3; n++) {
        const stem = stems.allocate(id, 'speech-summary');
        await writeOutputs([{ path: join(dir, `${stem}.docx`), bytes: bytes(1) }], { force: false });
      }
    }
    const names = await readdir(dir);
    expect(names).toHaveLength(9);
    expect(names).toContain(`${'某'.repeat(60)}.speech-summary.2.docx`);
    expect(names).toContain('abctxt.exe.docx');
    expect(Math.max(...names.map((name) => Buffer.byteLength(name)))).toBeLessThanOrEqual(255);
  });

  it('gives documents of one case distinct names', () => {
    const stems = new StemAllocator();
    expect(stems.allocate('JJ-1', 'speech')).toBe('JJ-1');
    expect(stems.allocate('JJ-1', 'speech-summary')).toBe('JJ-1.speech-summary');
    expect(stems.allocate('jj-1', 'speech-summary')).toBe('jj-1.speech-summary.2');
  });
});

import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputExistsError } from '../../src/errors.ts';
import { StemAllocator, safeFileStem } from '../../src/output/outputName.ts';
import { writeOutputs } from '../../src/output/writeOutputs.ts';

describe('writeOutputs', () => {
  it('writes every file and leaves no temporary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-out-'));
    await writeOutputs(
      [
        { path: join(dir, 'a.docx'), bytes: new Uint8Array([1, 2]) },
        { path: join(dir, 'sub', 'a.pdf'), bytes: new Uint8Array([3]) },
      ],
      { force: false },
    );
    expect(await readdir(dir)).toEqual(['a.docx', 'sub']);
    expect([...(await readFile(join(dir, 'sub', 'a.pdf')))]).toEqual([3]);
  });

  it('refuses to overwrite, writing none of the case files, unless forced', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-out-'));
    await writeFile(join(dir, 'b.pdf'), 'old');
    const outputs = [
      { path: join(dir, 'b.docx'), bytes: new Uint8Array([1]) },
      { path: join(dir, 'b.pdf'), bytes: new Uint8Array([2]) },
    ];
    await expect(writeOutputs(outputs, { force: false })).rejects.toBeInstanceOf(OutputExistsError);
    expect((await readdir(dir)).sort()).toEqual(['b.pdf']);
    expect(await readFile(join(dir, 'b.pdf'), 'utf8')).toBe('old');
    await writeOutputs(outputs, { force: true });
    expect([...(await readFile(join(dir, 'b.pdf')))]).toEqual([2]);
    expect((await readdir(dir)).sort()).toEqual(['b.docx', 'b.pdf']);
  });
});

describe('file names from case ids', () => {
  it('removes characters no file system accepts', () => {
    expect(safeFileStem('JJ/2026:017*?')).toBe('JJ_2026_017__');
    expect(safeFileStem('  ..某纪建〔2026〕3号. ')).toBe('某纪建〔2026〕3号');
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('')).toBe('document');
  });

  it('gives documents of one case distinct names', () => {
    const stems = new StemAllocator();
    expect(stems.allocate('JJ-1', 'speech')).toBe('JJ-1');
    expect(stems.allocate('JJ-1', 'speech-summary')).toBe('JJ-1.speech-summary');
    expect(stems.allocate('jj-1', 'speech-summary')).toBe('jj-1.speech-summary.2');
  });
});

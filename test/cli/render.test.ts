/**
 * The CLI as a user runs it: `gongwen render` through bin/gongwen.js, exit codes, files written,
 * nothing written for an invalid case, no overwriting without --force.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = resolve('bin/gongwen.js');

async function gongwen(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const fixture = resolve('fixtures', 'rectification-suggestion-housing-bureau.json');

describe('gongwen render', () => {
  let out: string;
  let first: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'gw-cli-'));
    first = await gongwen(['render', fixture, '--out', out, '--format', 'docx,pdf']);
  });

  it('writes a DOCX and a PDF named from the case id and prints their paths', async () => {
    expect(first.code, first.stderr).toBe(0);
    const names = (await readdir(out)).sort();
    expect(names).toHaveLength(2);
    expect(names.some((name) => name.endsWith('.docx'))).toBe(true);
    expect(names.some((name) => name.endsWith('.pdf'))).toBe(true);
    for (const name of names) expect(first.stdout).toContain(name);
    const pdf = await readFile(join(out, names.find((name) => name.endsWith('.pdf'))!));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = new PizZip(await readFile(join(out, names.find((name) => name.endsWith('.docx'))!)));
    expect(docx.file('word/document.xml')?.asText()).toContain('w:body');
  });

  it('refuses to overwrite without --force (exit 1, file unchanged), and overwrites with it', async () => {
    const pdfName = (await readdir(out)).find((name) => name.endsWith('.pdf'))!;
    const before = await stat(join(out, pdfName));
    const again = await gongwen(['render', fixture, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已存在');
    expect((await stat(join(out, pdfName))).mtimeMs).toBe(before.mtimeMs);
    const forced = await gongwen(['render', fixture, '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
  });

  it('exits 1 on a case missing a required field, names its JSON pointer, writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-cli-bad-'));
    const data = JSON.parse(await readFile(fixture, 'utf8'));
    delete data.problems;
    await writeFile(join(dir, 'bad.json'), JSON.stringify(data));
    const result = await gongwen(['render', join(dir, 'bad.json'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.json');
    expect(result.stderr).toContain('/problems');
    await expect(readdir(join(dir, 'out'))).rejects.toThrow();
    const english = await gongwen(['render', join(dir, 'bad.json'), '--out', join(dir, 'out'), '--lang', 'en']);
    expect(english.code).toBe(1);
    expect(english.stderr).toMatch(/expected/);
  });

  it('fills an office shell given with --docx-template, and refuses a shell with a misspelt tag before rendering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-cli-shell-'));
    const shellPath = join(dir, 'shell.docx');
    const built = await run(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'src/docx/shell/buildShell.ts', shellPath]);
    expect(built.stdout).toContain('shell.docx');
    const good = await gongwen(['render', fixture, '--format', 'docx', '--out', join(dir, 'good'), '--docx-template', shellPath]);
    expect(good.code, good.stderr).toBe(0);
    const shell = new PizZip(await readFile(shellPath));
    shell.file('word/document.xml', shell.file('word/document.xml')!.asText().replaceAll('{@body}', '{@bdoy}'));
    const badPath = join(dir, 'bad-shell.docx');
    await writeFile(badPath, shell.generate({ type: 'nodebuffer' }));
    const bad = await gongwen(['render', fixture, '--format', 'docx', '--out', join(dir, 'bad'), '--docx-template', badPath]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad-shell.docx');
    expect(bad.stderr).toContain('{@bdoy}');
    expect(bad.stderr).toContain('{@body}');
    await expect(readdir(join(dir, 'bad'))).rejects.toThrow();
  });

  it('exits 2 on usage errors', async () => {
    expect((await gongwen(['render'])).code).toBe(2);
    expect((await gongwen(['render', fixture, '--format', 'odt'])).code).toBe(2);
    expect((await gongwen(['no-such-command'])).code).toBe(2);
  });

  it('lists the six kinds with their Chinese names', async () => {
    const result = await gongwen(['kinds']);
    expect(result.code).toBe(0);
    for (const kind of ['rectification-suggestion', 'accountability-decision', 'talk-record', 'speech', 'speech-summary', 'meeting-minutes']) {
      expect(result.stdout).toContain(kind);
    }
    expect(result.stdout).toContain('问责决定书');
    expect(result.stdout).toContain('会议纪要');
  });

  it('prints help for every command', async () => {
    for (const command of ['render', 'kinds', 'fonts', 'check']) {
      const result = await gongwen([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage');
    }
  });
});

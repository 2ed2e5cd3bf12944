/**
 * `gongwen preview` as a user starts it (bin/gongwen.js): on 127.0.0.1 by default, the address
 * printed, the folder's cases served, Ctrl+C (SIGINT) ends it with exit code 0; a missing folder
 * is an error naming it.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve('bin/gongwen.js');

function start(args: string[]): { child: ReturnType<typeof spawn>; stdout: Promise<string>; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const stdout = new Promise<string>((done) => {
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (out.includes('\n')) done(out);
    });
    child.on('exit', () => done(out));
  });
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout, stderr: () => err, exit };
}

describe('gongwen preview', () => {
  it('listens on 127.0.0.1, prints the address, serves the folder, ends on SIGINT', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-preview-cli-'));
    await copyFile(resolve('fixtures/talk-record-admonition.json'), join(dir, 'talk.json'));
    const run = start(['preview', dir, '--port', '0']);
    const printed = await run.stdout;
    const url = /公文预览：(http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed)?.[1];
    expect(url, printed + run.stderr()).toBeDefined();
    const cases = (await (await fetch(`${url}api/cases`)).json()) as { entries: { key: string; kindName: string }[] };
    expect(cases.entries).toEqual([expect.objectContaining({ key: 'talk.json#', kindName: '谈话记录' })]);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });

  it('exits 1 naming a folder that does not exist', async () => {
    const run = start(['preview', join(tmpdir(), 'gw-no-such-folder'), '--port', '0']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('gw-no-such-folder：文件夹不存在');
  });

  it('exits 1 saying so when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    try {
      const port = (taken.address() as AddressInfo).port;
      const run = start(['preview', await mkdtemp(join(tmpdir(), 'gw-preview-port-')), '--port', String(port)]);
      expect(await run.exit).toBe(1);
      expect(run.stderr()).toContain(`127.0.0.1:${port}：端口已被占用，请用 --port 另选端口`);
    } finally {
      taken.close();
    }
  });

  it('refuses a port out of range as a usage error (exit 2)', async () => {
    const run = start(['preview', '.', '--port', '70000']);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain('端口');
  });
});

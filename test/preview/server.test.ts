/**
 * The preview server over HTTP, as any client (not only the page) can talk to it: nothing outside
 * the folder however the path is spelled (404, secret never in a body), its own Host only, marks
 * only from its own page with the session token; no document is rendered here.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { startPreviewServer, type PreviewServer } from '../../src/preview/server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent with its path exactly as given (fetch would normalise ../ away). */
function send(server: PreviewServer, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const SECRET = 'TOP-SECRET-6f1d';

describe('preview server over HTTP', () => {
  let server: PreviewServer;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'gw-preview-http-'));
    dir = join(base, 'cases');
    await mkdir(dir);
    await copyFile(resolve('fixtures/talk-record-admonition.json'), join(dir, 'talk.json'));
    await copyFile(resolve('fixtures/invalid/bad-date.json'), join(dir, 'bad-date.json'));
    await writeFile(join(base, 'secret.json'), JSON.stringify({ secret: SECRET }));
    await symlink(join(base, 'secret.json'), join(dir, 'link.json'));
    server = await startPreviewServer({ dir, fonts: () => loadFontSet({ systemFonts: false }), watch: false, warm: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the page with its session token, a strict CSP, and pdf.js from node_modules', async () => {
    const page = await send(server, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="gongwen-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const pdfjs = await send(server, 'GET', '/pdfjs/pdf.mjs');
    expect(pdfjs.status).toBe(200);
    expect(pdfjs.headers['content-type']).toContain('text/javascript');
    expect(pdfjs.body).toContain('GlobalWorkerOptions');
  });

  it('lists the cases, the symlink out of the folder not among them', async () => {
    const cases = JSON.parse((await send(server, 'GET', '/api/cases')).body) as { entries: { key: string; status: string }[] };
    expect(cases.entries.map((e) => `${e.key} ${e.status}`)).toEqual(['bad-date.json# invalid', 'talk.json# valid']);
    const source = await send(server, 'GET', '/source/talk.json');
    expect(source.status).toBe(200);
    expect(source.body).toContain('TH-2026-031');
  });

  it.each([
    '/source/../secret.json',
    '/source/%2e%2e/secret.json',
    '/source/%2E%2E%2Fsecret.json',
    '/source/..%5csecret.json',
    '/source/link.json',
    `/source/${encodeURIComponent('/etc/passwd')}`,
    '/source//etc/passwd',
    '/files/../secret.json?format=pdf',
    '/files/%2e%2e%2fsecret.json?pointer=&format=docx',
    '/api/document/..%2Fsecret.json?pointer=',
    '/assets/../server.ts',
    '/assets/%2e%2e/server.ts',
    '/pdfjs/../package.json',
    '/pdfjs/%2e%2e/package.json',
    '/pdfjs/cmaps/../../package.json',
    '/../secret.json',
    '/etc/passwd',
  ])('answers 404 to %s and reveals nothing', async (path) => {
    const reply = await send(server, 'GET', path);
    expect(reply.status).toBe(404);
    expect(reply.body).toBe('404 未找到 (not found)\n');
  });

  it('refuses a request naming another Host (DNS rebinding) with 403', async () => {
    const reply = await send(server, 'GET', '/api/cases', { host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('talk.json');
  });

  it('refuses marks from another origin or without the token (403), writes nothing', async () => {
    const body = JSON.stringify({ file: 'talk.json', pointer: '', status: 'approved', comment: '' });
    const origin = `http://127.0.0.1:${server.port}`;
    const crossSite = await send(server, 'POST', '/api/review', { origin: 'http://evil.example', 'x-gongwen-token': server.token, 'content-type': 'text/plain' }, body);
    expect(crossSite.status).toBe(403);
    expect(crossSite.body).toContain('来源不符');
    const noOrigin = await send(server, 'POST', '/api/review', { 'x-gongwen-token': server.token }, body);
    expect(noOrigin.status).toBe(403);
    const noToken = await send(server, 'POST', '/api/review', { origin }, body);
    expect(noToken.status).toBe(403);
    expect(noToken.body).toContain('令牌');
    expect(await readdir(dir)).not.toContain('.reviews.json');
  });

  it('takes a mark from its own page, refuses a return without comment and a mark on an invalid case', async () => {
    const headers = { origin: `http://127.0.0.1:${server.port}`, 'x-gongwen-token': server.token, 'content-type': 'application/json' };
    const post = (value: object): Promise<Reply> => send(server, 'POST', '/api/review', headers, JSON.stringify(value));
    expect((await post({ file: 'talk.json', pointer: '', status: 'returned', comment: '  ' })).status).toBe(400);
    expect((await post({ file: 'bad-date.json', pointer: '', status: 'approved', comment: '' })).status).toBe(400);
    expect((await post({ file: '../secret.json', pointer: '', status: 'approved', comment: '' })).status).toBe(404);
    const ok = await post({ file: 'talk.json', pointer: '', status: 'returned', comment: '谈话地点请写全称' });
    expect(ok.status).toBe(200);
    const marks = JSON.parse(await readFile(join(dir, '.reviews.json'), 'utf8')).marks;
    expect(marks['talk.json#']).toMatchObject({ status: 'returned', comment: '谈话地点请写全称', id: 'TH-2026-031' });
    const cases = JSON.parse((await send(server, 'GET', '/api/cases')).body) as { entries: { key: string; review?: { status: string } }[] };
    expect(cases.entries.find((e) => e.key === 'talk.json#')?.review?.status).toBe('returned');
  });
});

/**
 * The reviewer preview's HTTP server (node:http): the page and its assets, pdf.js's build files,
 * the catalog and each document's render and check as JSON, the PDF and DOCX bytes, review
 * marks, and server-sent events after edits on disk. Serves nothing but files under the folder
 * and its own assets (resolveInside), answers only to its own Host, and takes marks only from
 * its own page (requestGuard). No endpoint takes a template or a path to read from the request
 * beyond a case file under the folder.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { TEMPLATES_DIR } from '../case/schemaFiles.ts';
import { GongwenError } from '../errors.ts';
import type { FontSet } from '../fonts/types.ts';
import { safeFileStem } from '../output/outputName.ts';
import { PACKAGE_ROOT } from '../packageRoot.ts';
import { scanCatalog, type Catalog, type CatalogEntry } from './catalog.ts';
import { EventStream } from './eventStream.ts';
import { attachment, badRequest, CONTENT_TYPES, forbidden, notFound, sendBytes, sendJson } from './replies.ts';
import { RenderCache } from './renderCache.ts';
import { allowedHosts, checkHost, checkMutation, newSessionToken, type GuardConfig } from './requestGuard.ts';
import { resolveInside } from './resolveInside.ts';
import { parseReviewRequest, readBody } from './reviewRequest.ts';
import { ReviewStore, reviewKey, type ReviewMark } from './reviewStore.ts';
import { watchFolders, type FolderWatcher } from './watchFolders.ts';

export const ASSETS_DIR = join(PACKAGE_ROOT, 'src', 'preview', 'assets');
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js files the page may load: the two modules of the legacy build (polyfilled for older browsers) by name, and three data folders. */
const PDFJS_BUILD = new Set(['pdf.mjs', 'pdf.worker.mjs']);
const PDFJS_DATA = new Set(['cmaps', 'standard_fonts', 'wasm']);

export interface PreviewServerOptions {
  dir: string;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /** Fonts for rendering, loaded on the first render. */
  fonts: () => Promise<FontSet>;
  /** Watch the folder and the templates for live reload (default true). */
  watch?: boolean;
  /** Quiet time before a burst of edits is acted on, ms (default 120). */
  debounceMs?: number;
  /** Load fonts and the render machinery when the page is first opened, before a document is asked for (default true). */
  warm?: boolean;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The folder served (real path). */
  dir: string;
  token: string;
  close(): Promise<void>;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const root = await realpath(options.dir).catch(() => undefined);
  if (!root || !(await stat(root)).isDirectory()) {
    throw new GongwenError({ zh: `${options.dir}：文件夹不存在`, en: `${options.dir}: no such folder` });
  }
  const host = options.host ?? '127.0.0.1';
  const token = newSessionToken();
  const store = new ReviewStore(root);
  const cache = new RenderCache({ fonts: options.fonts });
  const events = new EventStream();
  let version = 1;
  let catalog: Promise<Catalog> = scanCatalog(root);
  let scans = 0;
  let applied = 0;
  // No Host is allowed until the port is known (set right after listening).
  const guard: GuardConfig = { token, hosts: new Set() };
  let warming: Promise<void> | undefined;

  let watcher: FolderWatcher | undefined;
  if (options.watch !== false) {
    watcher = watchFolders(
      root,
      TEMPLATES_DIR,
      (burst) => {
        if (burst.templates || burst.other) cache.invalidateAll();
        const seq = ++scans;
        const next = scanCatalog(root);
        next
          .then(() => {
            // A slower scan begun earlier must not replace a newer one.
            if (seq < applied) return;
            applied = seq;
            catalog = next;
            version += 1;
            // rerender: what a document is drawn from changed even where its case data did not.
            events.send('change', { version, rerender: burst.templates || burst.other });
          })
          .catch(() => undefined);
      },
      options.debounceMs,
    );
  }

  const entryOf = async (rawFile: string, pointer: string): Promise<{ entry: CatalogEntry; current: Catalog } | undefined> => {
    const real = await resolveInside(root, rawFile);
    if (!real) return undefined;
    const file = relative(root, real).split(sep).join('/');
    const current = await catalog;
    const entry = current.entries.find((e) => e.key === reviewKey(file, pointer));
    return entry ? { entry, current } : undefined;
  };

  const withMark = (entry: CatalogEntry, marks: Record<string, ReviewMark>): CatalogEntry & { review?: ReviewMark } => {
    const mark = marks[entry.key];
    return mark ? { ...entry, review: mark } : entry;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const hostVerdict = checkHost(req.headers, guard);
    if (!hostVerdict.ok) return forbidden(res, hostVerdict.reason);
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q === -1 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
    const method = req.method ?? 'GET';

    if (method === 'POST') {
      if (path !== '/api/review') return notFound(res);
      const verdict = checkMutation(req.headers, guard);
      if (!verdict.ok) return forbidden(res, verdict.reason);
      return review(req, res);
    }
    if (method !== 'GET' && method !== 'HEAD') return notFound(res);

    if (path === '/' || path === '/index.html') {
      // The reviewer is about to pick a document: have the renderer ready by then.
      if (options.warm !== false && !warming) warming = cache.warm();
      const html = (await readFile(join(ASSETS_DIR, 'index.html'), 'utf8')).replace('__GONGWEN_TOKEN__', token);
      return sendBytes(res, 200, CONTENT_TYPES['.html']!, html, {
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self' blob: data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
      });
    }
    if (path.startsWith('/assets/')) return serveFile(res, ASSETS_DIR, path.slice('/assets/'.length));
    if (path.startsWith('/pdfjs/')) {
      const rest = path.slice('/pdfjs/'.length);
      const [first] = rest.split('/');
      if (PDFJS_BUILD.has(rest)) return serveFile(res, join(PDFJS_ROOT, 'legacy', 'build'), rest);
      if (first && PDFJS_DATA.has(first) && rest.length > first.length + 1) return serveFile(res, join(PDFJS_ROOT, first), rest.slice(first.length + 1));
      return notFound(res);
    }
    if (path === '/api/events') return events.subscribe(req, res);
    if (path === '/api/cases') {
      const [current, marks] = await Promise.all([catalog, store.read()]);
      return sendJson(res, 200, { version, dir: root, entries: current.entries.map((e) => withMark(e, marks)) });
    }
    if (path.startsWith('/api/document/')) {
      const found = await entryOf(path.slice('/api/document/'.length), query.get('pointer') ?? '');
      if (!found) return notFound(res);
      const marks = await store.read();
      const entry = withMark(found.entry, marks);
      const loaded = found.current.cases.get(entry.key);
      if (!loaded) return sendJson(res, 200, { version, entry });
      const rendered = await cache.pdf(loaded);
      if (!rendered.ok) return sendJson(res, 200, { version, entry, render: rendered });
      const checked = await cache.check(loaded);
      if (!checked.ok) return sendJson(res, 200, { version, entry, render: checked });
      const { check, checkText } = checked;
      return sendJson(res, 200, { version, entry, render: { ok: true, title: rendered.title, pages: check.pages, check, checkText, warnings: rendered.warnings } });
    }
    if (path.startsWith('/files/')) {
      const format = query.get('format');
      if (format !== 'pdf' && format !== 'docx') return notFound(res);
      const found = await entryOf(path.slice('/files/'.length), query.get('pointer') ?? '');
      const loaded = found && found.current.cases.get(found.entry.key);
      if (!loaded) return notFound(res);
      const result = format === 'pdf' ? await cache.pdf(loaded) : await cache.docx(loaded);
      if (!result.ok) return notFound(res);
      const bytes = 'pdf' in result ? result.pdf : result.docx;
      const name = `${safeFileStem(loaded.data.id)}.${format}`;
      return sendBytes(res, 200, CONTENT_TYPES[`.${format}`]!, bytes, query.get('download') ? { 'content-disposition': attachment(name) } : {});
    }
    if (path.startsWith('/source/')) {
      const real = await resolveInside(root, path.slice('/source/'.length));
      const file = real && relative(root, real).split(sep).join('/');
      if (!file || !(await catalog).entries.some((e) => e.file === file)) return notFound(res);
      return sendBytes(res, 200, 'text/plain; charset=utf-8', await readFile(real));
    }
    return notFound(res);
  };

  const review = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const asked = parseReviewRequest(await readBody(req).catch(() => ''));
    if ('error' in asked) return badRequest(res, asked.error);
    const found = await entryOf(asked.file.split('/').map(encodeURIComponent).join('/'), asked.pointer);
    if (!found) return notFound(res);
    const { entry } = found;
    if (entry.status === 'invalid' && asked.status) return badRequest(res, '无效的案件不能标记，请先修正 (an invalid case cannot be marked)');
    const mark: ReviewMark | undefined = asked.status
      ? {
          status: asked.status,
          comment: asked.comment,
          at: new Date().toISOString(),
          ...(entry.id ? { id: entry.id } : {}),
          ...(entry.digest ? { digest: entry.digest } : {}),
        }
      : undefined;
    await store.mark(entry.key, mark);
    events.send('reviews', { key: entry.key });
    sendJson(res, 200, { key: entry.key, review: mark ?? null });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendBytes(res, 500, 'text/plain; charset=utf-8', `500 ${error instanceof Error ? error.message : String(error)}\n`);
      else res.end();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      watcher?.close();
      events.close();
      const where = `${host}:${options.port ?? 0}`;
      reject(
        error.code === 'EADDRINUSE'
          ? new GongwenError({ zh: `${where}：端口已被占用，请用 --port 另选端口`, en: `${where}: the port is in use; choose another with --port` }, { cause: error })
          : new GongwenError({ zh: `${where}：无法监听（${error.code ?? error.message}）`, en: `${where}: cannot listen (${error.code ?? error.message})` }, { cause: error }),
      );
    });
    server.listen(options.port ?? 0, host, () => resolvePromise());
  });
  const port = (server.address() as AddressInfo).port;
  guard.hosts = allowedHosts(host, port);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    dir: root,
    token,
    close: async () => {
      watcher?.close();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}

async function serveFile(res: ServerResponse, folder: string, rawPath: string): Promise<void> {
  const real = await resolveInside(folder, rawPath);
  if (!real) return notFound(res);
  sendBytes(res, 200, CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream', await readFile(real));
}

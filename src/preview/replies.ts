/** Small HTTP answers for the preview server: JSON, bytes, 404/403, a download name. */
import type { ServerResponse } from 'node:http';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export function sendBytes(res: ServerResponse, status: number, type: string, body: Uint8Array | string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendBytes(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function notFound(res: ServerResponse): void {
  sendBytes(res, 404, 'text/plain; charset=utf-8', '404 未找到 (not found)\n');
}

export function forbidden(res: ServerResponse, reason: string): void {
  sendBytes(res, 403, 'text/plain; charset=utf-8', `403 拒绝：${reason}\n`);
}

export function badRequest(res: ServerResponse, reason: string): void {
  sendJson(res, 400, { error: reason });
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

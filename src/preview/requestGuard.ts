/**
 * Who may talk to the preview server. Every request must name an allowed Host (loopback names
 * with the server's port, or the --host given): a page on another site that rebinds its DNS
 * name to 127.0.0.1 still sends its own name and is refused. A mutating request (POST)
 * must also come from the page itself: an Origin equal to http://<allowed host>, and the
 * per-session token the server embedded in the page, in the X-Gongwen-Token header (a
 * custom header another origin cannot send without a CORS preflight this server never
 * grants).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-gongwen-token';

export interface GuardConfig {
  token: string;
  /** Allowed Host header values (lower case, with port); undefined = any (server bound to a wildcard address). */
  hosts: ReadonlySet<string> | undefined;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

export function newSessionToken(): string {
  return randomBytes(24).toString('base64url');
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** The Host header values a server bound to `host`:`port` answers to. */
export function allowedHosts(host: string, port: number): Set<string> | undefined {
  if (WILDCARDS.has(host)) return undefined;
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return new Set([...LOOPBACK_NAMES, bracketed.toLowerCase()].map((name) => `${name}:${port}`));
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

export function checkHost(headers: IncomingHttpHeaders, config: GuardConfig): Verdict {
  const host = single(headers.host)?.toLowerCase();
  if (!host) return { ok: false, reason: '缺少 Host 请求头 (no Host header)' };
  if (config.hosts && !config.hosts.has(host)) return { ok: false, reason: `不接受的 Host：${host} (host not allowed)` };
  return { ok: true };
}

export function checkMutation(headers: IncomingHttpHeaders, config: GuardConfig): Verdict {
  const host = checkHost(headers, config);
  if (!host.ok) return host;
  const origin = single(headers.origin)?.toLowerCase();
  if (!origin) return { ok: false, reason: '缺少 Origin 请求头 (no Origin header)' };
  if (origin !== `http://${single(headers.host)!.toLowerCase()}`) return { ok: false, reason: `来源不符：${origin} (cross-origin request)` };
  const token = single(headers[TOKEN_HEADER]);
  if (!token || !sameSecret(token, config.token)) return { ok: false, reason: '会话令牌无效 (bad session token)' };
  return { ok: true };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

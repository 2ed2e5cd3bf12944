/** The preview's request guard: its own Host only; marks only with the page's Origin and token. */
import { describe, expect, it } from 'vitest';
import { allowedHosts, checkHost, checkMutation, newSessionToken, TOKEN_HEADER, type GuardConfig } from '../../src/preview/requestGuard.ts';

const token = newSessionToken();
const config: GuardConfig = { token, hosts: allowedHosts('127.0.0.1', 4173) };
const good = { host: '127.0.0.1:4173', origin: 'http://127.0.0.1:4173', [TOKEN_HEADER]: token };

describe('requestGuard', () => {
  it('makes a fresh unguessable token per session', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newSessionToken()).not.toBe(token);
  });

  it('answers to the loopback names with the port only', () => {
    expect([...allowedHosts('127.0.0.1', 4173)!].sort()).toEqual(['127.0.0.1:4173', '[::1]:4173', 'localhost:4173']);
    expect(checkHost({ host: 'localhost:4173' }, config).ok).toBe(true);
    expect(checkHost({ host: 'LOCALHOST:4173' }, config).ok).toBe(true);
    const rebound = checkHost({ host: 'evil.example:4173' }, config);
    expect(rebound).toEqual({ ok: false, reason: expect.stringContaining('evil.example:4173') });
    expect(checkHost({ host: '127.0.0.1:4174' }, config).ok).toBe(false);
    expect(checkHost({}, config).ok).toBe(false);
  });

  it('adds an explicit --host to the names, and takes any name on a wildcard address', () => {
    expect(allowedHosts('192.168.1.20', 80)!.has('192.168.1.20:80')).toBe(true);
    expect(allowedHosts('::1', 80)!.has('[::1]:80')).toBe(true);
    expect(allowedHosts('0.0.0.0', 80)).toBeUndefined();
    expect(checkHost({ host: 'anything:80' }, { token, hosts: undefined }).ok).toBe(true);
  });

  it('lets the page itself post: same Origin as Host, and the token', () => {
    expect(checkMutation(good, config)).toEqual({ ok: true });
    expect(checkMutation({ ...good, host: 'localhost:4173', origin: 'http://localhost:4173' }, config)).toEqual({ ok: true });
  });

  it('refuses another site, a missing Origin, a wrong or missing token', () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...good, origin: 'http://evil.example' }, '来源不符'],
      [{ ...good, origin: 'http://127.0.0.1:9999' }, '来源不符'],
      [{ ...good, origin: 'http://localhost:4173' }, '来源不符'], // Origin must name the Host the request went to
      [{ ...good, origin: 'null' }, '来源不符'],
      [{ host: good.host, [TOKEN_HEADER]: token }, '缺少 Origin'],
      [{ ...good, [TOKEN_HEADER]: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` }, '令牌'],
      [{ ...good, [TOKEN_HEADER]: 'short' }, '令牌'],
      [{ host: good.host, origin: good.origin }, '令牌'],
      [{ ...good, host: 'evil.example:4173', origin: 'http://evil.example:4173' }, 'Host'],
    ];
    for (const [headers, reason] of cases) {
      const verdict = checkMutation(headers, config);
      expect(verdict.ok, JSON.stringify(headers)).toBe(false);
      expect(verdict.ok ? '' : verdict.reason).toContain(reason);
    }
  });
});

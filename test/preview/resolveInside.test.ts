/** Path resolution of the preview server: only files under the folder, whatever the spelling. */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, safeSegments } from '../../src/preview/resolveInside.ts';

describe('safeSegments', () => {
  it('decodes each segment of a relative path', () => {
    expect(safeSegments('sub/%E6%A1%88%E4%BB%B6.json')).toEqual(['sub', '案件.json']);
  });

  it.each([
    ['../secret.json'],
    ['sub/../../secret.json'],
    ['%2e%2e/secret.json'],
    ['%2E%2E%2Fsecret.json'],
    ['sub%2f..%2f..%2fsecret.json'],
    ['..%5csecret.json'],
    ['/etc/passwd'],
    ['%2fetc%2fpasswd'],
    ['C:%5cWindows'],
    ['c:/Windows'],
    ['a.json%00.pdf'],
    ['./a.json'],
    ['sub//a.json'],
    ['%E0%A4%A'],
    [''],
  ])('refuses %s', (raw) => {
    expect(safeSegments(raw)).toBeUndefined();
  });
});

describe('resolveInside', () => {
  let root: string;
  let outside: string;
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'gw-resolve-'));
    root = join(base, 'cases');
    outside = join(base, 'outside');
    await mkdir(join(root, 'sub'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(root, 'sub', '案件.json'), '{}');
    await writeFile(join(root, 'a.json'), '{}');
    await writeFile(join(outside, 'secret.json'), '{"secret":true}');
    await symlink(join(outside, 'secret.json'), join(root, 'link-out.json'));
    await symlink(outside, join(root, 'dir-out'));
    await symlink(join(root, 'a.json'), join(root, 'link-in.json'));
  });

  it('finds a file under the folder, also by its encoded Chinese name', async () => {
    expect(await resolveInside(root, 'a.json')).toMatch(/cases\/a\.json$/);
    expect(await resolveInside(root, 'sub/%E6%A1%88%E4%BB%B6.json')).toMatch(/cases\/sub\/案件\.json$/);
  });

  it('follows a symlink that stays inside to its target', async () => {
    expect(await resolveInside(root, 'link-in.json')).toMatch(/cases\/a\.json$/);
  });

  it.each([['link-out.json'], ['dir-out/secret.json'], ['../outside/secret.json'], ['%2e%2e/outside/secret.json'], ['sub'], ['missing.json']])(
    'gives nothing for %s (outside, a folder, or missing)',
    async (raw) => {
      expect(await resolveInside(root, raw)).toBeUndefined();
    },
  );

  it('gives nothing for an absolute path, even one naming a file inside', async () => {
    expect(await resolveInside(root, join(root, 'a.json'))).toBeUndefined();
    expect(await resolveInside(root, encodeURIComponent(join(root, 'a.json')))).toBeUndefined();
  });
});

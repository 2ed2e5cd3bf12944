/** File watching for live reload: one report per burst of edits, telling case files from templates and other files. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFolders, type ChangeBurst, type FolderWatcher } from '../../src/preview/watchFolders.ts';

let watcher: FolderWatcher | undefined;
afterEach(() => watcher?.close());

async function setUp(): Promise<{ dir: string; templates: string; next: () => Promise<ChangeBurst>; bursts: ChangeBurst[] }> {
  const base = await mkdtemp(join(tmpdir(), 'gw-watch-'));
  const dir = join(base, 'cases');
  const templates = join(base, 'templates');
  await mkdir(join(dir, 'sub'), { recursive: true });
  await mkdir(templates);
  const bursts: ChangeBurst[] = [];
  let waiting: ((burst: ChangeBurst) => void) | undefined;
  watcher = watchFolders(dir, templates, (burst) => {
    bursts.push(burst);
    waiting?.(burst);
  }, 60);
  const next = (): Promise<ChangeBurst> => new Promise((done) => (waiting = done));
  return { dir, templates, next, bursts };
}

describe('watchFolders', () => {
  it('reports several quick writes to case files, in sub-folders too, as one burst', async () => {
    const { dir, next, bursts } = await setUp();
    const burst = next();
    await writeFile(join(dir, 'a.json'), '{}');
    await writeFile(join(dir, 'sub', 'b.jsonl'), '{}\n');
    await writeFile(join(dir, 'a.json'), '{"x":1}');
    expect(await burst).toEqual({ cases: true, templates: false, other: false });
    await new Promise((done) => setTimeout(done, 150));
    expect(bursts).toHaveLength(1);
  });

  it('tells a template edit and a seal image from case files, and ignores dot files', async () => {
    const { dir, templates, next } = await setUp();
    let burst = next();
    await writeFile(join(templates, 'content.md.hbs'), '# {{title}}');
    expect(await burst).toEqual({ cases: false, templates: true, other: false });
    burst = next();
    await writeFile(join(dir, '.reviews.json'), '{}');
    await writeFile(join(dir, 'seal.png'), 'png');
    expect(await burst).toEqual({ cases: false, templates: false, other: true });
  });
});

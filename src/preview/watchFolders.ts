/**
 * Watches the served folder and the templates folder (fs.watch, recursive) and reports each
 * burst of changes once, after `debounceMs` of quiet: which folders saw changes, and whether a
 * case file was among them. Dot names (.reviews.json and its temp files) are ignored.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename } from 'node:path';
import { CASE_FILE } from './catalog.ts';

export interface ChangeBurst {
  /** A case file (*.json, *.jsonl, *.ndjson) under the served folder changed. */
  cases: boolean;
  /** Something under the templates folder changed. */
  templates: boolean;
  /** Another file under the served folder changed (a seal image…). */
  other: boolean;
}

export interface FolderWatcher {
  close(): void;
}

export function watchFolders(dir: string, templatesDir: string, onBurst: (burst: ChangeBurst) => void, debounceMs = 120): FolderWatcher {
  let pending: ChangeBurst = { cases: false, templates: false, other: false };
  let timer: NodeJS.Timeout | undefined;
  const note = (change: Partial<ChangeBurst>): void => {
    pending = { cases: pending.cases || !!change.cases, templates: pending.templates || !!change.templates, other: pending.other || !!change.other };
    clearTimeout(timer);
    timer = setTimeout(() => {
      const burst = pending;
      pending = { cases: false, templates: false, other: false };
      onBurst(burst);
    }, debounceMs);
  };
  const watchers: FSWatcher[] = [];
  const add = (folder: string, classify: (name: string) => Partial<ChangeBurst>): void => {
    try {
      const watcher = watch(folder, { recursive: true, persistent: false }, (_event, name) => {
        const file = name ? basename(name.toString()) : '';
        if (file.startsWith('.') || name?.toString().split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules')) return;
        note(classify(file));
      });
      watcher.on('error', () => undefined);
      watchers.push(watcher);
    } catch {
      // A folder that cannot be watched (gone, no permission) previews without live reload.
    }
  };
  add(dir, (file) => (CASE_FILE.test(file) || file === '' ? { cases: true } : { other: true }));
  add(templatesDir, () => ({ templates: true }));
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

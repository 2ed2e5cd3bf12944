/** Reads a case file from disk (UTF-8, BOM stripped) and returns its validated cases. */
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { CaseError, type Lang } from '../errors.ts';
import { parseCases } from './parseCases.ts';
import type { LoadedCase } from './types.ts';

export interface LoadOptions {
  /** Language of the thrown error's `message` (both languages stay available via describe()). */
  lang?: Lang;
}

export async function loadCaseFile(path: string, options: LoadOptions = {}): Promise<LoadedCase[]> {
  const source = resolve(path);
  try {
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CaseError(source, [
        {
          pointer: '',
          expected: { zh: '可读取的案件文件', en: 'a readable case file' },
          found: code === 'ENOENT' ? '文件不存在 (no such file)' : code === 'EISDIR' ? '文件夹 (a folder)' : String(code),
        },
      ]);
    }
    return parseCases(text, source);
  } catch (error) {
    if (error instanceof CaseError && options.lang === 'en') error.message = error.describe('en');
    throw error;
  }
}

/** The case files directly inside a folder (*.json, *.jsonl, *.ndjson), sorted by name; hidden files (gongwen preview's .reviews.json) are not cases. */
export async function listCaseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(resolve(dir), { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && ['.json', '.jsonl', '.ndjson'].includes(extname(e.name).toLowerCase()))
    .map((e) => join(resolve(dir), e.name))
    .sort();
}

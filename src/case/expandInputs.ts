/** Turns the paths given on the command line into case files: a folder means its *.json and *.jsonl files. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { GongwenError } from '../errors.ts';

const CASE_FILE = /\.(json|jsonl|ndjson)$/i;

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path).catch(() => undefined);
    if (!info) {
      throw new GongwenError({ zh: `${input}：文件或文件夹不存在`, en: `${input}: no such file or folder` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => CASE_FILE.test(name) && !name.startsWith('.'));
      names.sort((a, b) => a.localeCompare(b, 'en'));
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * A file-system failure while writing outputs → a named OutputError saying, in both languages,
 * what is wrong with which path. A file standing where a folder should be is found by walking
 * up from the folder, so the message names the file in the way, not only the folder.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputError, type Bilingual } from '../errors.ts';

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;

/** The first path from `folder` upwards that exists and is not a folder. */
async function fileInTheWay(folder: string): Promise<string | undefined> {
  for (let path = folder; ; path = dirname(path)) {
    const info = await stat(path).catch(() => undefined);
    if (info) return info.isDirectory() ? undefined : path;
    if (dirname(path) === path) return undefined;
  }
}

const BY_CODE: Record<string, Bilingual> = {
  EACCES: { zh: '没有写入权限', en: 'no permission to write here' },
  EPERM: { zh: '没有写入权限（操作不被允许）', en: 'no permission to write here (operation not permitted)' },
  ENOSPC: { zh: '磁盘空间已满，未写出任何文件', en: 'the disk is full; no file was written' },
  EDQUOT: { zh: '磁盘配额已满，未写出任何文件', en: 'the disk quota is exhausted; no file was written' },
  EROFS: { zh: '所在磁盘为只读，无法写入', en: 'the file system is read-only' },
  ENAMETOOLONG: { zh: '路径或文件名过长', en: 'the path or file name is too long' },
  EISDIR: { zh: '输出路径是一个文件夹，不能写成文件（--force 也不会删除文件夹）', en: 'the output path is a folder, not a file (--force never removes a folder)' },
  EMFILE: { zh: '打开的文件过多，请稍后重试', en: 'too many open files; try again' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy (in use)' },
};

/**
 * `target` is the path being written (or the folder being created); `folder` the output folder
 * the target belongs to.
 */
export async function outputFsError(error: unknown, target: string, folder: string): Promise<OutputError> {
  const code = codeOf(error);
  const options = { cause: error, ...(code ? { code } : {}) };
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    const blocker = await fileInTheWay(folder);
    if (blocker) {
      return new OutputError(blocker, { zh: '此处是文件而不是文件夹，无法在其中写出输出文件', en: 'this is a file, not a folder: the outputs cannot be written inside it' }, options);
    }
  }
  const known = code ? BY_CODE[code] : undefined;
  if (known) return new OutputError(target, known, options);
  const detail = error instanceof Error ? error.message : String(error);
  return new OutputError(target, { zh: `无法写入（${code ?? detail}）`, en: `cannot be written (${code ?? detail})` }, options);
}

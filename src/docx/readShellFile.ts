/**
 * Reads an office's own Word shell (--docx-template) once, before any case is rendered, and
 * checks its tags, so a bad shell fails at once with an error naming the shell file rather
 * than once per case.
 */
import { readFile } from 'node:fs/promises';
import { ShellError } from '../errors.ts';
import PizZip from 'pizzip';
import { checkShellTags } from './shellTags.ts';

export async function readShellFile(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new ShellError({ zh: `${path}：无法读取 Word 模板`, en: `${path}: cannot read the Word shell` }, { cause });
  }
  try {
    let zip: PizZip;
    try {
      zip = new PizZip(bytes);
    } catch (cause) {
      throw new ShellError({ zh: 'Word 模板不是有效的 .docx（zip）文件', en: 'The Word shell is not a valid .docx (zip) file' }, { cause });
    }
    checkShellTags(zip);
  } catch (error) {
    if (error instanceof ShellError) {
      throw new ShellError({ zh: `${path}：${error.messages.zh}`, en: `${path}: ${error.messages.en}` }, { cause: error });
    }
    throw error;
  }
  return bytes;
}

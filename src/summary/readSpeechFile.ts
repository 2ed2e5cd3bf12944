/**
 * A speech file → its paragraphs: plain text (.txt, one paragraph a line), Markdown (.md:
 * the text of each block, list items with their numbers) or Word (.docx, read with mammoth).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { GongwenError } from '../errors.ts';
import { parseMarkdown } from '../model/parseMarkdown.ts';

/** Binary formats that would read as noise: refused by name rather than "no structure found". */
const UNREADABLE = new Set(['.doc', '.wps', '.pdf', '.rtf', '.odt', '.pages']);

export async function readSpeechFile(path: string): Promise<string[]> {
  const ext = extname(path).toLowerCase();
  if (UNREADABLE.has(ext)) {
    throw new GongwenError({
      zh: `${path}：不支持 ${ext} 格式的讲话稿，请另存为 .docx、.txt 或 .md`,
      en: `${path}: speeches in ${ext} format are not supported; save it as .docx, .txt or .md`,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new GongwenError(
      { zh: `${path}：无法读取讲话稿文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`, en: `${path}: cannot read the speech file (${(error as NodeJS.ErrnoException).code ?? String(error)})` },
      { cause: error },
    );
  }
  if (ext === '.docx') return docxParagraphs(bytes, path);
  const text = bytes.toString('utf8').replace(/^\uFEFF/u, '');
  return ext === '.md' || ext === '.markdown' ? markdownParagraphs(text) : textParagraphs(text);
}

export function textParagraphs(text: string): string[] {
  return text.split(/\r?\n/u);
}

export function markdownParagraphs(markdown: string): string[] {
  return parseMarkdown(markdown).children.flatMap(blockTexts);
}

function blockTexts(node: RootContent): string[] {
  switch (node.type) {
    case 'list':
      return listTexts(node);
    case 'blockquote':
      return node.children.flatMap(blockTexts);
    case 'heading':
    case 'paragraph':
      return [toString(node)];
    default:
      return [];
  }
}

function listTexts(list: List): string[] {
  const start = list.start ?? 1;
  return list.children.flatMap((item, i) => {
    const [first, ...rest] = item.children.flatMap(blockTexts);
    if (first === undefined) return [];
    return [list.ordered ? `${start + i}. ${first}` : first, ...rest];
  });
}

async function docxParagraphs(bytes: Buffer, path: string): Promise<string[]> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return textParagraphs(value);
  } catch (error) {
    throw new GongwenError({ zh: `${path}：不是可读取的 Word 文档（.docx）`, en: `${path}: not a readable Word document (.docx)` }, { cause: error });
  }
}

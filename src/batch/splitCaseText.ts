/**
 * A case file's text → its items, one per document, without validating them (workers do): the
 * shapes of parseCases (a case, {case, documents}, an array of either, JSON Lines), each item
 * carrying the JSON pointer parseCases would give it. A file that is not JSON becomes one failed
 * item, a JSON Lines line that is not JSON one failed item for that line: the rest go on.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { joinPointer } from '../case/jsonPointer.ts';
import { CaseError } from '../errors.ts';
import { errorOfItem } from './itemError.ts';
import type { BatchItem, CaseFacts, ItemError, ItemJson, ItemPayload } from './types.ts';
import { dateOf } from './caseDate.ts';
import { mergeDocument } from '../case/mergeDocument.ts';

export type SplitItem = Omit<BatchItem, 'index' | 'stem'>;

/** parseCases' test for the {case, documents} form: has "documents" (or "case"), is not itself a case. */
function isCaseDocumentsForm(value: Record<string, unknown>): boolean {
  return !('kind' in value) && ('documents' in value || 'case' in value);
}

/** parseCases (and its schema validators) is loaded only when a file has a syntax error to report. */
const loadParser = () => import('../case/parseCases.ts');

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const isJsonLines = (source: string): boolean => /\.(jsonl|ndjson)$/i.test(source);

/** A line of a file: its bytes (without the line break) and where they start in the file. */
interface FileLine {
  start: number;
  bytes: Uint8Array;
}

/**
 * The lines of a file's bytes, given as chunks (a file read a megabyte at a time: a JSON Lines
 * file of 10,000 cases is never held whole; or one chunk of text in hand). A newline byte never
 * occurs inside a UTF-8 sequence, so lines are cut on bytes.
 */
async function* linesOf(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<FileLine> {
  // The pieces of a line that runs over chunks, joined once its end is found: a line of many
  // megabytes is copied once, not once a read.
  let pending: Uint8Array[] = [];
  let pendingStart = 0;
  let offset = 0;
  for await (const chunk of chunks) {
    let at = 0;
    for (let end = chunk.indexOf(0x0a, at); end >= 0; end = chunk.indexOf(0x0a, at)) {
      if (pending.length > 0) {
        yield { start: pendingStart, bytes: Buffer.concat([...pending, chunk.subarray(at, end)]) };
        pending = [];
      } else yield { start: offset + at, bytes: chunk.subarray(at, end) };
      at = end + 1;
    }
    if (at < chunk.length) {
      if (pending.length === 0) pendingStart = offset + at;
      pending.push(chunk.subarray(at));
    }
    offset += chunk.length;
  }
  if (pending.length > 0) yield { start: pendingStart, bytes: Buffer.concat(pending) };
}

/**
 * A case file → its items. The file's cases are parsed here only to split them and read their
 * facts; what a worker reads back is where each is in the file (a whole file, a JSON Lines line)
 * or, for an element of an array or a document of a form, its JSON text.
 */
export async function splitCaseFile(path: string): Promise<SplitItem[]> {
  if (isJsonLines(path)) return splitJsonLines(linesOf(createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>), path);
  return splitJsonText(await readFile(path), path);
}

/** A case file's text already in hand (tests): the same items as splitCaseFile. */
export function splitCaseText(text: string, source: string): Promise<SplitItem[]> {
  const bytes = new TextEncoder().encode(text);
  return isJsonLines(source) ? splitJsonLines(linesOf([bytes]), source) : splitJsonText(bytes, source);
}

async function splitJsonLines(lines: AsyncIterable<FileLine>, source: string): Promise<SplitItem[]> {
  const decoder = new TextDecoder();
  const items: SplitItem[] = [];
  let row = 0;
  let blank = '';
  for await (const { start, bytes } of lines) {
    row++;
    const bom = row === 1 && UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
    const end = bytes.length > bom && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const line = decoder.decode(bytes.subarray(bom, end));
    if (line.trim() === '') {
      if (blank.length < 4096) blank += `${line}\n`;
      continue;
    }
    const pointer = `/line/${row}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      items.push({ source, pointer, row, payload: { type: 'error', error: await syntaxError(line, source, pointer, row) } });
      continue;
    }
    const whole = { file: source, start: start + bom, end: start + end };
    items.push(...splitValue(value, pointer, source, true, whole).map((item) => ({ ...item, row })));
  }
  // No line with a case: parseCases says what is wrong with the (blank) file.
  if (items.length === 0) items.push(await wholeFileError(blank, source));
  return items;
}

async function splitJsonText(bytes: Uint8Array, source: string): Promise<SplitItem[]> {
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = new TextDecoder().decode(bytes.subarray(bom));
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [await wholeFileError(body, source)];
  }
  return splitValue(value, '', source, true, { file: source, start: bom, end: bytes.length });
}

/** The facts the main thread needs of a raw case (not validated: any field may be anything). */
export function caseFacts(value: unknown): CaseFacts {
  if (!isObject(value)) return {};
  const facts: CaseFacts = {};
  for (const key of ['id', 'kind', 'docNumber'] as const) if (typeof value[key] === 'string') facts[key] = value[key];
  if (isObject(value.issuer) && value.issuer.name !== undefined) facts.issuerName = value.issuer.name;
  const date = dateOf(value as Parameters<typeof dateOf>[0]);
  if (date) facts.date = date;
  return facts;
}

/**
 * `whole`: where the value's own text is, when the value is all of it (a file, a line), so a
 * worker reads those bytes instead of the main thread holding them.
 */
function splitValue(value: unknown, pointer: string, source: string, allowArray: boolean, whole?: ItemJson): SplitItem[] {
  if (Array.isArray(value) && allowArray && value.length > 0) {
    return value.flatMap((element, index) => splitValue(element, joinPointer(pointer, index), source, false));
  }
  if (isObject(value) && isCaseDocumentsForm(value) && Array.isArray(value.documents) && value.documents.length > 0) {
    const sharedValue = value.case ?? {};
    const shared = JSON.stringify(sharedValue);
    return value.documents.map((document, documentIndex) => ({
      source,
      pointer: joinPointer(pointer, 'documents', documentIndex),
      payload: {
        type: 'document',
        shared,
        document: JSON.stringify(document) ?? 'null',
        formPointer: pointer,
        documentIndex,
        facts: caseFacts(mergeDocument(sharedValue, document)),
      } satisfies ItemPayload,
    }));
  }
  // Everything else (a case, an empty array, a malformed {case, documents}) is one item that the
  // worker validates and, when wrong, reports with parseCases' own message.
  return [{ source, pointer, payload: { type: 'value', json: whole ?? { text: JSON.stringify(value) ?? 'null' }, facts: caseFacts(value) } }];
}

/** parseCases' report of the whole text (it locates the syntax error by line and column). */
async function wholeFileError(body: string, source: string): Promise<SplitItem> {
  const { parseCases } = await loadParser();
  try {
    parseCases(body, source);
  } catch (error) {
    return { source, pointer: '', payload: { type: 'error', error: errorOfItem(error, { source, pointer: '' }) } };
  }
  throw new Error(`${source}: expected a parse error`);
}

async function syntaxError(line: string, source: string, pointer: string, row: number): Promise<ItemError> {
  const { parseCases } = await loadParser();
  try {
    parseCases(line, source, { format: 'json' });
  } catch (error) {
    if (error instanceof CaseError) {
      const moved = new CaseError(
        source,
        error.issues.map((issue) => ({ ...issue, pointer, ...(issue.line !== undefined ? { line: row } : {}) })),
      );
      return errorOfItem(moved, { source, pointer, row });
    }
    return errorOfItem(error, { source, pointer, row });
  }
  throw new Error(`${source}${pointer}: expected a parse error`);
}

/**
 * A case file's text → its items, one per document, without validating them (workers do): the
 * shapes of parseCases (a case, {case, documents}, an array of either, JSON Lines), each item
 * carrying the JSON pointer parseCases would give it. A file that is not JSON becomes one failed
 * item, a JSON Lines line that is not JSON one failed item for that line: the rest go on.
 */
import { joinPointer } from '../case/jsonPointer.ts';
import { CaseError } from '../errors.ts';
import { errorOfItem } from './itemError.ts';
import type { BatchItem, ItemError, ItemPayload } from './types.ts';

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

export async function splitCaseText(text: string, source: string): Promise<SplitItem[]> {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.(jsonl|ndjson)$/i.test(source)) {
    const items: SplitItem[] = [];
    for (const [index, raw] of body.split('\n').entries()) {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') continue;
      const row = index + 1;
      const pointer = `/line/${row}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        items.push({ source, pointer, row, payload: { type: 'error', error: await syntaxError(line, source, pointer, row) } });
        continue;
      }
      items.push(...splitValue(value, pointer, source, true).map((item) => ({ ...item, row })));
    }
    if (items.length === 0) items.push(await wholeFileError(body, source));
    return items;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [await wholeFileError(body, source)];
  }
  return splitValue(value, '', source, true);
}

function splitValue(value: unknown, pointer: string, source: string, allowArray: boolean): SplitItem[] {
  if (Array.isArray(value) && allowArray && value.length > 0) {
    return value.flatMap((element, index) => splitValue(element, joinPointer(pointer, index), source, false));
  }
  if (isObject(value) && isCaseDocumentsForm(value) && Array.isArray(value.documents) && value.documents.length > 0) {
    const shared = value.case ?? {};
    return value.documents.map((document, documentIndex) => ({
      source,
      pointer: joinPointer(pointer, 'documents', documentIndex),
      payload: { type: 'document', shared, document, formPointer: pointer, documentIndex } satisfies ItemPayload,
    }));
  }
  // Everything else (a case, an empty array, a malformed {case, documents}) is one item that the
  // worker validates and, when wrong, reports with parseCases' own message.
  return [{ source, pointer, payload: { type: 'value', value } }];
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

/**
 * A batch item → one validated case, through parseCases itself (limits, {case, documents}
 * merging, schema validation, its messages), with every problem located where it is in the
 * item's own file: pointers under the item's pointer, inherited fields under the form's /case.
 */
import { joinPointer } from '../case/jsonPointer.ts';
import { parseCases } from '../case/parseCases.ts';
import type { LoadedCase } from '../case/types.ts';
import { CaseError } from '../errors.ts';
import type { BatchItem, ItemJson } from './types.ts';
import { closeSync, openSync, readSync } from 'node:fs';

export function validateItem(item: BatchItem): LoadedCase {
  const { payload, source, pointer } = item;
  if (payload.type === 'error' || payload.type === 'released') throw new Error(`validateItem: a ${payload.type === 'error' ? 'failed' : 'booked'} item has no case`);
  const text = payload.type === 'value' ? readItemJson(payload.json) : `{"case":${payload.shared},"documents":[${payload.document}]}`;
  const relocate = (p: string): string => {
    if (payload.type === 'value') return pointer + p;
    if (p.startsWith('/documents/0')) return joinPointer(payload.formPointer, 'documents', payload.documentIndex) + p.slice('/documents/0'.length);
    return payload.formPointer + p;
  };
  let cases: LoadedCase[];
  try {
    cases = parseCases(text, item.caseSource ?? source, { format: 'json' });
  } catch (error) {
    if (error instanceof CaseError) throw new CaseError(source, error.issues.map((issue) => ({ ...issue, pointer: relocate(issue.pointer) })));
    throw error;
  }
  if (cases.length !== 1) {
    throw new CaseError(source, [{ pointer, expected: { zh: '一个案件', en: 'one case' }, found: `${cases.length} 个 (${cases.length} cases)` }]);
  }
  return { ...cases[0]!, pointer };
}

/** An item's JSON text: held, or read back from its bytes in the case file. */
function readItemJson(json: ItemJson): string {
  if ('text' in json) return json.text;
  const bytes = Buffer.alloc(json.end - json.start);
  const fd = openSync(json.file, 'r');
  try {
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, json.start + read);
      if (n === 0) break;
      read += n;
    }
    return bytes.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

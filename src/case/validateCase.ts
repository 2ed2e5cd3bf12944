/**
 * Validates one case document against its kind's schema. Throws a CaseError listing every
 * problem at once, each with a JSON pointer relative to the file; returns the data with the
 * schema's defaults filled in (the caller's object is not changed).
 */
import { CaseError, type CaseIssue } from '../errors.ts';
import { kindValidators } from './compileValidators.ts';
import { isKind, kindList } from './kindSchemas.ts';
import { jsonTypeOf, showValue } from './describeValue.ts';
import { translateErrors } from './translateErrors.ts';
import { checkLimits } from './limits.ts';
import type { CaseData } from './types.ts';

/** Maps a pointer inside the document to a pointer inside the file. */
export type PointerLocator = (pointerInDocument: string) => string;

export function validateCase(data: unknown, source: string, pointer: string): CaseData {
  return validateDocument(data, source, (p) => pointer + p);
}

export function validateDocument(data: unknown, source: string, locate: PointerLocator): CaseData {
  // parseCases checks the limits on the whole file; a caller handing a value in directly gets the same.
  const over = checkLimits(data, '');
  if (over.length > 0) throw new CaseError(source, over.map((issue) => ({ ...issue, pointer: locate(issue.pointer) })));
  const issues = checkDocument(data);
  if ('data' in issues) return issues.data;
  throw new CaseError(
    source,
    issues.problems.map((issue) => ({ ...issue, pointer: locate(issue.pointer) })),
  );
}

/** The problems of one document (pointers relative to it), or its data with defaults. */
export function checkDocument(data: unknown): { data: CaseData } | { problems: CaseIssue[] } {
  if (jsonTypeOf(data) !== 'object') {
    return {
      problems: [
        {
          pointer: '',
          expected: { zh: '案件对象 {"kind": …, "id": …}', en: 'a case object {"kind": …, "id": …}' },
          found: showValue(data),
        },
      ],
    };
  }
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (!isKind(kind)) {
    return {
      problems: [
        {
          pointer: '/kind',
          expected: { zh: `文种代码之一：${kindList('、')}`, en: `one of the kinds ${kindList(', ')}` },
          ...(kind === undefined ? { missing: true } : { found: showValue(kind) }),
        },
      ],
    };
  }
  const copy = structuredClone(record);
  const validate = kindValidators()[kind];
  if (validate(copy)) return { data: copy as unknown as CaseData };
  return { problems: translateErrors(kind, validate.errors ?? []) };
}

/**
 * Text of a case file → validated cases. Accepted shapes:
 *   a case object                         pointer ''
 *   {"case": {…}, "documents": [{…}, …]}  pointers '/documents/0', '/documents/1', …
 *   an array of either of the above       pointers '/0', '/1', '/1/documents/0', …
 *   JSON Lines (.jsonl): one of the above per line, blank lines skipped
 *                                         pointers '/line/5', '/line/6/documents/0' (1-based file line)
 * A problem in a document inherited from "case" is reported at its place under /case.
 * Every problem of every document is collected into one CaseError: a failed file yields nothing.
 */
import { CaseError, type CaseIssue } from '../errors.ts';
import { existingDepth, joinPointer, splitPointer } from './jsonPointer.ts';
import { lineColumnOf, locateJsonError } from './locateJsonError.ts';
import { mergeDocument } from './mergeDocument.ts';
import { checkDocument } from './validateCase.ts';
import { checkLimits, LIMITS } from './limits.ts';
import { jsonTypeOf, showValue } from './describeValue.ts';
import type { LoadedCase } from './types.ts';

export interface ParseOptions {
  /** 'jsonl' for JSON Lines; by default chosen from the source's extension (.jsonl, .ndjson). */
  format?: 'json' | 'jsonl';
}

export function parseCases(text: string, source: string, options: ParseOptions = {}): LoadedCase[] {
  const body = text.replace(/^\uFEFF/, '');
  const format = options.format ?? (/\.(jsonl|ndjson)$/i.test(source) ? 'jsonl' : 'json');
  const issues: CaseIssue[] = [];
  const cases: LoadedCase[] = [];
  const add = (value: unknown, pointer: string): void => {
    // Limits first: nothing below (validation, merging, templates) sees a value past them.
    const over = checkLimits(value, pointer);
    if (over.length > 0) issues.push(...over);
    else expandValue(value, pointer, source, cases, issues);
  };
  if (Buffer.byteLength(body, 'utf8') > LIMITS.fileBytes) {
    throw new CaseError(source, [
      {
        pointer: '',
        expected: { zh: `至多 ${LIMITS.fileBytes / 1024 / 1024} MB 的案件文件`, en: `a case file of at most ${LIMITS.fileBytes / 1024 / 1024} MB` },
        found: `${(Buffer.byteLength(body, 'utf8') / 1024 / 1024).toFixed(1)} MB`,
      },
    ]);
  }

  if (format === 'jsonl') {
    const lines = body.split('\n');
    let count = 0;
    lines.forEach((raw, index) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') return;
      count += 1;
      const pointer = `/line/${index + 1}`;
      const parsed = parseJson(line);
      if ('problem' in parsed) {
        issues.push({ ...parsed.problem, pointer, line: index + 1 + parsed.problem.line - 1 });
      } else {
        add(parsed.value, pointer);
      }
    });
    if (count === 0) issues.push(emptyIssue(''));
  } else {
    const parsed = parseJson(body);
    if ('problem' in parsed) issues.push({ ...parsed.problem, pointer: '' });
    else add(parsed.value, '');
  }
  if (issues.length > 0) throw new CaseError(source, capIssues(dedupe(issues)));
  return cases;
}

type Parsed = { value: unknown } | { problem: Omit<CaseIssue, 'pointer'> & { line: number; column: number } };

function parseJson(text: string): Parsed {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const located = locateJsonError(text);
    if (located) {
      const { line, column } = lineColumnOf(text, located.offset);
      return { problem: { expected: located.expected, found: located.found, line, column } };
    }
    // The scanner accepts what JSON.parse rejected: report V8's own words and position.
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const { line, column } = lineColumnOf(text, at ? Number(at[1]) : 0);
    return { problem: { expected: { zh: `合法的 JSON（${message}）`, en: `valid JSON (${message})` }, line, column } };
  }
}

function emptyIssue(pointer: string): CaseIssue {
  return {
    pointer,
    expected: { zh: '至少一个案件', en: 'at least one case' },
    found: '空 (empty)',
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return jsonTypeOf(value) === 'object';
}

/** A {case, documents} file: has "documents" (or "case") and is not itself a case. */
function isCaseDocumentsForm(value: Record<string, unknown>): boolean {
  return !('kind' in value) && ('documents' in value || 'case' in value);
}

function expandValue(
  value: unknown,
  pointer: string,
  source: string,
  cases: LoadedCase[],
  issues: CaseIssue[],
  allowArray = true,
): void {
  if (Array.isArray(value) && allowArray) {
    if (value.length === 0) issues.push(emptyIssue(pointer));
    value.forEach((item, index) => expandValue(item, joinPointer(pointer, index), source, cases, issues, false));
    return;
  }
  if (isObject(value) && isCaseDocumentsForm(value)) {
    expandCaseDocuments(value, pointer, source, cases, issues);
    return;
  }
  accept(value, pointer, (p) => pointer + p, source, cases, issues);
}

function expandCaseDocuments(
  value: Record<string, unknown>,
  pointer: string,
  source: string,
  cases: LoadedCase[],
  issues: CaseIssue[],
): void {
  const shared = value.case ?? {};
  const documents = value.documents;
  const casePointer = joinPointer(pointer, 'case');
  const documentsPointer = joinPointer(pointer, 'documents');
  if (!isObject(shared)) {
    issues.push({
      pointer: casePointer,
      expected: { zh: '对象（各文件共用的案件字段）', en: 'an object (the fields shared by the documents)' },
      found: showValue(shared),
    });
    return;
  }
  if (!Array.isArray(documents) || documents.length === 0) {
    issues.push({
      pointer: documentsPointer,
      expected: { zh: '至少 1 项的数组（各文件）', en: 'an array of at least 1 document' },
      ...(documents === undefined ? { missing: true } : { found: showValue(documents) }),
    });
    return;
  }
  documents.forEach((document, index) => {
    const documentPointer = joinPointer(documentsPointer, index);
    if (!isObject(document)) {
      issues.push({
        pointer: documentPointer,
        expected: { zh: '对象（一个文件的字段）', en: 'an object (one document’s fields)' },
        found: showValue(document),
      });
      return;
    }
    // A field the document does not reach but the case does was inherited: point at the case.
    const locate = (p: string): string => {
      const inDocument = existingDepth(document, p);
      const inCase = existingDepth(shared, p);
      return inCase > inDocument && inCase === splitPointer(p).length ? casePointer + p : documentPointer + p;
    };
    accept(mergeDocument(shared, document), documentPointer, locate, source, cases, issues);
  });
}

function accept(
  value: unknown,
  pointer: string,
  locate: (p: string) => string,
  source: string,
  cases: LoadedCase[],
  issues: CaseIssue[],
): void {
  const result = checkDocument(value);
  if ('data' in result) cases.push({ data: result.data, source, pointer });
  else issues.push(...result.problems.map((issue) => ({ ...issue, pointer: locate(issue.pointer) })));
}

/** A bad field in "case" is reported once, not once per document inheriting it. */
function dedupe(issues: CaseIssue[]): CaseIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.line ?? ''}\u0000${issue.expected.zh}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** At most LIMITS.issues problems, then one line saying how many more. */
function capIssues(issues: CaseIssue[]): CaseIssue[] {
  if (issues.length <= LIMITS.issues) return issues;
  const more = issues.length - LIMITS.issues;
  return [
    ...issues.slice(0, LIMITS.issues),
    { pointer: '', expected: { zh: `（另有 ${more} 处问题未列出）`, en: `(${more} more problems not listed)` } },
  ];
}

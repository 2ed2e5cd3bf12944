/**
 * The case files under the served folder, loaded and validated: one entry per document (a file
 * of several documents gives several), or one invalid entry per file that fails, carrying its
 * problems (JSON pointer + message). Walks sub-folders too, skipping dot names and node_modules.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { kindNames, isKind } from '../case/kindSchemas.ts';
import { parseCases } from '../case/parseCases.ts';
import type { LoadedCase } from '../case/types.ts';
import { CaseError, type CaseIssue } from '../errors.ts';
import { reviewKey } from './reviewStore.ts';

export const CASE_FILE = /\.(json|jsonl|ndjson)$/i;
const MAX_DEPTH = 4;
const MAX_FILES = 2000;

export interface CatalogIssue {
  /** JSON pointer of the field ('' = the whole file). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

export interface CatalogEntry {
  /** reviewKey(file, pointer): the document's name in URLs and in .reviews.json. */
  key: string;
  /** Path of the case file relative to the folder, '/'-separated. */
  file: string;
  /** The document's JSON pointer inside its file ('' for a single case; '' for a failed file). */
  pointer: string;
  kind: string;
  /** Chinese name of the kind, or 未知文种. */
  kindName: string;
  id?: string;
  title?: string;
  status: 'valid' | 'invalid';
  /** A short hash of the document's data: a review mark made on another digest predates an edit. */
  digest?: string;
  issues?: CatalogIssue[];
}

export interface Catalog {
  entries: CatalogEntry[];
  /** The loaded document of every valid entry, by key. */
  cases: Map<string, LoadedCase>;
}

export async function scanCatalog(dir: string): Promise<Catalog> {
  const files = await findCaseFiles(dir);
  const entries: CatalogEntry[] = [];
  const cases = new Map<string, LoadedCase>();
  const names = kindNames() as Record<string, string>;
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    try {
      for (const loaded of parseCases(text, path)) {
        const key = reviewKey(file, loaded.pointer);
        const data = loaded.data as { kind: string; id: string; title?: unknown };
        entries.push({
          key,
          file,
          pointer: loaded.pointer,
          kind: data.kind,
          kindName: names[data.kind] ?? data.kind,
          id: data.id,
          ...(typeof data.title === 'string' && data.title ? { title: data.title } : {}),
          status: 'valid',
          digest: digestOf(loaded.data),
        });
        cases.set(key, loaded);
      }
    } catch (error) {
      const guess = guessHeader(text);
      const kind = isKind(guess?.kind) ? guess.kind : undefined;
      entries.push({
        key: reviewKey(file, ''),
        file,
        pointer: '',
        kind: kind ?? 'unknown',
        kindName: (kind && names[kind]) || '未知文种',
        ...(typeof guess?.id === 'string' && guess.id ? { id: guess.id } : {}),
        ...(typeof guess?.title === 'string' && guess.title ? { title: guess.title } : {}),
        status: 'invalid',
        issues: error instanceof CaseError ? error.issues.map(describeIssue) : [{ pointer: '', message: error instanceof Error ? error.message : String(error) }],
      });
    }
  }
  return { entries, cases };
}

export function digestOf(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

export function describeIssue(issue: CaseIssue): CatalogIssue {
  const found = issue.found !== undefined ? `，实际为 ${issue.found}` : issue.missing ? '，实际缺失' : '';
  return {
    pointer: issue.pointer,
    message: `应为${issue.expected.zh}${found}`,
    ...(issue.line !== undefined ? { line: issue.line, column: issue.column ?? 1 } : {}),
  };
}

/** The kind, id and title a failed file meant, when its JSON still parses far enough to say. */
function guessHeader(text: string): { kind?: unknown; id?: unknown; title?: unknown } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
  const value = parseOrUndefined(body) ?? parseOrUndefined(firstLine);
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return undefined;
  type Header = { kind?: unknown; id?: unknown; title?: unknown };
  const record = first as Header & { case?: Header; documents?: Header[] };
  const doc = record.documents?.[0];
  return {
    kind: record.kind ?? doc?.kind ?? record.case?.kind,
    id: record.id ?? doc?.id ?? record.case?.id,
    title: record.title ?? doc?.title ?? record.case?.title,
  };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function findCaseFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const entry of entries) {
      if (found.length >= MAX_FILES) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1);
      else if (entry.isFile() && CASE_FILE.test(entry.name)) found.push(path);
    }
  };
  await walk(dir, 0);
  return found;
}

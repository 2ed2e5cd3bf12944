/**
 * Any error of an item → plain data for the manifest and errors.txt: the class name, file, row,
 * column (--rows), JSON pointer and message in both languages; a case's problems one by one.
 */
import { CaseError, GongwenError } from '../errors.ts';
import type { ItemError } from './types.ts';

export interface ErrorPlace {
  source: string;
  pointer: string;
  row?: number;
  /** --rows: the column that set each pointer. */
  columns?: Record<string, string>;
}

/** The column whose pointer is the problem's pointer or one of its parents. */
export function columnOf(pointer: string, columns: Record<string, string> | undefined): string | undefined {
  if (!columns) return undefined;
  let best: string | undefined;
  for (const [target, column] of Object.entries(columns)) {
    if ((pointer === target || pointer.startsWith(`${target}/`)) && (best === undefined || target.length > best.length)) best = target;
  }
  return best === undefined ? undefined : columns[best];
}

export function errorOfItem(error: unknown, place: ErrorPlace): ItemError {
  const base = { file: place.source, ...(place.row !== undefined ? { row: place.row } : {}) };
  if (error instanceof CaseError) {
    const issues = error.issues.map((issue) => {
      const one = new CaseError(error.file, [issue]);
      const column = columnOf(issue.pointer, place.columns);
      return {
        pointer: issue.pointer,
        ...(column ? { column } : {}),
        zh: one.describe('zh').split('\n').slice(1).join('\n').trim(),
        en: one.describe('en').split('\n').slice(1).join('\n').trim(),
      };
    });
    const first = issues[0];
    return {
      name: error.name,
      ...base,
      ...(first?.column ? { column: first.column } : {}),
      pointer: first?.pointer ?? place.pointer,
      message: { zh: error.describe('zh'), en: error.describe('en') },
      issues,
    };
  }
  if (error instanceof GongwenError) {
    return { name: error.name, ...base, pointer: place.pointer, message: { ...error.messages }, issues: [] };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    name: error instanceof Error ? error.name : 'Error',
    ...base,
    pointer: place.pointer,
    message: { zh: `内部错误：${detail}`, en: `internal error: ${detail}` },
    issues: [],
  };
}

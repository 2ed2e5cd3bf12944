/**
 * One row of a --rows table over the base case: each non-empty cell replaces the field its column
 * targets, converted to the schema's type there (numbers, true/false, a list split at 、；; or line
 * breaks, or JSON for objects and arrays). Empty cells keep the base case's value.
 */
import { splitPointer } from '../../case/jsonPointer.ts';
import { CaseError, type CaseIssue } from '../../errors.ts';
import type { ColumnTarget } from './columnTargets.ts';

export function applyRow(base: unknown, cells: string[], targets: ColumnTarget[], tableFile: string): unknown {
  const value = structuredClone(base);
  const issues: CaseIssue[] = [];
  for (const target of targets) {
    const cell = (cells[target.position] ?? '').trim();
    if (cell === '') continue;
    const converted = convert(cell, target);
    if ('problem' in converted) issues.push({ pointer: target.pointer, expected: converted.problem, found: JSON.stringify(cell) });
    else setAt(value, target.pointer, converted.value);
  }
  if (issues.length > 0) throw new CaseError(tableFile, issues);
  return value;
}

function convert(cell: string, target: ColumnTarget): { value: unknown } | { problem: { zh: string; en: string } } {
  const { types } = target;
  if ((types.includes('object') || types.includes('array')) && /^[[{]/.test(cell)) {
    try {
      return { value: JSON.parse(cell) };
    } catch {
      return { problem: { zh: '合法的 JSON（对象或数组）', en: 'valid JSON (an object or array)' } };
    }
  }
  if (target.stringItems) return { value: cell.split(/[、;；\n]/).map((part) => part.trim()).filter(Boolean) };
  if (types.includes('integer') || types.includes('number')) {
    const n = Number(cell);
    if (!Number.isFinite(n) || (types.includes('integer') && !types.includes('number') && !Number.isInteger(n))) {
      if (types.includes('string')) return { value: cell };
      return { problem: { zh: types.includes('integer') ? '整数' : '数字', en: types.includes('integer') ? 'an integer' : 'a number' } };
    }
    return { value: n };
  }
  if (types.includes('boolean')) {
    if (/^(true|是|1)$/i.test(cell)) return { value: true };
    if (/^(false|否|0)$/i.test(cell)) return { value: false };
    return { problem: { zh: 'true/false（是/否）', en: 'true or false' } };
  }
  return { value: cell };
}

/** Sets the value at a pointer, creating objects (or arrays, before an index) on the way. */
function setAt(root: unknown, pointer: string, value: unknown): void {
  const segments = splitPointer(pointer);
  let current = root as Record<string, unknown>;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      Object.defineProperty(current, segment, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = current[segment];
    if (next === null || typeof next !== 'object') {
      const created = /^\d+$/.test(segments[i + 1]!) ? [] : {};
      Object.defineProperty(current, segment, { value: created, enumerable: true, writable: true, configurable: true });
    }
    current = current[segment] as Record<string, unknown>;
  });
}

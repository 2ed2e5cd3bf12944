/**
 * --rows: one base case and a table → one item per data row, named by the row (the case id gets
 * "-<row>" unless a column sets /id), each remembering which column set which field so that an
 * invalid row is reported with its row number and column.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isKind } from '../../case/kindSchemas.ts';
import { GongwenError } from '../../errors.ts';
import { numberItems } from '../collectItems.ts';
import { errorOfItem } from '../itemError.ts';
import { caseFacts, type SplitItem } from '../splitCaseText.ts';
import type { BatchItem } from '../types.ts';
import { applyRow } from './applyRow.ts';
import { columnTargets } from './columnTargets.ts';
import { readTable } from './readTable.ts';

export async function collectRowItems(baseFile: string, tableFile: string): Promise<BatchItem[]> {
  const basePath = resolve(baseFile);
  const tablePath = resolve(tableFile);
  let base: unknown;
  try {
    base = JSON.parse((await readFile(basePath, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new GongwenError({ zh: `${baseFile}：--rows 的底稿应为一个案件 JSON 文件`, en: `${baseFile}: the base case of --rows must be one case JSON file` }, { cause });
  }
  const kind = (base as { kind?: unknown } | null)?.kind;
  if (base === null || typeof base !== 'object' || Array.isArray(base) || !isKind(kind)) {
    throw new GongwenError({ zh: `${baseFile}：--rows 的底稿应为一个案件对象，且 kind 为已知文种`, en: `${baseFile}: the base case of --rows must be one case object with a known kind` });
  }
  const baseId = typeof (base as { id?: unknown }).id === 'string' ? (base as { id: string }).id : 'row';
  const table = await readTable(tablePath);
  const targets = columnTargets(table.header, kind, tablePath);
  const setsId = targets.some((target) => target.pointer === '/id');
  const split: SplitItem[] = table.rows.map(({ row, cells }) => {
    const columns = Object.fromEntries(targets.filter((t) => (cells[t.position] ?? '').trim() !== '').map((t) => [t.pointer, t.column]));
    const place = { source: tablePath, pointer: '', row, columns, caseSource: basePath };
    try {
      const value = applyRow(base, cells, targets, tablePath) as Record<string, unknown>;
      if (!setsId || (cells[targets.find((t) => t.pointer === '/id')!.position] ?? '').trim() === '') value.id = `${baseId}-${row}`;
      return { ...place, payload: { type: 'value', json: { text: JSON.stringify(value) }, facts: caseFacts(value) } };
    } catch (error) {
      return { ...place, payload: { type: 'error', error: errorOfItem(error, place) } };
    }
  });
  return numberItems(split);
}

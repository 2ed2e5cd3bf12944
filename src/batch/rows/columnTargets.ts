/**
 * The columns of a --rows table → the case fields they set: a column named by a JSON pointer
 * (/addressee/0, /docNumber, /contact/name) sets that field; any other name must be the Chinese
 * title of exactly one field of the kind's schema (主送机关, 发文字号, 联系人姓名 …).
 */
import { childNodes, nodesAt, rootNodes, type SchemaNode, titleOf, typesOf } from '../../case/schemaWalk.ts';
import { splitPointer } from '../../case/jsonPointer.ts';
import type { Kind } from '../../case/types.ts';
import { GongwenError } from '../../errors.ts';

export interface ColumnTarget {
  column: string;
  /** 0-based position in the row. */
  position: number;
  pointer: string;
  /** JSON types the schema allows there ([] when unknown). */
  types: string[];
  /** For an array of strings: the cell is split into items. */
  stringItems: boolean;
}

/** Titles of the kind's fields (objects followed, arrays not entered) → their pointers. */
export function fieldTitles(kind: Kind): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  const visit = (nodes: SchemaNode[], path: string, depth: number): void => {
    if (depth > 4) return;
    const keys = new Set<string>();
    for (const { schema } of nodes) for (const key of Object.keys(schema.properties ?? {})) keys.add(key);
    for (const key of keys) {
      const child = childNodes(nodes, key);
      const pointer = `${path}/${key}`;
      const title = titleOf(child);
      if (title) titles.set(title, [...(titles.get(title) ?? []), pointer]);
      if (typesOf(child).includes('object')) visit(child, pointer, depth + 1);
    }
  };
  visit(rootNodes(kind), '', 0);
  return titles;
}

export function columnTargets(header: string[], kind: Kind, tableFile: string): ColumnTarget[] {
  const titles = fieldTitles(kind);
  const targets: ColumnTarget[] = [];
  header.forEach((column, position) => {
    if (column === '') return;
    let pointer: string;
    if (column.startsWith('/')) pointer = column;
    else {
      const found = titles.get(column) ?? [];
      if (found.length !== 1) {
        const known = [...titles.keys()].slice(0, 40).join('、');
        throw new GongwenError(
          found.length === 0
            ? { zh: `${tableFile}：列「${column}」不是 JSON 指针，也不是 ${kind} 的字段名称（可用：${known}）`, en: `${tableFile}: column "${column}" is neither a JSON pointer nor a field title of ${kind}` }
            : { zh: `${tableFile}：列「${column}」对应多个字段（${found.join('、')}），请改用 JSON 指针`, en: `${tableFile}: column "${column}" names several fields (${found.join(', ')}); use a JSON pointer` },
        );
      }
      pointer = found[0]!;
    }
    const nodes = nodesAt(kind, splitPointer(pointer));
    const types = typesOf(nodes);
    const stringItems = types.includes('array') && typesOf(childNodes(nodes, '0')).includes('string');
    targets.push({ column, position, pointer, types, stringItems });
  });
  return targets;
}

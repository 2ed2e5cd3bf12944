/**
 * Before an item is dispatched: its 发文字号 from the register. A case with its own number claims
 * it (refused when another case holds it); with --assign-numbers a case without one gets the next
 * number of its 机关代字 (--issuer-code) and year (of its date).
 */
import { factsOf } from '../collectItems.ts';
import type { BatchItem, ItemError } from '../types.ts';
import { caseKey, type Register } from './register.ts';

export interface NumberingOptions {
  assign: boolean;
  /** 机关代字 by issuer name; '' for every issuer. */
  codes: Map<string, string>;
}

export function numberForItem(register: Register, item: BatchItem, options: NumberingOptions): { docNumber?: string } | { error: ItemError } {
  const facts = factsOf(item);
  const kind = facts.kind ?? '';
  const id = facts.id ?? '';
  if (!kind || !id) return {}; // the worker reports the invalid case
  const key = caseKey(kind, id);
  const fail = (pointer: string, zh: string, en: string): { error: ItemError } => ({
    error: {
      name: 'RegisterError',
      file: item.source,
      ...(item.row !== undefined ? { row: item.row } : {}),
      pointer: item.pointer + pointer,
      message: { zh, en },
      issues: [{ pointer: item.pointer + pointer, zh: `${item.pointer + pointer}：${zh}`, en: `${item.pointer + pointer}: ${en}` }],
    },
  });
  if (facts.docNumber !== undefined && facts.docNumber !== '') {
    const claimed = register.claim(key, facts.docNumber);
    if (!claimed.ok) {
      return fail('/docNumber', `发文字号 ${facts.docNumber} 已由 ${claimed.holder} 使用（登记簿 ${register.path}）`, `document number ${facts.docNumber} is already used by ${claimed.holder} (register ${register.path})`);
    }
    return {};
  }
  if (!options.assign) return {};
  const issuer = facts.issuerName;
  const code = (typeof issuer === 'string' ? options.codes.get(issuer) : undefined) ?? options.codes.get('');
  if (!code) {
    return fail('/docNumber', `缺少发文字号，且未给出发文机关「${String(issuer ?? '')}」的机关代字（--issuer-code 代字 或 --issuer-code 机关名称=代字）`, `no docNumber, and no issuer code for "${String(issuer ?? '')}" (--issuer-code CODE or NAME=CODE)`);
  }
  const date = facts.date;
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  if (!Number.isInteger(year)) return fail('/date', '编号需要成文日期的年份，但没有成文日期', 'numbering needs the year of the date, and there is no date');
  return { docNumber: register.assign(key, code, year) };
}

import { HelperError } from '../templateError.ts';

export interface JoinOptions {
  /** Separator, default 、 (use ， for clauses). */
  sep?: string;
  /** Conjunction before the last item, e.g. 和 or 及; default: the separator. */
  last?: string;
}

/** ['甲','乙','丙'] → 甲、乙、丙, or 甲、乙和丙 with last 和. Empty items are skipped. */
export function joinList(items: unknown, options: JoinOptions = {}): string {
  if (!Array.isArray(items)) {
    throw new HelperError(`joinList 需要一个列表，实际为 ${JSON.stringify(items)}`, `joinList needs a list, found ${JSON.stringify(items)}`);
  }
  const list = items.filter((x) => x !== null && x !== undefined && x !== '').map((x) => String(x));
  const sep = options.sep ?? '、';
  if (list.length < 2 || options.last === undefined) return list.join(sep);
  return list.slice(0, -1).join(sep) + options.last + list[list.length - 1];
}

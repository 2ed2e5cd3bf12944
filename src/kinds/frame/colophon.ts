/** 版记: 抄送 and 印发机关/日期; the letter format prints no printing office (GB/T 9704 §10.1). */
import type { CaseData, LayoutName } from '../../case/types.ts';
import type { Colophon } from '../../model/types.ts';
import { cnDate } from '../../template/helpers/cnDate.ts';

export function buildColophon(data: CaseData, layout: LayoutName): Colophon | undefined {
  const cc = data.cc ?? [];
  const printer = layout !== 'letter' && data.printer ? { name: data.printer.name, date: cnDate(data.printer.date) } : undefined;
  if (cc.length === 0 && !printer) return undefined;
  return printer ? { cc: [...cc], printer } : { cc: [...cc] };
}

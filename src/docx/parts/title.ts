/**
 * 标题 (exactly the rows breakTitle gives, 22 pt 小标宋, one grid row each, centred),
 * the 楷体 subtitle rows under it, and the 主送机关 row.
 */
import { breakTitle } from '../../layout/breakTitle.ts';
import { title as titleSpec } from '../../layout/gbt9704.ts';
import { NO_INDENT, run } from '../ooxml.ts';
import { p, type BodyItem } from '../body.ts';

export function titleRows(title: string): BodyItem[] {
  return breakTitle(title).map((row) =>
    p({ style: 'GwTitle', ind: NO_INDENT, jc: 'center' }, [run(row, { font: 'xiaobiaosong', sizePt: titleSpec.sizePt })]),
  );
}

export function subtitleRows(rows: string[]): BodyItem[] {
  return rows.map((row) => p({ style: 'GwSubtitle', ind: NO_INDENT, jc: 'center' }, [run(row, { font: 'kaiti' })]));
}

/** 主送机关: flush left, wraps flush left, joined with 、 and ending with ：. */
export function addresseeRow(addressees: string[]): BodyItem[] {
  if (addressees.length === 0) return [];
  const text = addressees.join('、').replace(/[：:]$/, '') + '：';
  return [p({ ind: NO_INDENT, jc: 'both' }, [run(text)])];
}

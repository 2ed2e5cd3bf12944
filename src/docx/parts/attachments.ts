/** 附件 pages: each on a new page; 附件N in 黑体 flush left on row 1, its title centred from row 3. */
import type { Attachment } from '../../model/types.ts';
import { rowPlan } from '../../layout/gbt9704.ts';
import { NO_INDENT, run } from '../ooxml.ts';
import { empty, p, type BodyItem } from '../body.ts';
import { titleRows } from './title.ts';
import { blockItems, type TableRowsOf } from './blocks.ts';

export function attachmentItems(attachment: Attachment, tableRows: TableRowsOf): BodyItem[] {
  const label = attachment.number === undefined ? '附件' : `附件${attachment.number}`;
  const { labelRow, firstTitleRow } = rowPlan.attachment;
  const title = titleRows(attachment.title);
  return [
    p({ pageBreakBefore: true, ind: NO_INDENT, jc: 'left' }, [run(label, { font: 'heiti' })]),
    ...empty(firstTitleRow - labelRow - 1),
    ...title,
    ...(title.length > 0 ? empty(rowPlan.emptyRowsAfterTitle) : []),
    ...blockItems(attachment.body, tableRows),
  ];
}

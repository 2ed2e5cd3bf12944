/**
 * The frame's flowing parts as grid lines: title rows, 楷体 subtitle rows, 主送机关,
 * 附件说明, 出席/请假/列席 lists, 附注, and each attachment's opening (附件N, title).
 */
import { attachmentNote as noteRule, rowPlan } from '../gbt9704.ts';
import { breakTitle } from '../breakTitle.ts';
import type { Attachment, AttendanceList, OfficialDocument } from '../../model/types.ts';
import { blocksLines, gridBreakOptions, textLines } from './blockLines.ts';
import { geometry, gridWidth, type LayoutContext } from './context.ts';
import { emptyLine, type FlowLine } from './flow.ts';
import { styles } from './toRuns.ts';

const cell = geometry.cell;

/** Title rows (breakTitle), 22 pt centred, one grid row each. */
export function titleLines(ctx: LayoutContext, title: string): FlowLine[] {
  ctx.where = '标题';
  const lines = breakTitle(title).flatMap((row) =>
    textLines(ctx, [{ ...styles.title, text: row }], gridBreakOptions({ cellPt: styles.title.sizePt, firstIndentPt: 0, align: 'center' })),
  );
  ctx.where = '';
  return lines;
}

export function subtitleLines(ctx: LayoutContext, rows: readonly string[]): FlowLine[] {
  return rows.flatMap((row) => textLines(ctx, [{ ...styles.subtitle, text: row }], gridBreakOptions({ firstIndentPt: 0, align: 'center' })));
}

/** 主送机关: joined with 、, ending with ：, flush left, wrapping flush left. */
export function addresseeLines(ctx: LayoutContext, addressees: readonly string[]): FlowLine[] {
  if (addressees.length === 0) return [];
  ctx.where = '主送机关';
  const text = addressees.join('、').replace(/[：:]?$/, '：');
  const lines = textLines(ctx, [{ ...styles.body, text }], gridBreakOptions({ firstIndentPt: 0 }));
  ctx.where = '';
  return lines;
}

/**
 * 附件说明 after one empty row: 附件：name, or 附件：1.name / 2.name with the numbers
 * aligned and continuation rows under the first character of the name.
 */
export function attachmentNoteLines(ctx: LayoutContext, names: readonly string[]): FlowLine[] {
  if (names.length === 0) return [];
  ctx.where = '附件说明';
  const lines: FlowLine[] = [];
  for (let i = 0; i < rowPlan.emptyRowsBeforeAttachmentNote; i++) lines.push(emptyLine());
  const label = '附件：';
  const indent = noteRule.indentCells * cell;
  const labelWidth = gridWidth(ctx, label, styles.body);
  names.forEach((name, i) => {
    const marker = names.length > 1 ? `${i + 1}.` : '';
    const markerWidth = marker ? gridWidth(ctx, marker, styles.body) : 0;
    const text = (i === 0 ? label : '') + marker + name;
    const first = i === 0 ? indent : indent + labelWidth;
    lines.push(
      ...textLines(ctx, [{ ...styles.body, text }], gridBreakOptions({ firstIndentPt: first, restIndentPt: indent + labelWidth + markerWidth })),
    );
  });
  ctx.where = '';
  return lines;
}

/** Minutes: 出席：(黑体) names (仿宋), continuation rows aligned after the colon. */
export function attendanceLines(ctx: LayoutContext, lists: readonly AttendanceList[]): FlowLine[] {
  if (lists.length === 0) return [];
  const lines: FlowLine[] = [];
  for (let i = 0; i < rowPlan.emptyRowsBeforeAttendance; i++) lines.push(emptyLine());
  const indent = 2 * cell;
  for (const list of lists) {
    ctx.where = list.label;
    const label = list.label.replace(/[：:]?$/, '：');
    const width = gridWidth(ctx, label, styles.attendanceLabel);
    lines.push(
      ...textLines(
        ctx,
        [
          { ...styles.attendanceLabel, text: label },
          { ...styles.body, text: list.names.join('、') },
        ],
        gridBreakOptions({ firstIndentPt: indent, restIndentPt: indent + width }),
      ),
    );
  }
  ctx.where = '';
  return lines;
}

/** 附注: in parentheses, indented two cells, on the row after the date. */
export function noteLines(ctx: LayoutContext, note: string | undefined): FlowLine[] {
  if (!note) return [];
  ctx.where = '附注';
  const text = /^[（(].*[）)]$/.test(note) ? note : `（${note}）`;
  const lines = textLines(ctx, [{ ...styles.body, text }], gridBreakOptions());
  ctx.where = '';
  return lines;
}

/** An attachment: new page, 附件N (黑体) on row 1, its title from row 3, one empty row, its body. */
export function attachmentLines(ctx: LayoutContext, attachment: Attachment, index: number): FlowLine[] {
  const label = attachment.number !== undefined ? `附件${attachment.number}` : '附件';
  const lines: FlowLine[] = textLines(ctx, [{ ...styles.attachmentLabel, text: label }], gridBreakOptions({ firstIndentPt: 0, align: 'left' }));
  lines[0] = { ...lines[0]!, pageBreakBefore: true };
  for (let row = rowPlan.attachment.labelRow + 1; row < rowPlan.attachment.firstTitleRow; row++) lines.push(emptyLine());
  if (attachment.title) {
    lines.push(...titleLines(ctx, attachment.title));
    for (let i = 0; i < rowPlan.emptyRowsAfterTitle; i++) lines.push(emptyLine());
  }
  lines.push(...blocksLines(ctx, attachment.body, `附件${attachment.number ?? index + 1}正文`));
  return lines;
}

/** Title, subtitle, one empty row, addressees: the lines that open the first page's flow. */
export function openingLines(ctx: LayoutContext, doc: OfficialDocument): FlowLine[] {
  const lines: FlowLine[] = [];
  if (doc.title) lines.push(...titleLines(ctx, doc.title));
  if (doc.layout === 'plain') lines.push(...subtitleLines(ctx, doc.subtitle));
  if (lines.length > 0) for (let i = 0; i < rowPlan.emptyRowsAfterTitle; i++) lines.push(emptyLine());
  lines.push(...addresseeLines(ctx, doc.addressees));
  return lines;
}

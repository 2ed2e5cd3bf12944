/**
 * 附注 (in parentheses, indented two cells, on the row after the date) and the minutes'
 * attendance lists (出席：in 黑体, names in 仿宋, continuation rows aligned after the colon).
 */
import type { AttendanceList } from '../../model/types.ts';
import { docx } from '../../layout/gbt9704.ts';
import { CELL, run } from '../ooxml.ts';
import { p, type BodyItem } from '../body.ts';

export function noteItems(note: string | undefined): BodyItem[] {
  if (!note) return [];
  const text = /^[（(]/.test(note) ? note : `（${note}）`;
  return [p({ style: 'GwBody', jc: 'both' }, [run(text)])];
}

export function attendanceItems(lists: AttendanceList[]): BodyItem[] {
  return lists.map((list) => {
    const label = list.label.replace(/[：:]$/, '') + '：';
    // The label (出席： 请假： 列席：) is full-width text: one cell a character.
    const labelWidth = [...label].length * CELL;
    const start = docx.firstLineIndentTwips;
    return p({ ind: { left: start + labelWidth, hanging: labelWidth }, jc: 'both' }, [
      run(label, { font: 'heiti' }),
      run(list.names.join('、')),
    ]);
  });
}

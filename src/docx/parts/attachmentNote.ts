/**
 * 附件说明: indented two cells; 附件：name, or 附件：1. name / 2. name with the numbers aligned
 * and continuation rows under the first character of the name (a hanging indent; a tab after
 * the number jumps to the name's column).
 */
import { attachmentNote as spec, docx } from '../../layout/gbt9704.ts';
import { CELL, run } from '../ooxml.ts';
import { p, type BodyItem } from '../body.ts';

const LABEL = '附件：';

export function attachmentNoteItems(names: string[]): BodyItem[] {
  if (names.length === 0) return [];
  const start = docx.firstLineIndentTwips; // two cells, like the body's first row
  const labelWidth = 3 * CELL;
  if (names.length === 1) {
    const left = start + labelWidth;
    return [p({ ind: { left, hanging: labelWidth }, jc: 'both' }, [run(LABEL + names[0])])];
  }
  // Numbers are half-width digits plus a point: one cell holds 1.–9., two cells 10.–99.
  const numberWidth = (String(names.length).length) * CELL;
  const numberStart = start + labelWidth;
  const nameStart = numberStart + numberWidth;
  return names.map((name, i) =>
    p(
      {
        ind: { left: nameStart, hanging: i === 0 ? nameStart - start : numberWidth },
        tabs: [{ val: 'left', pos: nameStart }],
        jc: 'both',
      },
      [run(`${i === 0 ? LABEL : ''}${i + 1}.\t${name}`)],
    ),
  );
}

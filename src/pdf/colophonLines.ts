/**
 * 版记 as grid rows ending on row 22: 抄送 rows (4号仿宋, one cell of inset, continuation
 * aligned after the colon) and the 印发 row (office left, date+印发 right); thick first and
 * last rules, thin ones between, the last on the block's bottom edge. Letters: 抄送 only,
 * no rules, no 印发 row.
 */
import { colophon as rule, mmToPt } from '../layout/gbt9704.ts';
import type { Colophon, Layout } from '../model/types.ts';
import { BLACK, geometry, gridWidth, layoutRows, rowToLine, type LayoutContext } from './context.ts';
import type { PageElement, Rule } from './pageModel.ts';
import { lineText } from './blockLines.ts';
import { styles } from './toRuns.ts';

export interface ColophonRows {
  /** Rows, top to bottom; elements relative to each row's top. */
  rows: { elements: PageElement[]; text: string }[];
}

const CC_LABEL = '抄送：';

export function colophonRows(ctx: LayoutContext, colophon: Colophon | undefined, layout: Layout): ColophonRows {
  if (!colophon || (colophon.cc.length === 0 && !colophon.printer)) return { rows: [] };
  ctx.where = '版记';
  const inset = rule.insetCells * geometry.cell;
  const left = geometry.blockLeft + inset;
  const width = geometry.blockWidth - 2 * inset;
  const size = styles.colophon.sizePt;
  const rows: ColophonRows['rows'] = [];
  const ruled = layout !== 'letter';

  const groups: { elements: PageElement[]; text: string }[][] = [];
  if (colophon.cc.length > 0) {
    const text = CC_LABEL + colophon.cc.join('，').replace(/[。.]?$/, '。');
    const labelWidth = gridWidth(ctx, CC_LABEL, styles.colophon, size);
    const lines = layoutRows(ctx, [{ ...styles.colophon, text }], {
      widthPt: width,
      cellPt: size,
      firstIndentPt: 0,
      restIndentPt: labelWidth,
      align: 'justify',
    }).map((row) => {
      const line = rowToLine(ctx, row, left);
      return { elements: [line] as PageElement[], text: lineText(line) };
    });
    groups.push(lines);
  }
  if (colophon.printer && ruled) {
    const name = layoutRows(ctx, [{ ...styles.colophon, text: colophon.printer.name }], { widthPt: width, cellPt: size, firstIndentPt: 0, restIndentPt: 0, align: 'left' })[0];
    const dateText = `${colophon.printer.date}印发`;
    const date = layoutRows(ctx, [{ ...styles.colophon, text: dateText }], { widthPt: width, cellPt: size, firstIndentPt: 0, restIndentPt: 0, align: 'right' })[0];
    const glyphs = [...(name ? rowToLine(ctx, name, left).glyphs : []), ...(date ? rowToLine(ctx, date, left).glyphs : [])];
    const line = { ...rowToLine(ctx, name ?? date!, left), glyphs };
    groups.push([{ elements: [line], text: `${colophon.printer.name} ${dateText}` }]);
  }

  const ruleAt = (y: number, thickMm: number): Rule => ({
    type: 'rule',
    x1: geometry.blockLeft,
    x2: geometry.blockRight,
    y,
    thickness: mmToPt(thickMm),
    color: BLACK,
  });
  groups.forEach((group, g) => {
    group.forEach((row, k) => {
      if (ruled && k === 0) row.elements.push(ruleAt(0, g === 0 ? rule.thickRuleMm : rule.thinRuleMm));
      if (ruled && g === groups.length - 1 && k === group.length - 1) row.elements.push(ruleAt(geometry.pitch, rule.thickRuleMm));
      rows.push(row);
    });
  });
  ctx.where = '';
  return { rows };
}

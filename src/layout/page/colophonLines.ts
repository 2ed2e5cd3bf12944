/**
 * 版记 as grid rows ending on row 22: 抄送 rows (4号仿宋, one 4号 character of inset left and
 * right, continuation aligned after the colon) and the 印发 row (office left, date+印发 right);
 * thick first and last rules, thin ones between, the last on the block's bottom edge. Letters:
 * 抄送 only, no rules, no 印发 row.
 *
 * The rows hold what LibreOffice's rows of the DOCX hold (measured on its PDFs of the
 * fixtures): the inset is one 14 pt character (the DOCX's 280 twips; not a 15.79 pt body cell),
 * so a 抄送 row is 442.2 − 2 × 14 = 414.2 pt, which LibreOffice fills with 30 characters at
 * 13.75 pt (14 pt less the DOCX's −0.25 pt spacing; the line breaker's officeFit.ts measure);
 * continuation rows start after the label as LibreOffice measures it (3 × 13.75 = 41.25 pt,
 * the DOCX's hanging indent), leaving 27 characters.
 */
import { colophon as rule, grid, mmToPt } from '../gbt9704.ts';
import { DoesNotFitError } from '../../errors.ts';
import { CC_LABEL, ccText } from '../colophonText.ts';
import type { Colophon, Layout } from '../../model/types.ts';
import { BLACK, geometry, layoutRows, rowToLine, type LayoutContext } from './context.ts';
import type { PageElement, Rule } from './pageModel.ts';
import { lineText } from './blockLines.ts';
import { styles } from './toRuns.ts';
import { OFFICE_TRACKING_PT } from '../line/officeFit.ts';

export interface ColophonRows {
  /** Rows, top to bottom; elements relative to each row's top. */
  rows: { elements: PageElement[]; text: string }[];
  /**
   * Offsets into the printed 抄送 text (抄送：…。) where its second, third… rows begin, as the
   * line breaker broke them; absent without 抄送 (or when the rows do not spell the text).
   */
  ccBreaks?: number[];
}


export function colophonRows(ctx: LayoutContext, colophon: Colophon | undefined, layout: Layout): ColophonRows {
  if (!colophon || (colophon.cc.length === 0 && !colophon.printer)) return { rows: [] };
  ctx.where = '版记';
  const size = styles.colophon.sizePt;
  const inset = rule.insetCells * size;
  const left = geometry.blockLeft + inset;
  const width = geometry.blockWidth - 2 * inset;
  const rows: ColophonRows['rows'] = [];
  const ruled = layout !== 'letter';

  const groups: { elements: PageElement[]; text: string }[][] = [];
  const labelWidth = colophon.cc.length > 0 ? officeLabelWidth(ctx, CC_LABEL) : 0;
  let ccBreaks: number[] | undefined;
  const ccRows = (cc: readonly string[]) =>
    layoutRows(ctx, [{ ...styles.colophon, text: ccText(cc) }], {
      widthPt: width,
      cellPt: size,
      firstIndentPt: 0,
      restIndentPt: labelWidth,
      align: 'justify',
    });
  const printerRows = colophon.printer && ruled ? 1 : 0;
  if (colophon.cc.length > 0) {
    const lines = ccRows(colophon.cc).map((row) => {
      const line = rowToLine(ctx, row, left);
      return { elements: [line] as PageElement[], text: lineText(line) };
    });
    if (lines.length + printerRows > grid.rows) throw tooLong(colophon.cc, lines.length, printerRows, (cc) => ccRows(cc).length);
    groups.push(lines);
    ccBreaks = rowStarts(ccText(colophon.cc), lines.map((l) => l.text));
  }
  if (colophon.printer && ruled) {
    // One row: the office left, the date right (a line break in the name is a space there).
    const nameText = colophon.printer.name.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
    const dateText = `${colophon.printer.date}印发`;
    const oneRow = { widthPt: width, cellPt: size, firstIndentPt: 0, restIndentPt: 0, align: 'left' as const };
    if (layoutRows(ctx, [{ ...styles.colophon, text: `${nameText}\u3000${dateText}` }], oneRow).length > 1) {
      throw new DoesNotFitError(
        '/printer/name',
        { zh: '与印发日期同排一行的印发机关名称（至多约 20 个汉字）', en: 'a printing office name that fits one row with the date (about 20 Chinese characters at most)' },
        `${[...nameText].length} 个字符 (characters)`,
      );
    }
    const name = layoutRows(ctx, [{ ...styles.colophon, text: nameText }], oneRow)[0];
    const date = layoutRows(ctx, [{ ...styles.colophon, text: dateText }], { widthPt: width, cellPt: size, firstIndentPt: 0, restIndentPt: 0, align: 'right' })[0];
    const glyphs = [...(name ? rowToLine(ctx, name, left).glyphs : []), ...(date ? rowToLine(ctx, date, left).glyphs : [])];
    const line = { ...rowToLine(ctx, name ?? date!, left), glyphs };
    groups.push([{ elements: [line], text: `${nameText} ${dateText}` }]);
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
  return ccBreaks ? { rows, ccBreaks } : { rows };
}

/** Where rows 2… of `text` begin, given each row's characters (blanks between rows allowed). */
function rowStarts(text: string, rowTexts: readonly string[]): number[] | undefined {
  const starts: number[] = [];
  let at = 0;
  for (const [k, row] of rowTexts.entries()) {
    while (at < text.length && !text.startsWith(row, at) && /\s/u.test(text[at]!)) at++;
    if (!text.startsWith(row, at)) return undefined;
    if (k > 0) starts.push(at);
    at += row.length;
  }
  return at === text.length ? starts : undefined;
}

/**
 * The 版记 stays on the last page (GB/T 9704 7.4): a 抄送 list longer than the page is refused at
 * /cc, saying how many of these entries fit (the most k with the first k entries on the page).
 */
function tooLong(cc: readonly string[], rows: number, printerRows: number, rowsOf: (cc: readonly string[]) => number): DoesNotFitError {
  const room = grid.rows - printerRows;
  let lo = 0;
  let hi = cc.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (rowsOf(cc.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  const printer = printerRows > 0 ? { zh: '，加印发机关一行', en: ' with the printer’s row' } : { zh: '', en: '' };
  if (lo === 0) {
    // Not even the first entry fits: it is the field at fault.
    return new DoesNotFitError(
      '/cc/0',
      { zh: `一页之内排得下的抄送机关名称（抄送至多 ${room} 行）`, en: `a copy recipient's name that fits one page (at most ${room} rows of 抄送)` },
      `${[...cc[0]!].length} 个字符，需 ${rowsOf(cc.slice(0, 1))} 行 (${[...cc[0]!].length} characters, ${rowsOf(cc.slice(0, 1))} rows)`,
    );
  }
  return new DoesNotFitError(
    '/cc',
    {
      zh: `在一页之内排完的抄送机关（版记须在末页，一页 ${grid.rows} 行${printer.zh}，抄送至多 ${room} 行，按这些名称至多约 ${lo} 项；多余的可合并为“各有关单位”等统称，或改为附件）`,
      en: `copy recipients that fit one page (the 版记 stays on the last page: ${grid.rows} rows a page${printer.en}, at most ${room} rows of 抄送, about ${lo} of these names; merge the rest into a collective name or list them in an attachment)`,
    },
    `${cc.length} 项，需 ${rows} 行 (${cc.length} entries, ${rows} rows)`,
  );
}

/** Width of the label as LibreOffice sets it in the DOCX: advances plus the −0.25 pt spacing. */
function officeLabelWidth(ctx: LayoutContext, label: string): number {
  let width = 0;
  for (const char of label) width += ctx.measure(char, { ...styles.colophon, text: char }).advancePt + OFFICE_TRACKING_PT;
  return width;
}

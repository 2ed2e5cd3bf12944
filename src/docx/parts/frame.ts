/**
 * The frame above the title (版头), per layout, on the rows src/layout/gbt9704.ts rowPlan fixes:
 * document/minutes: rows 1–3 份号/密级/紧急程度, rows 1–5 red mark, row 6 empty, row 7 发文字号
 * (or the minutes' session line) with the red separator 4 mm under its ink, rows 8–9 empty;
 * letter: row 1 份号/密级/紧急程度 left and 发文字号 right, row 2 empty (mark and rules live in
 * the first-page header, see letterHeader.ts); plain: nothing.
 */
import type { OfficialDocument } from '../../model/types.ts';
import { docx, header, letter, mmToTwips, ptToMm, red, rowPlan } from '../../layout/gbt9704.ts';
import { fitIssuerMark } from '../../layout/fitIssuerMark.ts';
import { letterDrawings, letterRules } from './letterFurniture.ts';
import { EXACT_LINE_ASCENT, GRID_BASELINE_16PT, HAN_INK_BOTTOM_EM, HAN_INK_TOP_EM } from '../metrics.ts';
import { CELL, NO_INDENT, paragraph, ROW, run } from '../ooxml.ts';
import { anchoredLine, anchoredTextBox, EMU_PER_TWIP, mmToEmu } from '../drawing.ts';
import { empty, p, type BodyItem } from '../body.ts';
import type { DocxContext } from '../context.ts';
import { markParagraph } from './mark.ts';

/** 份号, 密级和保密期限, 紧急程度 rows (those present, in that order). */
function topLeftRows(doc: OfficialDocument): BodyItem[] {
  const h = doc.header;
  const rows: BodyItem[] = [];
  if (h.copyNumber) rows.push(p({ ind: NO_INDENT, jc: 'left' }, [run(h.copyNumber)]));
  if (h.secrecy) rows.push(p({ ind: NO_INDENT, jc: 'left' }, [run(h.secrecy, { font: 'heiti' })]));
  if (h.urgency) rows.push(p({ ind: NO_INDENT, jc: 'left' }, [run(h.urgency, { font: 'heiti' })]));
  return rows;
}

/** Page-relative y (EMU) of the red separator's centre line: its top edge 4 mm under the ink of row `row`. */
export function separatorY(row: number): number {
  const rowTop = docx.marginTop + (row - 1) * ROW;
  const inkBottom = rowTop + GRID_BASELINE_16PT + HAN_INK_BOTTOM_EM * 16 * 20;
  return Math.round(inkBottom * EMU_PER_TWIP + mmToEmu(header.separatorBelowDocNumberMm + header.separatorThicknessMm / 2));
}

function separator(ctx: DocxContext, row: number) {
  return anchoredLine({
    x: docx.marginLeft * EMU_PER_TWIP,
    y: separatorY(row),
    length: mmToEmu(header.separatorWidthMm),
    weight: mmToEmu(header.separatorThicknessMm),
    color: red.hex,
    name: 'GongwenSeparator',
    id: ctx.ids.take(),
  });
}

/** Row 7 of a headed layout: the number centred, or flush left with 签发人 right. */
function numberRow(doc: OfficialDocument, ctx: DocxContext): BodyItem {
  const h = doc.header;
  const line = separator(ctx, rowPlan.headed.numberRow);
  const text = doc.layout === 'minutes' ? (h.session ?? '') : (h.docNumber ?? '');
  if (doc.layout !== 'minutes' && h.signers && h.signers.length > 0) {
    const right = docx.blockWidth - header.signerInsetCells * CELL;
    return p(
      { ind: { ...NO_INDENT, left: header.signerInsetCells * CELL }, jc: 'left', tabs: [{ val: 'right', pos: right }] },
      [run(text), run('\t签发人：'), run(h.signers.join('　'), { font: 'kaiti' }), line],
    );
  }
  return p({ ind: NO_INDENT, jc: 'center' }, [run(text), line]);
}

function headedFrame(doc: OfficialDocument, ctx: DocxContext): BodyItem[] {
  const rows = topLeftRows(doc);
  const mark = doc.header.issuerMark ?? '';
  const { markRows, numberRow: numberRowIndex, firstTitleRow } = rowPlan.headed;
  return [
    ...rows,
    markParagraph(mark, rows.length),
    ...empty(numberRowIndex - markRows - 1),
    numberRow(doc, ctx),
    ...empty(firstTitleRow - numberRowIndex - 1),
  ];
}

/**
 * Letter: row 1 holds 份号/密级/紧急程度 left and 发文字号 right. The mark (30 mm from the paper's
 * top) and its double rule reach below the block's top edge, so the row's text is set in a
 * page-anchored text box whose ink starts 7/8 of a 3号 character under the rule (GB/T 9704 10.1);
 * the box does not take part in the flow, and rows 1–2 stay empty grid rows as rowPlan says.
 */
function letterFrame(doc: OfficialDocument, ctx: DocxContext): BodyItem[] {
  const h = doc.header;
  const left = [h.copyNumber, h.secrecy, h.urgency].filter((s): s is string => Boolean(s));
  const runs = left.map((text, i) => run(i === 0 ? text : `　${text}`, { font: i === 0 && h.copyNumber ? undefined : 'heiti' }));
  const rules = letterRules(fitIssuerMark(h.issuerMark ?? '').sizePt);
  const ruleBottomMm = (rules.top[1] ?? 0) + letter.thinRuleMm / 2;
  const inkTop = mmToTwips(ruleBottomMm + (7 / 8) * ptToMm(16));
  const line = ROW;
  const frameTop = Math.round(inkTop - (EXACT_LINE_ASCENT * line - HAN_INK_TOP_EM * 16 * 20));
  const numberParagraph = paragraph(
    { snapToGrid: false, spacing: { before: 0, after: 0, line, lineRule: 'exact' }, ind: NO_INDENT, jc: 'left', tabs: [{ val: 'right', pos: docx.blockWidth }] },
    [...runs, run(`\t${h.docNumber ?? ''}`)],
  );
  const box = anchoredTextBox({
    x: docx.marginLeft * EMU_PER_TWIP,
    y: frameTop * EMU_PER_TWIP,
    cx: docx.blockWidth * EMU_PER_TWIP,
    cy: (line + 20) * EMU_PER_TWIP,
    id: ctx.ids.take(),
    name: 'GongwenLetterNumber',
    content: [numberParagraph],
  });
  const numberRow = p({ ind: NO_INDENT }, [box, ...letterDrawings(h.issuerMark ?? '', ctx)]);
  return [numberRow, ...empty(rowPlan.letter.firstTitleRow - rowPlan.letter.numberRow - 1)];
}

export function frameItems(doc: OfficialDocument, ctx: DocxContext): BodyItem[] {
  switch (doc.layout) {
    case 'document':
    case 'minutes':
      return headedFrame(doc, ctx);
    case 'letter':
      return letterFrame(doc, ctx);
    case 'plain':
      return [];
  }
}


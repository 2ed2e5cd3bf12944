/**
 * The letter's first-page furniture (信函格式): the red issuer name with its ink top 30 mm from
 * the paper's top, a red double rule (thick over thin) 4 mm under it and another (thin over
 * thick) 20 mm above the paper's bottom, both 170 mm long and centred. All are anchored to
 * the page from the first row's paragraph (LibreOffice misplaces text boxes in headers), so
 * they appear on the first page only and never move the body.
 */
import { docx, letter, mmToTwips, paper, red } from '../../layout/gbt9704.ts';
import { fitIssuerMark } from '../../layout/fitIssuerMark.ts';
import { EXACT_LINE_ASCENT, HAN_INK_BOTTOM_EM, HAN_INK_TOP_EM } from '../metrics.ts';
import { NO_INDENT, paragraph, run } from '../ooxml.ts';
import { anchoredLine, anchoredTextBox, EMU_PER_TWIP, mmToEmu } from '../drawing.ts';
import type { DocxContext } from '../context.ts';
import type { Xml } from '../xml.ts';

/** Page-relative positions (mm) of the letter's rules, centres of the strokes. */
export function letterRules(markSizePt: number): { top: number[]; bottom: number[]; inkTopMm: number; inkBottomMm: number } {
  const emMm = (markSizePt / 72) * 25.4;
  const inkTopMm = letter.markTopFromPaperMm;
  const inkBottomMm = inkTopMm + (HAN_INK_TOP_EM + HAN_INK_BOTTOM_EM) * emMm;
  const thickTop = inkBottomMm + letter.ruleBelowMarkMm;
  const top = [thickTop + letter.thickRuleMm / 2, thickTop + letter.thickRuleMm + letter.ruleGapMm + letter.thinRuleMm / 2];
  const thickBottom = paper.heightMm - letter.bottomRuleFromPaperBottomMm;
  const bottom = [
    thickBottom - letter.thickRuleMm - letter.ruleGapMm - letter.thinRuleMm / 2,
    thickBottom - letter.thickRuleMm / 2,
  ];
  return { top, bottom, inkTopMm, inkBottomMm };
}

/** The mark's text box and the four rule lines, anchored to the page, to sit in the first row's paragraph. */
export function letterDrawings(issuer: string, ctx: DocxContext): Xml[] {
  const fit = fitIssuerMark(issuer);
  const line = Math.round(fit.sizePt * 20 * 1.2);
  // Box top so that the ink top (baseline − ink height) falls 30 mm from the paper's top.
  const boxTop = mmToTwips(letter.markTopFromPaperMm) - (EXACT_LINE_ASCENT * line - HAN_INK_TOP_EM * fit.sizePt * 20);
  const markParagraph = paragraph(
    { style: 'Header', snapToGrid: false, spacing: { before: 0, after: 0, line, lineRule: 'exact' }, ind: NO_INDENT, jc: 'center' },
    [run(issuer, { font: 'xiaobiaosong', color: red.hex, sizePt: fit.sizePt, scaleX: fit.scaleX })],
  );
  // A page-anchored text box without wrapping: it never grows the header nor moves the body.
  const box = anchoredTextBox({
    x: docx.marginLeft * EMU_PER_TWIP,
    y: Math.round(boxTop * EMU_PER_TWIP),
    cx: docx.blockWidth * EMU_PER_TWIP,
    cy: (line + 20) * EMU_PER_TWIP,
    id: ctx.ids.take(),
    name: 'GongwenLetterMark',
    content: [markParagraph],
  });
  const rules = letterRules(fit.sizePt);
  const x = mmToEmu((paper.widthMm - letter.ruleLengthMm) / 2);
  const weights = [letter.thickRuleMm, letter.thinRuleMm];
  const lines: Xml[] = [
    ...rules.top.map((y, i) => anchoredLine({ x, y: mmToEmu(y), length: mmToEmu(letter.ruleLengthMm), weight: mmToEmu(weights[i] ?? 1), color: red.hex, name: 'GongwenLetterRule', id: ctx.ids.take() })),
    ...rules.bottom.map((y, i) => anchoredLine({ x, y: mmToEmu(y), length: mmToEmu(letter.ruleLengthMm), weight: mmToEmu(weights[1 - i] ?? 1), color: red.hex, name: 'GongwenLetterRule', id: ctx.ids.take() })),
  ];
  return [box, ...lines];
}

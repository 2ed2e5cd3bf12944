/**
 * The first page's fixed header (版头), placed on the rows rowPlan gives it:
 * document / minutes: rows 1–3 份号/密级/紧急程度, the red mark (ink top 35 mm under the
 * block), row 7 发文字号 (or 签发人 form, or the minutes' session line), the red separator
 * 4 mm under the number's ink; letter: the mark 30 mm from the paper's top, red double rules
 * (170 mm) under it and above the paper's foot, row 1 份号… left and 发文字号 right.
 * Returns absolute elements and the grid row the flow starts on.
 */
import { header as hdr, letter, minutes, mmToPt, pt, red, rowPlan, typeSize } from '../gbt9704.ts';
import { fitIssuerMark } from '../fitIssuerMark.ts';
import { DoesNotFitError } from '../../errors.ts';
import type { OfficialDocument } from '../../model/types.ts';
import { geometry, gridLineAt, gridWidth, mergeLines, naturalLine, type LayoutContext } from './context.ts';
import type { PageElement, Rgb, TextLine } from './pageModel.ts';
import { shiftElement } from './pageModel.ts';
import { styles, type Style } from './toRuns.ts';

const RED: Rgb = red.rgb;

export interface FirstPageHeader {
  elements: PageElement[];
  /** Grid row the title (or the flow) starts on. */
  firstFlowRow: number;
  /** Elements only the letter layout draws on its first page's foot. */
}

/** Places a text line (baseline relative to its row) on grid row `row`. */
function onRow(line: TextLine, row: number): TextLine {
  return shiftElement(line, geometry.rowTop(row)) as TextLine;
}

/** The red mark centred, its ink top at `inkTop` (page y). Returns the elements and its ink bottom. */
function redMark(ctx: LayoutContext, text: string, inkTop: number): { line: TextLine; inkBottom: number } {
  const fit = fitIssuerMark(text);
  const style: Style = { font: 'xiaobiaosong', sizePt: fit.sizePt, color: RED };
  const { line, width } = naturalLine(ctx, text, style, 0, fit.scaleX);
  const x0 = geometry.blockLeft + (geometry.blockWidth - width) / 2;
  const ink = ctx.ink(text, 'xiaobiaosong');
  const baseline = inkTop + ink.top * fit.sizePt;
  const glyphs = line.glyphs.map((g) => ({ ...g, x: g.x + x0 }));
  return { line: { ...line, baseline, glyphs }, inkBottom: baseline - ink.bottom * fit.sizePt };
}

/** 份号, 密级和保密期限, 紧急程度: those present, in that order. */
function headerFields(doc: OfficialDocument): string[] {
  return [doc.header.copyNumber, doc.header.secrecy, doc.header.urgency].filter((v): v is string => !!v);
}

export function firstPageHeader(ctx: LayoutContext, doc: OfficialDocument): FirstPageHeader {
  switch (doc.layout) {
    case 'document':
    case 'minutes':
      return headedHeader(ctx, doc);
    case 'letter':
      return letterHeader(ctx, doc);
    case 'plain':
      return { elements: [], firstFlowRow: rowPlan.plain.firstTitleRow };
  }
}

function headedHeader(ctx: LayoutContext, doc: OfficialDocument): FirstPageHeader {
  const elements: PageElement[] = [];
  headerFields(doc).forEach((text, i) => {
    elements.push(onRow(gridLineAt(ctx, [{ ...styles.headerField, text }], 0), i + 1));
  });
  const markTop = doc.layout === 'minutes' ? minutes.markTopBelowBlockMm : hdr.markTopBelowBlockMm;
  if (doc.header.issuerMark) {
    elements.push(redMark(ctx, doc.header.issuerMark, geometry.blockTop + mmToPt(markTop)).line);
  }

  const numberRow = rowPlan.headed.numberRow;
  let numberLine: TextLine | undefined;
  const signers = doc.header.signers ?? [];
  if (doc.layout === 'minutes') {
    if (doc.header.session) numberLine = centredGridLine(ctx, doc.header.session, styles.docNumber);
  } else if (signers.length > 0) {
    // Upward document: number flush left one cell in; 签发人：names right, one cell in.
    const inset = hdr.signerInsetCells * geometry.cell;
    const parts: TextLine[] = [];
    if (doc.header.docNumber) parts.push(gridLineAt(ctx, [{ ...styles.docNumber, text: doc.header.docNumber }], inset));
    const label = '签发人：';
    const names = signers.join('\u3000');
    const width = gridWidth(ctx, label, styles.signerLabel) + gridWidth(ctx, names, styles.signerName);
    parts.push(
      gridLineAt(ctx, [{ ...styles.signerLabel, text: label }, { ...styles.signerName, text: names }], geometry.blockWidth - inset - width),
    );
    numberLine = mergeLines(parts);
  } else if (doc.header.docNumber) {
    numberLine = centredGridLine(ctx, doc.header.docNumber, styles.docNumber);
  }

  // The number row is one row: a longer 发文字号, session line or 签发人 list is refused at its field.
  if (numberLine && !withinBlock(numberLine)) {
    const field = doc.layout === 'minutes' ? '/meeting/session' : signers.length > 0 ? '/signers' : '/docNumber';
    const text = numberLine.glyphs.map((g) => g.char).join('');
    throw new DoesNotFitError(field, { zh: '在版头一行之内排完的文字', en: 'text that fits the one row of the header it is printed on' }, `${[...text].length} 个字符 (characters)`);
  }

  // Separator 4 mm under the number's ink (or where that ink would be without a number).
  let inkBottom: number;
  if (numberLine) {
    const placed = onRow(numberLine, numberRow);
    elements.push(placed);
    const text = placed.glyphs.map((g) => g.char).join('');
    inkBottom = placed.baseline - ctx.ink(text, 'fangsong').bottom * typeSize.sanhao;
  } else {
    inkBottom = geometry.rowTop(numberRow) + (geometry.pitch + typeSize.sanhao) / 2;
  }
  const sepY = inkBottom + mmToPt(hdr.separatorBelowDocNumberMm);
  const halfSep = mmToPt(hdr.separatorWidthMm) / 2;
  const centre = geometry.blockLeft + geometry.blockWidth / 2;
  elements.push({ type: 'rule', x1: centre - halfSep, x2: centre + halfSep, y: sepY, thickness: mmToPt(hdr.separatorThicknessMm), color: RED });
  return { elements, firstFlowRow: rowPlan.headed.firstTitleRow };
}

/** Every glyph of the line inside the block (its slot, the glyph's size wide; 1 pt to spare). */
const withinBlock = (line: TextLine): boolean =>
  line.glyphs.every((g) => g.x >= geometry.blockLeft - 1 && g.x + g.sizePt <= geometry.blockRight + 1);

function centredGridLine(ctx: LayoutContext, text: string, style: Style): TextLine {
  const width = gridWidth(ctx, text, style);
  return gridLineAt(ctx, [{ ...style, text }], (geometry.blockWidth - width) / 2);
}

function letterHeader(ctx: LayoutContext, doc: OfficialDocument): FirstPageHeader {
  const elements: PageElement[] = [];
  const centre = pt.paperWidth / 2;
  const half = mmToPt(letter.ruleLengthMm) / 2;
  const thick = mmToPt(letter.thickRuleMm);
  const thin = mmToPt(letter.thinRuleMm);
  const gap = mmToPt(letter.ruleGapMm);
  let ruleTop = mmToPt(letter.markTopFromPaperMm);
  if (doc.header.issuerMark) {
    const mark = redMark(ctx, doc.header.issuerMark, mmToPt(letter.markTopFromPaperMm));
    elements.push(mark.line);
    ruleTop = mark.inkBottom + mmToPt(letter.ruleBelowMarkMm);
  }
  // Top: thick over thin. Bottom (20 mm above the paper's foot): thin over thick.
  elements.push({ type: 'rule', x1: centre - half, x2: centre + half, y: ruleTop + thick / 2, thickness: thick, color: RED });
  elements.push({ type: 'rule', x1: centre - half, x2: centre + half, y: ruleTop + thick + gap + thin / 2, thickness: thin, color: RED });
  const bottom = pt.paperHeight - mmToPt(letter.bottomRuleFromPaperBottomMm);
  elements.push({ type: 'rule', x1: centre - half, x2: centre + half, y: bottom - thick / 2, thickness: thick, color: RED });
  elements.push({ type: 'rule', x1: centre - half, x2: centre + half, y: bottom - thick - gap - thin / 2, thickness: thin, color: RED });

  // Row 1 (by the plan): 份号/密级/紧急程度 left, 发文字号 right; drawn 7/8 of a 3号
  // character under the double rule, which may lie lower than row 1's own box.
  const ruleBottom = ruleTop + thick + gap + thin;
  const emTop = Math.max(geometry.rowTop(rowPlan.letter.numberRow) + (geometry.pitch - typeSize.sanhao) / 2, ruleBottom + (7 / 8) * typeSize.sanhao);
  const baseline = emTop + typeSize.sanhao * ctx.ascent('fangsong');
  const parts: TextLine[] = [];
  const fields = headerFields(doc);
  if (fields.length) parts.push(gridLineAt(ctx, [{ ...styles.headerField, text: fields.join('\u3000') }], 0));
  if (doc.header.docNumber) {
    const width = gridWidth(ctx, doc.header.docNumber, styles.docNumber);
    parts.push(gridLineAt(ctx, [{ ...styles.docNumber, text: doc.header.docNumber }], geometry.blockWidth - width));
  }
  if (parts.length) elements.push({ ...mergeLines(parts), baseline });
  return { elements, firstFlowRow: rowPlan.letter.firstTitleRow };
}

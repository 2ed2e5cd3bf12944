/**
 * 页码: — N — in 4号 宋体 with half-width digits; the dash's ink top 7 mm under the block
 * (from the face's real glyph box of U+2014); odd pages right, even pages left, one cell in.
 * 'of-total': 第X页 共Y页 centred, with the page-signature row (talk records) above it.
 */
import { folio as rule, mmToPt } from '../gbt9704.ts';
import type { PageFurniture } from '../../model/types.ts';
import { geometry, naturalLine, type LayoutContext } from './context.ts';
import type { PageElement, TextLine } from './pageModel.ts';
import { styles } from './toRuns.ts';

/** The of-total footer's row height and its gap under the block (the DOCX footer's values). */
const OF_TOTAL_ROW = 16;
const OF_TOTAL_GAP = 4;

export function folioText(page: number): string {
  return `${rule.dash} ${page} ${rule.dash}`;
}

/** Baseline of the folio row: the dash's ink top lies 7 mm under the block. */
export function folioBaseline(ctx: LayoutContext): number {
  const ink = ctx.ink(rule.dash, styles.folio.font);
  return geometry.blockBottom + mmToPt(rule.dashTopBelowBlockMm) + ink.top * styles.folio.sizePt;
}

export function folioElements(ctx: LayoutContext, furniture: PageFurniture, page: number, total: number): PageElement[] {
  if (furniture.folio === 'dash') {
    const { line, width } = naturalLine(ctx, folioText(page), styles.folio, 0);
    const inset = rule.insetCells * geometry.cell;
    const x0 = page % 2 === 1 ? geometry.blockRight - inset - width : geometry.blockLeft + inset;
    return [place(line, x0, folioBaseline(ctx))];
  }
  if (furniture.folio === 'of-total') {
    // Two 16 pt rows right under the block, as the DOCX footer has them: the page-signature
    // row (被谈话人签名：＿＿＿＿＿＿　　记录人签名：＿＿＿＿＿＿) and 第X页 共Y页, both centred.
    const elements: PageElement[] = [];
    const size = styles.folio.sizePt;
    const firstBaseline = geometry.blockBottom + OF_TOTAL_GAP + OF_TOTAL_ROW * 0.8;
    const signatures = furniture.pageSignatures ?? [];
    const rows: { text: string; font: 'fangsong' | 'songti' }[] = [];
    if (signatures.length > 0) rows.push({ text: signatures.map((s) => `${s.replace(/[：:]?$/, '：')}＿＿＿＿＿＿`).join('　　'), font: 'fangsong' });
    rows.push({ text: `第${page}页 共${total}页`, font: 'songti' });
    rows.forEach((row, i) => {
      const { line, width } = naturalLine(ctx, row.text, { font: row.font, sizePt: size }, 0);
      const baseline = firstBaseline + (signatures.length > 0 ? i : 1) * OF_TOTAL_ROW;
      elements.push(place(line, geometry.blockLeft + (geometry.blockWidth - width) / 2, baseline));
    });
    return elements;
  }
  return [];
}

function place(line: TextLine, x0: number, baseline: number): TextLine {
  return { ...line, baseline, glyphs: line.glyphs.map((g) => ({ ...g, x: g.x + x0 })) };
}

/**
 * 页码: — N — in 4号 宋体 with half-width digits; the dash's ink top 7 mm under the block
 * (from the face's real glyph box of U+2014); odd pages right, even pages left, one cell in.
 * 'of-total': 第X页 共Y页 centred, with the page-signature row (talk records) above it.
 */
import { folio as rule, mmToPt } from '../layout/gbt9704.ts';
import type { PageFurniture } from '../model/types.ts';
import { geometry, naturalLine, type LayoutContext } from './context.ts';
import type { PageElement, TextLine } from './pageModel.ts';
import { styles } from './toRuns.ts';

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
    const elements: PageElement[] = [];
    const size = styles.folio.sizePt;
    const top = geometry.blockBottom + mmToPt(rule.dashTopBelowBlockMm);
    const signatures = furniture.pageSignatures ?? [];
    if (signatures.length > 0) {
      // The signature row right under the block, entries spread over equal columns.
      const column = geometry.blockWidth / signatures.length;
      signatures.forEach((text, i) => {
        const { line } = naturalLine(ctx, text, { ...styles.body, sizePt: size, font: 'fangsong' }, 0);
        elements.push(place(line, geometry.blockLeft + geometry.cell + i * column, top + size * ctx.ascent('fangsong')));
      });
    }
    const { line, width } = naturalLine(ctx, `第${page}页 共${total}页`, styles.folio, 0);
    const baseline = top + (signatures.length > 0 ? 2 : 0) * size + size * ctx.ascent(styles.folio.font);
    elements.push(place(line, geometry.blockLeft + (geometry.blockWidth - width) / 2, baseline));
    return elements;
  }
  return [];
}

function place(line: TextLine, x0: number, baseline: number): TextLine {
  return { ...line, baseline, glyphs: line.glyphs.map((g) => ({ ...g, x: g.x + x0 })) };
}

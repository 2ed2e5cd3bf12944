/**
 * The last guard of the layout: no glyph may land off the page (GB/T 9704 never prints outside
 * it; a reader would never see it). Parts with a known field refuse precisely before this (the
 * 版记 at /cc, names at their fields, the number row); anything else that would run off the page
 * is refused here with the text it concerns, never drawn where it cannot be seen.
 */
import { DoesNotFitError } from '../../errors.ts';
import { pt } from '../gbt9704.ts';
import type { LaidOutPage, TextLine } from './pageModel.ts';

const offPage = (line: TextLine): boolean =>
  line.glyphs.some((g) => g.x < 0 || g.x + g.sizePt * ((line.scaleX ?? 100) / 100) > pt.paperWidth + 1) ||
  line.baseline - (line.glyphs[0]?.sizePt ?? 0) < 0 ||
  line.baseline > pt.paperHeight;

export function refuseOffPageText(pages: readonly LaidOutPage[]): void {
  for (const page of pages) {
    for (const element of page.elements) {
      if (element.type !== 'text' || element.glyphs.length === 0 || !offPage(element)) continue;
      const text = element.glyphs.map((g) => g.char).join('');
      const excerpt = [...text].length > 20 ? `${[...text].slice(0, 20).join('')}…` : text;
      throw new DoesNotFitError(
        '',
        { zh: `排得进页面的文字（第 ${page.number} 页的“${excerpt}”一行超出页面）`, en: `text that fits the page (the row "${excerpt}" on page ${page.number} runs off it)` },
        `${[...text].length} 个字符 (characters)`,
      );
    }
  }
}

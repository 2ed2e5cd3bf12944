/**
 * text.outside: no character is drawn beyond the page's edges (by more than 1 pt of its em box),
 * e.g. a 版记 pushed above the top of the page or a row run off the side: text a reader of the
 * printed page never sees. One finding per page, naming the first such character's row.
 */
import { charBoxes } from '../charBoxes.ts';
import { round, toMm } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

const TOLERANCE_PT = 1;

export const checkTextOutsidePage: Rule = ({ geometry }) =>
  geometry.pages.flatMap((page): Finding[] => {
    const outside = charBoxes(page).filter(
      (b) => b.left < -TOLERANCE_PT || b.top < -TOLERANCE_PT || b.right > page.widthPt + TOLERANCE_PT || b.bottom > page.heightPt + TOLERANCE_PT,
    );
    if (outside.length === 0) return [];
    const first = outside[0]!;
    const beyond = Math.max(-first.left, -first.top, first.right - page.widthPt, first.bottom - page.heightPt);
    return [
      {
        severity: 'error',
        rule: 'text.outside',
        page: page.page,
        message: {
          zh: `${outside.length} 个字符画在页面之外（最远超出 ${round(toMm(beyond))} 毫米），打印后看不到`,
          en: `${outside.length} characters are drawn outside the page (${round(toMm(beyond))} mm beyond its edge): they never print`,
        },
        measured: outside.length,
        expected: 0,
        unit: '',
        text: excerpt(page.items[first.item]?.str ?? first.ch),
      },
    ];
  });

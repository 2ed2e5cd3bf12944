/**
 * Line-breaking rules (禁则) on every text row inside the block:
 * - kinsoku.start: no row starts with closing punctuation (，。、；：？！）》」』〕】”’％ … the
 *   layout engine's table, layout/line/kinsoku.ts)
 * - kinsoku.end: no row ends with opening punctuation (（《「『〔【“‘ …)
 * - kinsoku.split: no —— or …… split between a row and the next row of the same flow
 *   (also from the last row of a page to the first row of the next).
 */
import { forbiddenAtRowEnd, forbiddenAtRowStart, unsplittableGroups } from '../charClass.ts';
import { nominal } from '../standard.ts';
import type { Finding, PdfRow } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const checkKinsoku: Rule = ({ geometry, measures }) => {
  const out: Finding[] = [];
  let previous: { row: PdfRow; page: number } | undefined;
  for (const page of geometry.pages) {
    const m = measures[page.page - 1];
    const rows = page.rows.filter(
      (r) => r !== m?.folio?.row && r.baseline >= nominal.blockTop && r.baseline <= nominal.blockBottom + nominal.pitch,
    );
    rows.forEach((row, i) => {
      const chars = [...row.text];
      const first = chars[0] ?? '';
      const last = chars[chars.length - 1] ?? '';
      if (forbiddenAtRowStart.has(first)) {
        out.push({
          severity: 'error',
          rule: 'kinsoku.start',
          page: page.page,
          message: { zh: `行首不得为“${first}”`, en: `a row must not start with "${first}"` },
          measured: first,
          text: excerpt(row.text),
        });
      }
      if (forbiddenAtRowEnd.has(last)) {
        out.push({
          severity: 'error',
          rule: 'kinsoku.end',
          page: page.page,
          message: { zh: `行尾不得为“${last}”`, en: `a row must not end with "${last}"` },
          measured: last,
          text: excerpt(row.text),
        });
      }
      const before = i > 0 ? { row: rows[i - 1]!, page: page.page } : previous;
      if (before && sameFlow(before.row, row, before.page !== page.page)) {
        const end = [...before.row.text].pop() ?? '';
        if (unsplittableGroups.some((group) => group.includes(end) && group.includes(first))) {
          out.push({
            severity: 'error',
            rule: 'kinsoku.split',
            page: page.page,
            message: {
              zh: `“${end}${first}”不得分排在两行`,
              en: `"${end}${first}" must not be split across rows`,
            },
            measured: `${excerpt(before.row.text)} / ${excerpt(row.text)}`,
            text: excerpt(row.text),
          });
        }
      }
    });
    if (rows.length > 0) previous = { row: rows[rows.length - 1]!, page: page.page };
  }
  return out;
};

/** The next row of the same text flow: same size, and the next grid row (or the next page). */
function sameFlow(a: PdfRow, b: PdfRow, acrossPages: boolean): boolean {
  if (Math.abs(a.fontSize - b.fontSize) > 0.5) return false;
  return acrossPages || b.baseline - a.baseline < 1.5 * nominal.pitch;
}

/**
 * colophon.foot: the 版记 (its 抄送 row, its 印发 row) ends on the last row of its page
 * (GB/T 9704 10.1: 版记 at the foot of the last page, its last rule on the block's bottom edge;
 * 10.2 letters alike, without rules). A 版记 a renderer set right after the content instead (a
 * positioned frame it did not honour) is found here: its rows read the same, its place does not.
 * A 版记 row is a 4号 row beginning 抄送 or ending 印发; the rule judges the lowest one of a page
 * with the 4号 rows that follow it a row apart (a 抄送 list's continuation) by its last baseline,
 * which must lie inside the block's last row (the block as measured on the page, else nominal).
 */
import { colophonRowsOf } from '../colophonRow.ts';
import { nominal, round, toMm } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const checkColophonFoot: Rule = ({ geometry, measures }) =>
  geometry.pages.flatMap((page, i): Finding[] => {
    const m = measures[i];
    const lowest = colophonRowsOf(page, m).at(-1);
    if (!lowest) return [];
    const pitch = m?.pitch ?? nominal.pitch;
    const bottom = (m?.top ?? nominal.blockTop) + nominal.rows * pitch;
    const above = bottom - lowest.baseline;
    if (above >= 0 && above < pitch) return [];
    const rowsAbove = Math.floor(above / pitch);
    return [
      {
        severity: 'error',
        rule: 'colophon.foot',
        page: page.page,
        message: {
          zh: above > 0 ? `版记未排在版心最下方：末行在版心下边缘以上 ${round(toMm(above))} 毫米（约 ${rowsAbove} 行）` : `版记末行低于版心下边缘 ${round(toMm(-above))} 毫米`,
          en: above > 0 ? `the 版记 does not end on the block's last row: its last row is ${round(toMm(above))} mm (about ${rowsAbove} rows) above the block's bottom edge` : `the 版记's last row is ${round(toMm(-above))} mm below the block's bottom edge`,
        },
        measured: round(toMm(above)),
        expected: 0,
        unit: 'mm',
        text: excerpt(lowest.text),
      },
    ];
  });

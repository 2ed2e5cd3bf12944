/**
 * grid.rows: a page holds at most 22 body-size rows, none of them past the 22nd row of
 * the page's row lattice (measured from the rows' own phase, so a block that is merely
 * shifted is reported once, by block.top). One finding per page.
 */
import { baselineInRow, nominal } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const checkRowsPerPage: Rule = ({ measures }) =>
  measures.flatMap((m): Finding[] => {
    const count = m.bodyRows.length;
    const lastRow = nominal.rows - 1;
    const below = m.bodyRows.filter((r) => m.top !== undefined && Math.round((r.baseline - m.top - baselineInRow(m.latticePitch, nominal.bodySize)) / m.latticePitch) > lastRow);
    if (count <= nominal.rows && below.length === 0) return [];
    const finding: Finding = {
      severity: 'error',
      rule: 'grid.rows',
      page: m.page,
      message: {
        zh: `每页至多${nominal.rows}行，本页有${count}行正文${below.length ? `，其中${below.length}行在版心下边缘之下` : ''}`,
        en: `at most ${nominal.rows} rows a page; this page has ${count} body rows${below.length ? `, ${below.length} below the block's bottom edge` : ''}`,
      },
      measured: count,
      expected: nominal.rows,
      unit: 'rows',
    };
    if (below[0]) finding.text = excerpt(below[0].text);
    return [finding];
  });

/**
 * grid.rows: a page's body-size rows occupy at most 22 rows of its row lattice, none of
 * them past the 22nd (measured from the rows' own phase, so a block that is merely
 * shifted is reported once, by block.top). Rows are counted as lattice rows, so a label
 * centred in a two-row table cell (LibreOffice's talk-record header) is not a 23rd row.
 * One finding per page.
 */
import { baselineInRow, nominal } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const checkRowsPerPage: Rule = ({ measures }) =>
  measures.flatMap((m): Finding[] => {
    const count = m.latticeRows;
    const lastRow = nominal.rows - 1;
    const below = m.bodyRows.filter((r) => m.top !== undefined && Math.round((r.baseline - m.top - baselineInRow(m.latticePitch, nominal.bodySize)) / m.latticePitch) > lastRow);
    if (count <= nominal.rows && below.length === 0) return [];
    const finding: Finding = {
      severity: 'error',
      rule: 'grid.rows',
      page: m.page,
      message: {
        zh: `每页至多${nominal.rows}行，本页正文占${count}行${below.length ? `，其中${below.length}行在版心下边缘之下` : ''}`,
        en: `at most ${nominal.rows} rows a page; this page's body rows take ${count} grid rows${below.length ? `, ${below.length} below the block's bottom edge` : ''}`,
      },
      measured: count,
      expected: nominal.rows,
      unit: 'rows',
    };
    if (below[0]) finding.text = excerpt(below[0].text);
    return [finding];
  });

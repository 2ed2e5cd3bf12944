/**
 * row.overflow: no text row inside the block reaches past the block's right edge
 * (the measured left edge + 156 mm) by more than 0.5 mm, e.g. punctuation hanging
 * outside. Measured on advance boxes, not ink.
 */
import { nominal, round, tolerance, toMm } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

const MM = 72 / 25.4;

export const checkRowOverflow: Rule = ({ geometry, measures }) =>
  measures.flatMap((m) => {
    const page = geometry.pages[m.page - 1];
    if (!page) return [];
    return page.rows.flatMap((row): Finding[] => {
      if (row === m.folio?.row) return [];
      if (row.baseline < nominal.blockTop || row.baseline > nominal.blockBottom + nominal.pitch) return [];
      const over = row.right - m.blockRight;
      if (over <= tolerance.rightEdgeMm * MM) return [];
      return [
        {
          severity: 'error',
          rule: 'row.overflow',
          page: m.page,
          message: {
            zh: `该行超出版心右边缘${round(toMm(over))}毫米`,
            en: `row runs ${round(toMm(over))} mm past the block's right edge`,
          },
          measured: round(toMm(over)),
          expected: 0,
          unit: 'mm',
          text: excerpt(row.text),
        },
      ];
    });
  });

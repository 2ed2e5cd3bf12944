/**
 * block.left: the body text's left edge (flush rows, or first rows less their two-cell
 * indent) lies 28 mm ± 1 mm from the paper's left edge.
 * block.top: the lattice the body rows sit on starts 37 mm ± 1 mm below the paper's top
 * (phase of the rows modulo the pitch; see standard.baselineInRow), and no body row
 * lies above it.
 * body.size (warning): the document has text but no 16 pt rows to measure.
 */
import { nominalMm, round, tolerance, toMm } from '../standard.ts';
import type { PageMeasure } from '../measurePage.ts';
import type { Finding, PdfGeometry } from '../types.ts';
import type { Rule } from './context.ts';

export const checkBlockOrigin: Rule = ({ geometry, measures }) => [
  ...noBodyText(geometry, measures),
  ...measures.flatMap((m): Finding[] => {
    const out: Finding[] = [];
    if (m.left !== undefined) {
      const leftMm = round(toMm(m.left));
      if (Math.abs(leftMm - nominalMm.left) > tolerance.marginMm) {
        out.push({
          severity: 'error',
          rule: 'block.left',
          page: m.page,
          message: {
            zh: `正文左边距（订口）应为${nominalMm.left}±${tolerance.marginMm}毫米，实为${leftMm}毫米`,
            en: `body left margin should be ${nominalMm.left} ± ${tolerance.marginMm} mm, found ${leftMm} mm`,
          },
          measured: leftMm,
          expected: nominalMm.left,
          unit: 'mm',
        });
      }
    }
    if (m.top !== undefined) {
      const topMm = round(toMm(m.top));
      const above = (m.firstRowIndex ?? 0) < 0;
      if (Math.abs(topMm - nominalMm.top) > tolerance.marginMm || above) {
        const shownTop = above ? round(toMm(m.top + (m.firstRowIndex ?? 0) * m.latticePitch)) : topMm;
        out.push({
          severity: 'error',
          rule: 'block.top',
          page: m.page,
          message: {
            zh: `版心上边缘（天头）应在纸张上边缘下${nominalMm.top}±${tolerance.marginMm}毫米，正文行格实起于${shownTop}毫米`,
            en: `the block's top should be ${nominalMm.top} ± ${tolerance.marginMm} mm below the paper's top; the body rows' grid starts at ${shownTop} mm`,
          },
          measured: shownTop,
          expected: nominalMm.top,
          unit: 'mm',
        });
      }
    }
    return out;
  }),
];

/** body.size: a document with text but no 16 pt rows: the grid rules had nothing to measure. */
function noBodyText(geometry: PdfGeometry, measures: PageMeasure[]): Finding[] {
  const hasText = geometry.pages.some((p) => p.rows.length > 0);
  if (!hasText || measures.some((m) => m.bodyRows.length > 0)) return [];
  return [
    {
      severity: 'warning',
      rule: 'body.size',
      message: {
        zh: '未发现3号（16磅）正文行，版心与行格未能检查',
        en: 'no 16 pt body rows found: the block and the grid could not be checked',
      },
      expected: 16,
      unit: 'pt',
    },
  ];
}

/**
 * block.left: the body text's left edge lies 28 mm ± 1 mm from the paper's left edge,
 * measured on the rows that span the block's 156 mm (their left edge) or span it from a
 * two-cell indent (their left edge less the indent); a page without such rows (a
 * signature page, a table page) says nothing.
 * block.width: when no page has a row spanning 156 mm but three or more wide rows share
 * both edges, the block itself has the wrong width (e.g. Word's default 31.8 mm margins):
 * one finding for the document.
 * block.top: the lattice the body rows sit on starts 37 mm ± 1 mm below the paper's top
 * (phase of the rows modulo the pitch; see standard.baselineInRow), and no body row
 * lies above it.
 * body.size (warning): the document has text but no 16 pt rows to measure.
 */
import { nominal, nominalMm, round, tolerance, toMm } from '../standard.ts';
import { hasGap, type PageMeasure } from '../measurePage.ts';
import type { Finding, PdfGeometry } from '../types.ts';
import type { Rule } from './context.ts';

export const checkBlockOrigin: Rule = ({ geometry, measures }) => [
  ...noBodyText(geometry, measures),
  ...blockWidth(measures),
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

/** Rows at least this many cells wide may be justified rows of a block of the wrong width. */
const WIDE_CELLS = 20;
const MM = 72 / 25.4;

/** block.width: no row anywhere spans 156 mm, yet wide rows agree on a block of another width. */
function blockWidth(measures: PageMeasure[]): Finding[] {
  if (measures.some((m) => m.left !== undefined)) return [];
  const wide = measures.flatMap((m) =>
    m.bodyRows.filter((r) => !hasGap(r) && r.right - r.left >= WIDE_CELLS * nominal.cell).map((row) => ({ row, page: m.page })),
  );
  const near = tolerance.rightEdgeMm * MM;
  let best: { left: number; right: number; page: number; support: number } | undefined;
  for (const { row, page } of wide) {
    const support = wide.filter(({ row: r }) => Math.abs(r.left - row.left) <= near && Math.abs(r.right - row.right) <= near).length;
    if (!best || support > best.support) best = { left: row.left, right: row.right, page, support };
  }
  if (!best || best.support < 3) return [];
  const widthMm = round(toMm(best.right - best.left));
  const leftMm = round(toMm(best.left));
  return [
    {
      severity: 'error',
      rule: 'block.width',
      page: best.page,
      message: {
        zh: `未见横跨版心（宽${nominalMm.blockWidth}毫米）的整行：${best.support}行正文自${leftMm}毫米起，宽${widthMm}毫米`,
        en: `no row spans the ${nominalMm.blockWidth} mm block: ${best.support} body rows start at ${leftMm} mm and are ${widthMm} mm wide`,
      },
      measured: widthMm,
      expected: nominalMm.blockWidth,
      unit: 'mm',
    },
  ];
}

/**
 * Page numbers (页码), gbt9704.md:
 * - folio.present: every page carries one, except a blank page, a page holding only the
 *   版记 (or following a blank page), and the first page of a letter, which must not
 *   carry one (信函格式：首页不显示页码).
 * - folio.format: "— N —", one em dash (U+2014) each side, N the page's number among the
 *   numbered pages (its physical page number is accepted too).
 * - folio.size: 14 pt ± 0.5.
 * - folio.vertical: the dash's ink top 7 mm ± 1 mm under the block's bottom edge, the
 *   ink top estimated as baseline − 0.30 em (standard.DASH_TOP_EM).
 * - folio.side: odd pages right-aligned one cell in from the block's right edge, even
 *   pages left-aligned one cell in from its left edge, ± 1 mm.
 * A talk record's 第N页 共M页 (documents.md) counts as a folio: only N (the physical page)
 * and M (the page count) are checked, its placement being the form's own.
 */
import { isColophonRowText } from '../colophonRow.ts';
import type { FolioFound } from '../findFolio.ts';
import { DASH_TOP_EM, nominal, round, tolerance, toMm } from '../standard.ts';
import type { Finding, PdfPageGeometry } from '../types.ts';
import type { Rule, RuleContext } from './context.ts';

const MM = 72 / 25.4;

/** Estimated top of the folio dash's ink, mm under the block's bottom edge. */
export const dashTopBelowBlockMm = (f: FolioFound): number => toMm(f.baseline - DASH_TOP_EM * f.fontSize - nominal.blockBottom);

function mayBeUnnumbered(ctx: RuleContext, page: PdfPageGeometry): boolean {
  if (page.rows.length === 0) return true;
  if (ctx.layout === 'letter' && page.page === 1) return true;
  const hasColophon = page.rows.some((r) => isColophonRowText(r.text.trim()));
  if (!hasColophon) return false;
  const previous = ctx.geometry.pages[page.page - 2];
  const bodyRows = ctx.measures[page.page - 1]?.bodyRows ?? [];
  return (previous !== undefined && previous.rows.length === 0) || bodyRows.length === 0;
}

export const checkFolio: Rule = (ctx) => {
  const out: Finding[] = [];
  let ordinal = 0;
  for (const page of ctx.geometry.pages) {
    const m = ctx.measures[page.page - 1];
    const folio = m?.folio;
    const n = page.page;
    if (!folio) {
      if (!mayBeUnnumbered(ctx, page)) {
        out.push({
          severity: 'error',
          rule: 'folio.present',
          page: n,
          message: { zh: '本页缺页码（应为“— N —”，位于版心下边缘之下）', en: 'page number missing ("— N —" under the block)' },
        });
      }
      continue;
    }
    ordinal++;
    if (ctx.layout === 'letter' && n === 1) {
      out.push({
        severity: 'error',
        rule: 'folio.present',
        page: n,
        message: { zh: '信函格式首页不显示页码', en: 'the first page of a letter shows no page number' },
        measured: folio.text,
      });
    }
    if (folio.kind === 'pageOf') {
      out.push(...checkPageOf(folio, n, ctx.geometry.pages.length));
      continue;
    }
    out.push(...checkFormat(folio, n, ordinal), ...checkSize(folio, n), ...checkVertical(folio, n), ...checkSide(folio, n));
  }
  return out;
};

function checkFormat(f: FolioFound, page: number, ordinal: number): Finding[] {
  const compact = f.text.replace(/\s/gu, '');
  const out: Finding[] = [];
  if (!/^\u2014\d+\u2014$/u.test(compact)) {
    out.push({
      severity: 'error',
      rule: 'folio.format',
      page,
      message: {
        zh: `页码应为“— ${f.number} —”（两侧各一个一字线U+2014），实为“${f.text}”`,
        en: `page number should read "— ${f.number} —" (one em dash U+2014 each side), found "${f.text}"`,
      },
      measured: f.text,
      expected: `— ${f.number} —`,
      unit: '',
    });
  }
  if (f.number !== ordinal && f.number !== page) {
    out.push({
      severity: 'error',
      rule: 'folio.format',
      page,
      message: { zh: `页码应为${ordinal}，实为${f.number}`, en: `page number should be ${ordinal}, found ${f.number}` },
      measured: f.number,
      expected: ordinal,
      unit: '',
    });
  }
  return out;
}

function checkPageOf(f: FolioFound, page: number, pages: number): Finding[] {
  if (f.number === page && (f.total === undefined || f.total === pages)) return [];
  const expected = `第${page}页 共${pages}页`;
  return [
    {
      severity: 'error',
      rule: 'folio.format',
      page,
      message: { zh: `页码应为“${expected}”，实为“${f.text}”`, en: `page number should read "${expected}", found "${f.text}"` },
      measured: f.text,
      expected,
      unit: '',
    },
  ];
}

function checkSize(f: FolioFound, page: number): Finding[] {
  if (Math.abs(f.fontSize - nominal.folioSize) <= tolerance.sizePt) return [];
  return [
    {
      severity: 'error',
      rule: 'folio.size',
      page,
      message: {
        zh: `页码应为4号字（14磅），实为${round(f.fontSize, 1)}磅`,
        en: `page number should be 14 pt, found ${round(f.fontSize, 1)} pt`,
      },
      measured: round(f.fontSize, 1),
      expected: nominal.folioSize,
      unit: 'pt',
    },
  ];
}

function checkVertical(f: FolioFound, page: number): Finding[] {
  const below = round(dashTopBelowBlockMm(f));
  const expected = toMm(nominal.folioDashTopBelowBlock);
  if (Math.abs(below - expected) <= tolerance.folioMm) return [];
  return [
    {
      severity: 'error',
      rule: 'folio.vertical',
      page,
      message: {
        zh: `页码一字线上沿应在版心下边缘之下${expected}±${tolerance.folioMm}毫米，实为${below}毫米`,
        en: `the folio dash's top should be ${expected} ± ${tolerance.folioMm} mm under the block, found ${below} mm`,
      },
      measured: below,
      expected,
      unit: 'mm',
    },
  ];
}

function checkSide(f: FolioFound, page: number): Finding[] {
  const odd = page % 2 === 1;
  const rightTarget = nominal.blockRight - nominal.folioInset;
  const leftTarget = nominal.blockLeft + nominal.folioInset;
  const tol = tolerance.folioMm * MM;
  const atRight = Math.abs(f.right - rightTarget) <= tol;
  const atLeft = Math.abs(f.left - leftTarget) <= tol;
  if ((odd && atRight) || (!odd && atLeft)) return [];
  const wrongSide = odd ? atLeft : atRight;
  const where = odd
    ? { zh: '单页码应居右空一字', en: 'odd pages: right-aligned, one character in' }
    : { zh: '双页码应居左空一字', en: 'even pages: left-aligned, one character in' };
  const measured = odd ? round(toMm(nominal.blockRight - f.right)) : round(toMm(f.left - nominal.blockLeft));
  return [
    {
      severity: 'error',
      rule: 'folio.side',
      page,
      message: wrongSide
        ? { zh: `${where.zh}，实际在${odd ? '左' : '右'}侧`, en: `${where.en}; found on the ${odd ? 'left' : 'right'}` }
        : {
            zh: `${where.zh}（距版心${odd ? '右' : '左'}边缘${round(toMm(nominal.folioInset))}毫米），实为${measured}毫米`,
            en: `${where.en} (${round(toMm(nominal.folioInset))} mm from the block's ${odd ? 'right' : 'left'} edge), found ${measured} mm`,
          },
      measured,
      expected: round(toMm(nominal.folioInset)),
      unit: 'mm',
    },
  ];
}



/**
 * The red elements of the first page, read from pdf.js's operator list colours:
 * - red.mark (document, minutes, letter): some text on page 1 is drawn in red
 *   (the issuer mark). Missing: a warning (detection is by colour only).
 * - red.separator: document: a red rule at least 100 mm long on page 1 is 156 mm ± 1 mm
 *   long (as wide as the block); letter: its red rules are 170 mm ± 1 mm. A red rule
 *   not found at all is a warning; one of the wrong length an error.
 */
import { letter, textBlock } from '../../layout/gbt9704.ts';
import { round, toMm } from '../standard.ts';
import type { Finding, PdfShape } from '../types.ts';
import type { Rule } from './context.ts';

const isRed = (hex: string): boolean => {
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return r >= 0xc0 && g <= 0x60 && b <= 0x60;
};

/** Horizontal red rules: wider than 100 mm, at most 3 mm tall. */
const redRules = (shapes: PdfShape[]): PdfShape[] =>
  shapes.filter((s) => isRed(s.colour) && toMm(s.right - s.left) >= 100 && toMm(s.bottom - s.top) <= 3);

export const checkRedMarks: Rule = ({ geometry, layout }) => {
  const page = geometry.pages[0];
  if (layout === 'plain' || !page?.shapes || !page.colouredText) return [];
  const out: Finding[] = [];
  if (!page.colouredText.some((t) => isRed(t.colour))) {
    out.push({
      severity: 'warning',
      rule: 'red.mark',
      page: 1,
      message: { zh: '首页未发现红色发文机关标志', en: 'no red issuer mark found on the first page' },
    });
  }
  if (layout === 'minutes') return out;
  const expected = layout === 'letter' ? letter.ruleLengthMm : textBlock.widthMm;
  const rules = redRules(page.shapes);
  if (rules.length === 0) {
    out.push({
      severity: 'warning',
      rule: 'red.separator',
      page: 1,
      message: {
        zh: `首页未发现红色分隔线（应长${expected}毫米）`,
        en: `no red rule found on the first page (should be ${expected} mm long)`,
      },
      expected,
      unit: 'mm',
    });
    return out;
  }
  for (const r of rules) {
    const length = round(toMm(r.right - r.left), 1);
    if (Math.abs(length - expected) <= 1) continue;
    out.push({
      severity: 'error',
      rule: 'red.separator',
      page: 1,
      message: {
        zh: `红色分隔线应长${expected}毫米，实为${length}毫米`,
        en: `the red rule should be ${expected} mm long, found ${length} mm`,
      },
      measured: length,
      expected,
      unit: 'mm',
    });
  }
  return out;
};

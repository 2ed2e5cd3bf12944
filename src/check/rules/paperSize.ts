/** paper.a4: every page is A4 portrait, 210 × 297 mm, within 1 pt. */
import { nominal, nominalMm, round, tolerance, toMm } from '../standard.ts';
import type { Finding } from '../types.ts';
import type { Rule } from './context.ts';

export const checkPaperSize: Rule = ({ geometry }) =>
  geometry.pages.flatMap((p): Finding[] => {
    const ok =
      Math.abs(p.widthPt - nominal.paperWidth) <= tolerance.paperPt &&
      Math.abs(p.heightPt - nominal.paperHeight) <= tolerance.paperPt;
    if (ok) return [];
    const measured = `${round(toMm(p.widthPt), 1)} × ${round(toMm(p.heightPt), 1)}`;
    return [
      {
        severity: 'error',
        rule: 'paper.a4',
        page: p.page,
        message: {
          zh: `纸张应为A4（210×297毫米），实为${measured}毫米`,
          en: `paper should be A4 (210 × 297 mm), found ${measured} mm`,
        },
        measured,
        expected: `${nominalMm.paperWidth} × ${nominalMm.paperHeight}`,
        unit: 'mm',
      },
    ];
  });

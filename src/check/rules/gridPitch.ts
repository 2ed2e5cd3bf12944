/**
 * grid.pitch: consecutive rows of a paragraph (a row spanning the block and the
 * flush-left row after it) are 10.23 mm ± 0.1 mm apart (225 / 22 mm; Word's and
 * LibreOffice's 28.95 pt = 10.21 mm passes). One finding per page, for the worst pair.
 */
import { nominalMm, round, tolerance, toMm } from '../standard.ts';
import type { Finding } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

export const checkGridPitch: Rule = ({ measures }) =>
  measures.flatMap((m): Finding[] => {
    let worst: (typeof m.pitchPairs)[number] | undefined;
    for (const p of m.pitchPairs) {
      if (!worst || Math.abs(toMm(p.delta) - nominalMm.pitch) > Math.abs(toMm(worst.delta) - nominalMm.pitch)) worst = p;
    }
    if (!worst) return [];
    const mm = round(toMm(worst.delta));
    if (Math.abs(toMm(worst.delta) - nominalMm.pitch) <= tolerance.pitchMm) return [];
    return [
      {
        severity: 'error',
        rule: 'grid.pitch',
        page: m.page,
        message: {
          zh: `行距应为${round(nominalMm.pitch)}±${tolerance.pitchMm}毫米（每页22行），实为${mm}毫米`,
          en: `row pitch should be ${round(nominalMm.pitch)} ± ${tolerance.pitchMm} mm (22 rows a page), found ${mm} mm`,
        },
        measured: mm,
        expected: round(nominalMm.pitch),
        unit: 'mm',
        text: excerpt(worst.lower.text),
      },
    ];
  });

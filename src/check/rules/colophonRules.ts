/**
 * colophon.rules: the 版记's separators are as wide as the block (GB/T 9704 7.4.1: 分隔线与版心
 * 等宽; the first and last thick, those between thin). A renderer that draws them as paragraph
 * borders between the text's indents (LibreOffice with a DOCX whose 抄送 paragraph is indented)
 * sets them one character short on each side; the rows read the same, the rules do not.
 * Judged on the pages whose rules were extracted (checkPdf: the first and the last), for every
 * dark horizontal rule from a row above the 版记's first row to half a row below its last; a
 * 版记 with no such rule at all is a warning (rules drawn some other way are not seen). Letters
 * print their 版记 without rules (10.2).
 */
import { textBlock } from '../../layout/gbt9704.ts';
import { colophonRowsOf } from '../colophonRow.ts';
import { nominal, round, toMm } from '../standard.ts';
import type { Finding, PdfShape } from '../types.ts';
import { excerpt, type Rule } from './context.ts';

/** A rule's ends may miss the block's edges by this much (mm). */
const EDGE_MM = 1;

/** One rule per line drawn: a renderer may paint a border as several overlapping paths. */
function mergeRules(rules: readonly PdfShape[]): PdfShape[] {
  const merged: PdfShape[] = [];
  for (const r of [...rules].sort((a, b) => a.top - b.top)) {
    const prev = merged.at(-1);
    if (prev && r.top <= prev.bottom + 0.5) {
      merged[merged.length - 1] = { ...prev, left: Math.min(prev.left, r.left), right: Math.max(prev.right, r.right), bottom: Math.max(prev.bottom, r.bottom) };
    } else merged.push(r);
  }
  return merged;
}

export const checkColophonRules: Rule = ({ geometry, measures, layout }) => {
  if (layout === 'letter') return [];
  return geometry.pages.flatMap((page, i): Finding[] => {
    if (!page.rules) return [];
    const m = measures[i];
    const rows = colophonRowsOf(page, m);
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return [];
    const pitch = m?.pitch ?? nominal.pitch;
    const near = mergeRules(page.rules.filter((r) => r.top >= first.baseline - 1.2 * pitch && r.bottom <= last.baseline + 0.6 * pitch));
    if (near.length === 0) {
      return [
        {
          severity: 'warning',
          rule: 'colophon.rules',
          page: page.page,
          message: { zh: '版记未见分隔线', en: 'no separator rules found around the 版记' },
          text: excerpt(first.text),
        },
      ];
    }
    const left = m?.left ?? nominal.blockLeft;
    const right = left + nominal.blockWidth;
    return near.flatMap((r, k): Finding[] => {
      const short = Math.max(r.left - left, right - r.right);
      if (toMm(Math.abs(r.left - left)) <= EDGE_MM && toMm(Math.abs(r.right - right)) <= EDGE_MM) return [];
      const width = toMm(r.right - r.left);
      return [
        {
          severity: 'error',
          rule: 'colophon.rules',
          page: page.page,
          message: {
            zh: `版记第 ${k + 1} 条分隔线宽 ${round(width)} 毫米，应与版心等宽（${textBlock.widthMm} 毫米）${short > 0 ? `，一端缩进 ${round(toMm(short))} 毫米` : ''}`,
            en: `the 版记's separator ${k + 1} is ${round(width)} mm wide; it should be as wide as the block (${textBlock.widthMm} mm)${short > 0 ? `, one end ${round(toMm(short))} mm in` : ''}`,
          },
          measured: round(width),
          expected: textBlock.widthMm,
          unit: 'mm',
          text: excerpt(first.text),
        },
      ];
    });
  });
};

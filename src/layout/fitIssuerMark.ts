/**
 * Sizes the red issuer mark (发文机关标志) so it is imposing but never wider than the
 * block: the largest size from 小初 down to 二号, then horizontal condensing, as offices do.
 */
import { header, mmToPt, textBlock } from './gbt9704.ts';

export interface MarkFit {
  sizePt: number;
  /** Horizontal scale in percent (100 = none); DOCX w:w, PDF Tz. */
  scaleX: number;
}

/** Width of the mark in ems: Han characters one em, Latin letters and digits half. */
function widthInEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += /[\x20-\x7e]/.test(char) ? 0.5 : 1;
  return ems;
}

export function fitIssuerMark(text: string): MarkFit {
  const blockPt = mmToPt(textBlock.widthMm);
  const ems = Math.max(1, widthInEms(text));
  // Largest whole size that fits, within the range the standard's practice allows.
  const fitting = Math.floor(blockPt / ems);
  const sizePt = Math.max(header.markMinSizePt, Math.min(header.markSizePt, fitting));
  const natural = ems * sizePt;
  const scaleX = natural <= blockPt ? 100 : Math.floor((blockPt / natural) * 100);
  return { sizePt, scaleX };
}

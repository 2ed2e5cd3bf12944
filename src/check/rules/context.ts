/** What every rule receives: the extracted geometry and the measured pages. Rules are pure. */
import type { PageMeasure } from '../measurePage.ts';
import type { Finding, LayoutKind, PdfGeometry } from '../types.ts';

export interface RuleContext {
  geometry: PdfGeometry;
  /** One per page, in page order. */
  measures: PageMeasure[];
  layout: LayoutKind;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** Shortens a row's text for a finding. */
export const excerpt = (text: string, max = 16): string => {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('') + '…';
};

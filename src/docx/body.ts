/**
 * The body as a list of items before serialisation, so a section break can be attached to
 * the last paragraph (a section-ending paragraph of its own would cost a grid row).
 */
import { fragment, type Child, type Xml } from './xml.ts';
import { paragraph, type ParaStyle } from './ooxml.ts';

export type BodyItem = { kind: 'p'; props: ParaStyle; runs: Child[] } | { kind: 'xml'; xml: Xml };

export const p = (props: ParaStyle, runs: Child[] = []): BodyItem => ({ kind: 'p', props, runs });
export const xmlItem = (xml: Xml): BodyItem => ({ kind: 'xml', xml });

/** `count` empty grid rows. */
export function empty(count: number): BodyItem[] {
  return Array.from({ length: Math.max(0, count) }, () => p({}));
}

export function serialiseBody(items: BodyItem[]): Xml {
  return fragment(items.map((item) => (item.kind === 'p' ? paragraph(item.props, item.runs) : item.xml)));
}

/** Ends a section after the items: on their last paragraph, or on an added empty one after a table. */
export function endSection(items: BodyItem[], sectPr: Xml): BodyItem[] {
  const last = items[items.length - 1];
  if (last && last.kind === 'p' && !last.props.sectPr) {
    return [...items.slice(0, -1), { ...last, props: { ...last.props, sectPr } }];
  }
  return [...items, p({ sectPr })];
}


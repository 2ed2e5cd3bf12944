/**
 * WordprocessingML primitives built on the escaping XML builder: runs, paragraphs and their
 * properties, empty grid rows, page breaks. Units: twips (1/20 pt) unless stated.
 */
import type { FontRole } from '../model/types.ts';
import { docx } from '../layout/gbt9704.ts';
import { markSlashBreaks } from './explicitBreaks.ts';
import { element, fragment, type Child, type Xml } from './xml.ts';

/** The office font each role names (w:eastAsia; Latin uses the same face, see SHELL.md). */
export const fontNames: Record<FontRole, string> = {
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  xiaobiaosong: '方正小标宋简体',
  songti: '宋体',
};

/** One character cell of the 28-cell row: 8844 / 28 twips. */
export const CELL = Math.round(docx.blockWidth / 28);
/** One grid row. */
export const ROW = docx.linePitch;

export interface RunStyle {
  font?: FontRole;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  /** RRGGBB. */
  color?: string;
  /** Horizontal scale in percent (w:w). */
  scaleX?: number;
  /** Character spacing in twips (w:spacing); the Normal style already gives −5. */
  spacing?: number;
}

export function runProps(style: RunStyle): Xml | null {
  const children: Child[] = [];
  if (style.font) {
    const name = fontNames[style.font];
    children.push(element('w:rFonts', { 'w:ascii': name, 'w:hAnsi': name, 'w:eastAsia': name, 'w:cs': name, 'w:hint': 'eastAsia' }));
  }
  if (style.bold) children.push(element('w:b'), element('w:bCs'));
  if (style.italic) children.push(element('w:i'), element('w:iCs'));
  if (style.color) children.push(element('w:color', { 'w:val': style.color }));
  if (style.spacing !== undefined) children.push(element('w:spacing', { 'w:val': style.spacing }));
  if (style.scaleX !== undefined && style.scaleX !== 100) children.push(element('w:w', { 'w:val': style.scaleX }));
  if (style.sizePt !== undefined) {
    const half = Math.round(style.sizePt * 2);
    children.push(element('w:sz', { 'w:val': half }), element('w:szCs', { 'w:val': half }));
  }
  return children.length > 0 ? element('w:rPr', {}, children) : null;
}

/**
 * A run of text: tabs become w:tab, newlines w:br; everything else is escaped text, with the
 * slash breaks of the layout spelled out (explicitBreaks.ts).
 */
export function run(text: string, style: RunStyle = {}): Xml {
  const pieces: Child[] = [runProps(style)];
  const parts = text.split(/(\t|\n)/);
  for (const part of parts) {
    if (part === '') continue;
    if (part === '\t') pieces.push(element('w:tab'));
    else if (part === '\n') pieces.push(element('w:br'));
    else pieces.push(element('w:t', { 'xml:space': 'preserve' }, [markSlashBreaks(part)]));
  }
  return element('w:r', {}, pieces);
}

/** A run holding other run content (a drawing, a field character, a break). */
export function runWith(content: Child[], style: RunStyle = {}): Xml {
  return element('w:r', {}, [runProps(style), ...content]);
}

export interface Border {
  /** Eighths of a point. */
  sz: number;
  color?: string;
  /** Distance from text in points. */
  space?: number;
}

export interface ParaStyle {
  style?: string;
  keepNext?: boolean;
  /** Keep the paragraph's rows on one page (w:keepLines). */
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** A positioned frame (w:framePr) anchored to the page, sizes in twips. */
  frame?: { x: number; y: number; w: number; h: number; wrap?: 'through' | 'none' };
  borders?: { top?: Border; bottom?: Border };
  tabs?: { val: 'left' | 'right' | 'center'; pos: number }[];
  /** false writes w:snapToGrid w:val="0" (paragraph off the line grid). */
  snapToGrid?: boolean;
  spacing?: { before?: number; after?: number; line?: number; lineRule?: 'exact' | 'auto' | 'atLeast' };
  ind?: { left?: number; right?: number; firstLine?: number; firstLineChars?: number; hanging?: number };
  /** 'distribute': justified, its last row too (the first part of a paragraph split by the plan). */
  jc?: 'both' | 'distribute' | 'left' | 'center' | 'right';
  /** The paragraph's mark (run properties of the paragraph end). */
  markStyle?: RunStyle;
  /** A section ends with this paragraph. */
  sectPr?: Xml;
}

const border = (side: string, b: Border): Xml =>
  element(`w:${side}`, { 'w:val': 'single', 'w:sz': b.sz, 'w:space': b.space ?? 0, 'w:color': b.color ?? '000000' });

export function paragraphProps(p: ParaStyle): Xml | null {
  const c: Child[] = [];
  if (p.style) c.push(element('w:pStyle', { 'w:val': p.style }));
  if (p.keepNext) c.push(element('w:keepNext'));
  if (p.keepLines) c.push(element('w:keepLines'));
  if (p.pageBreakBefore) c.push(element('w:pageBreakBefore'));
  if (p.frame) {
    c.push(
      element('w:framePr', {
        'w:w': p.frame.w, 'w:h': p.frame.h, 'w:hRule': 'exact', 'w:wrap': p.frame.wrap ?? 'through',
        'w:hAnchor': 'page', 'w:vAnchor': 'page', 'w:x': p.frame.x, 'w:y': p.frame.y,
      }),
    );
  }
  if (p.borders) {
    c.push(
      element('w:pBdr', {}, [p.borders.top && border('top', p.borders.top), p.borders.bottom && border('bottom', p.borders.bottom)]),
    );
  }
  if (p.tabs && p.tabs.length > 0) {
    c.push(element('w:tabs', {}, p.tabs.map((t) => element('w:tab', { 'w:val': t.val, 'w:pos': t.pos }))));
  }
  if (p.snapToGrid === false) c.push(element('w:snapToGrid', { 'w:val': 0 }));
  if (p.spacing) {
    c.push(
      element('w:spacing', {
        'w:before': p.spacing.before,
        'w:beforeLines': p.spacing.before !== undefined ? 0 : undefined,
        'w:after': p.spacing.after,
        'w:afterLines': p.spacing.after !== undefined ? 0 : undefined,
        'w:line': p.spacing.line,
        'w:lineRule': p.spacing.lineRule ?? (p.spacing.line !== undefined ? 'auto' : undefined),
      }),
    );
  }
  if (p.ind) {
    c.push(
      element('w:ind', {
        'w:left': p.ind.left,
        'w:right': p.ind.right,
        'w:firstLineChars': p.ind.firstLineChars,
        'w:firstLine': p.ind.firstLine,
        'w:hanging': p.ind.hanging,
      }),
    );
  }
  if (p.jc) c.push(element('w:jc', { 'w:val': p.jc }));
  if (p.markStyle) c.push(runProps(p.markStyle));
  if (p.sectPr) c.push(p.sectPr);
  return c.length > 0 ? element('w:pPr', {}, c) : null;
}

export function paragraph(props: ParaStyle, runs: Child[] = []): Xml {
  return element('w:p', {}, [paragraphProps(props), ...runs]);
}

/** No indentation at all (overrides the first-line indent of GwBody). */
export const NO_INDENT = { left: 0, right: 0, firstLineChars: 0, firstLine: 0 } as const;

/** `count` empty body rows on the grid. */
export function emptyRows(count: number): Xml {
  return fragment(Array.from({ length: Math.max(0, count) }, () => paragraph({})));
}


/**
 * The output of layout: pages of positioned elements, in points, y measured DOWN from the
 * top edge of the paper (the drawing stage flips it). Plain data: no pdf-lib, no fonts.
 */
import type { SealImage } from '../../model/types.ts';
import type { PagePlan } from '../pagePlan.ts';

export type Rgb = readonly [number, number, number];

/** One glyph at its final place. */
export interface Glyph {
  char: string;
  /** Left edge of the glyph's slot on the page. */
  x: number;
  /** Face that draws it (layout faceKey, e.g. 'fangsong:0'). */
  faceKey: string;
  sizePt: number;
  bold: boolean;
  color: Rgb;
}

/** A row of glyphs sharing a baseline (drawn as one text object). */
export interface TextLine {
  type: 'text';
  baseline: number;
  glyphs: Glyph[];
  /** Horizontal scale in percent (PDF Tz): the condensed issuer mark. Default 100. */
  scaleX?: number;
  /**
   * A row of text inside a table cell. The grid places a table row's cells side by side, row
   * by row; drawing keeps each cell's rows together (by column) so text is extracted and
   * selected cell by cell, not across cells.
   */
  cell?: { group: string; column: number };
}

/** A horizontal rule; y is the centre of its stroke. */
export interface Rule {
  type: 'rule';
  x1: number;
  x2: number;
  y: number;
  thickness: number;
  color: Rgb;
}

/** A vertical rule (table cells); x is the centre of its stroke. */
export interface VRule {
  type: 'vrule';
  x: number;
  y1: number;
  y2: number;
  thickness: number;
  color: Rgb;
}

/** An image (a seal) with its top-left corner at (x, y). */
export interface Picture {
  type: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  image: SealImage;
}

export type PageElement = TextLine | Rule | VRule | Picture;

export interface LaidOutPage {
  /** 1-based page number (attachments continue the numbering). */
  number: number;
  elements: PageElement[];
  /** Grid rows used by content on this page (for tests and the check). */
  rowsUsed: number;
}

export interface DocumentLayout {
  pages: LaidOutPage[];
  plan: PagePlan;
  warnings: string[];
}

/** Moves an element down by dy (used to place a flow line on its grid row). */
export function shiftElement(element: PageElement, dy: number): PageElement {
  switch (element.type) {
    case 'text':
      return { ...element, baseline: element.baseline + dy };
    case 'rule':
      return { ...element, y: element.y + dy };
    case 'vrule':
      return { ...element, y1: element.y1 + dy, y2: element.y2 + dy };
    case 'image':
      return { ...element, y: element.y + dy };
  }
}

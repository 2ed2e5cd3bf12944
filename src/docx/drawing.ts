/**
 * Anchored DrawingML objects (lines, pictures, text boxes) for the red separator, the letter's
 * double rules and mark, and seals. Lines carry a VML fallback inside mc:AlternateContent, as
 * Word writes them, so older readers still draw them. Positions in EMU (1 mm = 36 000 EMU).
 */
import { element, type Child, type Xml } from './xml.ts';

export const EMU_PER_MM = 36000;
export const EMU_PER_TWIP = 635;
export const mmToEmu = (mm: number): number => Math.round(mm * EMU_PER_MM);

/** Unique ids for wp:docPr within one document. */
export class DrawingIds {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

interface Anchor {
  /** Horizontal offset and what it is relative to. */
  x: number;
  xFrom: 'page' | 'margin' | 'column';
  y: number;
  yFrom: 'page' | 'margin' | 'paragraph' | 'line';
  cx: number;
  cy: number;
  behindDoc: boolean;
  id: number;
  name: string;
  graphic: Xml;
  /** Stacking order (higher in front). */
  z: number;
  /** How the text flows past it: over it (none, the default), or above and below it (topAndBottom). */
  wrap?: 'none' | 'topAndBottom';
}

function anchor(a: Anchor): Xml {
  return element(
    'wp:anchor',
    {
      distT: 0, distB: 0, distL: 0, distR: 0, simplePos: 0, relativeHeight: a.z,
      behindDoc: a.behindDoc ? 1 : 0, locked: 0, layoutInCell: 1, allowOverlap: 1,
    },
    [
      element('wp:simplePos', { x: 0, y: 0 }),
      element('wp:positionH', { relativeFrom: a.xFrom }, [element('wp:posOffset', {}, [String(a.x)])]),
      element('wp:positionV', { relativeFrom: a.yFrom }, [element('wp:posOffset', {}, [String(a.y)])]),
      element('wp:extent', { cx: a.cx, cy: a.cy }),
      element('wp:effectExtent', { l: 0, t: 0, r: 0, b: 0 }),
      a.wrap === 'topAndBottom' ? element('wp:wrapTopAndBottom') : element('wp:wrapNone'),
      element('wp:docPr', { id: a.id, name: a.name }),
      element('wp:cNvGraphicFramePr'),
      a.graphic,
    ],
  );
}

const solidFill = (hex: string): Xml => element('a:solidFill', {}, [element('a:srgbClr', { val: hex })]);

export interface LineSpec {
  /** Left end, page-relative, EMU. */
  x: number;
  /** Centre of the stroke, page-relative, EMU. */
  y: number;
  length: number;
  /** Stroke width in EMU. */
  weight: number;
  color: string;
  name: string;
  id: number;
}

/** A horizontal line anchored to the page (wps shape with a VML fallback). */
export function anchoredLine(line: LineSpec): Xml {
  const shape = element('wps:wsp', {}, [
    element('wps:cNvCnPr'),
    element('wps:spPr', {}, [
      element('a:xfrm', {}, [element('a:off', { x: 0, y: 0 }), element('a:ext', { cx: line.length, cy: 0 })]),
      element('a:prstGeom', { prst: 'line' }, [element('a:avLst')]),
      element('a:ln', { w: line.weight }, [solidFill(line.color)]),
    ]),
    element('wps:bodyPr'),
  ]);
  const graphic = element('a:graphic', {}, [
    element('a:graphicData', { uri: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape' }, [shape]),
  ]);
  const drawing = element('w:drawing', {}, [
    anchor({ x: line.x, xFrom: 'page', y: line.y, yFrom: 'page', cx: line.length, cy: 0, behindDoc: false, id: line.id, name: line.name, graphic, z: 251659264 + line.id }),
  ]);
  const pt = (emu: number): string => `${(emu / 12700).toFixed(2)}pt`;
  const vml = element('w:pict', {}, [
    element('v:line', {
      id: `${line.name}${line.id}`,
      style: 'position:absolute;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page',
      from: `${pt(line.x)},${pt(line.y)}`,
      to: `${pt(line.x + line.length)},${pt(line.y)}`,
      strokecolor: `#${line.color}`,
      strokeweight: pt(line.weight),
    }),
  ]);
  return element('w:r', {}, [
    element('mc:AlternateContent', {}, [
      element('mc:Choice', { Requires: 'wps' }, [drawing]),
      element('mc:Fallback', {}, [vml]),
    ]),
  ]);
}

export interface PictureSpec {
  relId: string;
  x: number;
  xFrom: 'page' | 'margin';
  y: number;
  yFrom: 'page' | 'margin' | 'paragraph';
  size: number;
  id: number;
  name: string;
  behindDoc: boolean;
}

/** A square picture (a seal) anchored with no text wrapping. */
export function anchoredPicture(pic: PictureSpec): Xml {
  const graphic = element('a:graphic', {}, [
    element('a:graphicData', { uri: 'http://schemas.openxmlformats.org/drawingml/2006/picture' }, [
      element('pic:pic', {}, [
        element('pic:nvPicPr', {}, [element('pic:cNvPr', { id: pic.id, name: pic.name }), element('pic:cNvPicPr')]),
        element('pic:blipFill', {}, [element('a:blip', { 'r:embed': pic.relId }), element('a:stretch', {}, [element('a:fillRect')])]),
        element('pic:spPr', {}, [
          element('a:xfrm', {}, [element('a:off', { x: 0, y: 0 }), element('a:ext', { cx: pic.size, cy: pic.size })]),
          element('a:prstGeom', { prst: 'rect' }, [element('a:avLst')]),
        ]),
      ]),
    ]),
  ]);
  return element('w:r', {}, [
    element('w:drawing', {}, [
      anchor({ x: pic.x, xFrom: pic.xFrom, y: pic.y, yFrom: pic.yFrom, cx: pic.size, cy: pic.size, behindDoc: pic.behindDoc, id: pic.id, name: pic.name, graphic, z: 251660000 + pic.id }),
    ]),
  ]);
}

export interface TextBoxSpec {
  x: number;
  y: number;
  cx: number;
  cy: number;
  id: number;
  name: string;
  /** Paragraphs inside the box. */
  content: Child[];
  /** Text flows above and below it, never over it (default: over it, wrapNone). */
  wrap?: 'none' | 'topAndBottom';
}

/** A borderless text box anchored to the page (the letter's mark in its first-page header). */
export function anchoredTextBox(box: TextBoxSpec): Xml {
  const shape = element('wps:wsp', {}, [
    element('wps:cNvSpPr', { txBox: 1 }),
    element('wps:spPr', {}, [
      element('a:xfrm', {}, [element('a:off', { x: 0, y: 0 }), element('a:ext', { cx: box.cx, cy: box.cy })]),
      element('a:prstGeom', { prst: 'rect' }, [element('a:avLst')]),
      element('a:noFill'),
      element('a:ln', {}, [element('a:noFill')]),
    ]),
    element('wps:txbx', {}, [element('w:txbxContent', {}, box.content)]),
    element('wps:bodyPr', { rot: 0, vert: 'horz', wrap: 'square', lIns: 0, tIns: 0, rIns: 0, bIns: 0, anchor: 't', anchorCtr: 0 }, [element('a:noAutofit')]),
  ]);
  const graphic = element('a:graphic', {}, [
    element('a:graphicData', { uri: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape' }, [shape]),
  ]);
  return element('w:r', {}, [
    element('mc:AlternateContent', {}, [
      element('mc:Choice', { Requires: 'wps' }, [
        element('w:drawing', {}, [
          anchor({ x: box.x, xFrom: 'page', y: box.y, yFrom: 'page', cx: box.cx, cy: box.cy, behindDoc: false, id: box.id, name: box.name, graphic, z: 251658000 + box.id, ...(box.wrap ? { wrap: box.wrap } : {}) }),
        ]),
      ]),
      element('mc:Fallback', {}, [
        element('w:pict', {}, [
          element('v:shape', {
            id: `${box.name}${box.id}`,
            type: '#_x0000_t202',
            filled: 'f',
            stroked: 'f',
            style: `position:absolute;margin-left:${(box.x / 12700).toFixed(2)}pt;margin-top:${(box.y / 12700).toFixed(2)}pt;width:${(box.cx / 12700).toFixed(2)}pt;height:${(box.cy / 12700).toFixed(2)}pt;z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page`,
          }, [
            element('v:textbox', { inset: '0,0,0,0' }, [element('w:txbxContent', {}, box.content)]),
            ...(box.wrap === 'topAndBottom' ? [element('w10:wrap', { type: 'topAndBottom' })] : []),
          ]),
        ]),
      ]),
    ]),
  ]);
}

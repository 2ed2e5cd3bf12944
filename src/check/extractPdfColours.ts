/**
 * Coloured marks on a page from pdf.js's operator list: the bounding boxes of shapes
 * painted in a colour other than black, white or grey (the red separator and rules),
 * how many text runs were shown in each such colour (the red issuer mark), and the dark
 * horizontal rules (the 版记's separators, whatever the renderer drew them with).
 * Tracks only what these need: the CTM (save/restore/transform) and the fill and
 * stroke colours; form XObjects apply their matrix.
 */
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { mmToPt } from '../layout/gbt9704.ts';
import type { PdfShape } from './types.ts';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** '#rrggbb' that is not a shade of grey (black, white and greys are not "coloured"). */
function isColoured(colour: unknown): colour is string {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) return false;
  const r = parseInt(colour.slice(1, 3), 16);
  const g = parseInt(colour.slice(3, 5), 16);
  const b = parseInt(colour.slice(5, 7), 16);
  return Math.max(r, g, b) - Math.min(r, g, b) > 40;
}

/** Black or a dark grey: a rule printed in black. */
function isDark(colour: unknown): boolean {
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) return false;
  return [1, 3, 5].every((i) => parseInt(colour.slice(i, i + 2), 16) < 0x50);
}

/** A horizontal rule: at least 30 mm long, at most 2 mm tall. */
const isHorizontalRule = (s: PdfShape): boolean => s.right - s.left >= mmToPt(30) && s.bottom - s.top <= mmToPt(2);

const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

export async function extractPdfColours(
  page: PDFPageProxy,
  /** Points the page was widened by on every side (widenPages.ts); coordinates are shifted back. */
  margin = 0,
): Promise<{ shapes: PdfShape[]; rules: PdfShape[]; colouredText: { colour: string; count: number }[] }> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const viewport = page.getViewport({ scale: 1 });
  const toPage = (x: number, y: number): [number, number] => {
    const [vx = 0, vy = 0] = viewport.convertToViewportPoint(x, y);
    return [vx - margin, vy - margin];
  };
  let ctm: Matrix = [...IDENTITY];
  let fill: unknown = '#000000';
  let stroke: unknown = '#000000';
  let lineWidth = 1;
  const stack: { ctm: Matrix; fill: unknown; stroke: unknown; lineWidth: number }[] = [];
  const shapes: PdfShape[] = [];
  const rules: PdfShape[] = [];
  const textCounts = new Map<string, number>();

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill, stroke, lineWidth });
        break;
      case OPS.restore: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke, lineWidth } = s);
        break;
      }
      case OPS.transform:
        ctm = multiply(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, fill, stroke, lineWidth });
        const m = args[0];
        if (Array.isArray(m) && m.length === 6) ctm = multiply(ctm, m as Matrix);
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const s = stack.pop();
        if (s) ({ ctm, fill, stroke, lineWidth } = s);
        break;
      }
      case OPS.setLineWidth:
        lineWidth = Number(args[0]) || 0;
        break;
      case OPS.setFillRGBColor:
        fill = args[0];
        break;
      case OPS.setStrokeRGBColor:
        stroke = args[0];
        break;
      case OPS.showText:
        if (isColoured(fill)) textCounts.set(fill, (textCounts.get(fill) ?? 0) + 1);
        break;
      case OPS.constructPath: {
        const paintOp = args[0] as number;
        const minMax = args[2] as ArrayLike<number> | null | undefined;
        if (!minMax || minMax.length < 4) break;
        const paints: { colour: unknown; paint: 'fill' | 'stroke' }[] = [];
        if (FILLS.has(paintOp)) paints.push({ colour: fill, paint: 'fill' });
        if (STROKES.has(paintOp)) paints.push({ colour: stroke, paint: 'stroke' });
        for (const p of paints) {
          const coloured = isColoured(p.colour);
          if (!coloured && !isDark(p.colour)) continue;
          // A stroke adds half its width across the line, not along it (butt caps).
          const half = p.paint === 'stroke' ? lineWidth / 2 : 0;
          const wide = minMax[2]! - minMax[0]! >= minMax[3]! - minMax[1]!;
          const hx = wide ? 0 : half;
          const hy = wide ? half : 0;
          const corners = [
            apply(ctm, minMax[0]! - hx, minMax[1]! - hy),
            apply(ctm, minMax[2]! + hx, minMax[1]! - hy),
            apply(ctm, minMax[0]! - hx, minMax[3]! + hy),
            apply(ctm, minMax[2]! + hx, minMax[3]! + hy),
          ].map(([x, y]) => toPage(x, y));
          const xs = corners.map((c) => c[0]);
          const ys = corners.map((c) => c[1]);
          const shape: PdfShape = {
            left: Math.min(...xs),
            right: Math.max(...xs),
            top: Math.min(...ys),
            bottom: Math.max(...ys),
            colour: p.colour as string,
            paint: p.paint,
          };
          if (coloured) shapes.push(shape);
          else if (isHorizontalRule(shape)) rules.push(shape);
        }
        break;
      }
      default:
        break;
    }
  }
  return { shapes, rules, colouredText: [...textCounts].map(([colour, count]) => ({ colour, count })) };
}

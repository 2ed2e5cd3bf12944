/**
 * Page elements → PDF content-stream operators (text as TJ arrays that put every glyph on
 * its slot, rules as stroked lines, images as XObjects). Writing operators directly keeps
 * drawing cheap and lets a glyph row extract as one string in reading order.
 */
import type { LaidOutPage, Rgb, TextLine } from '../../layout/page/pageModel.ts';
import type { EmbeddedFaces } from './embedFaces.ts';

const n = (value: number): string => {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};
const rgb = (c: Rgb): string => `${n(c[0])} ${n(c[1])} ${n(c[2])}`;

/** Fake bold: fill + stroke, the stroke 0.03 em wide. */
const BOLD_STROKE_EM = 0.03;

export interface ImageResource {
  name: string;
}

export function pageContent(
  page: LaidOutPage,
  pageHeight: number,
  faces: EmbeddedFaces,
  imageName: (element: number) => string,
): string {
  const out: string[] = [];
  const images: string[] = [];
  const drawnCells = new Set<string>();
  page.elements.forEach((element, index) => {
    if (element.type === 'text' && element.cell) {
      // A table row's cells: at its first line, draw every line of the row cell by cell.
      const { group } = element.cell;
      if (drawnCells.has(group)) return;
      drawnCells.add(group);
      const lines = page.elements.filter((e): e is TextLine => e.type === 'text' && e.cell?.group === group);
      lines.sort((a, b) => a.cell!.column - b.cell!.column || a.baseline - b.baseline);
      for (const line of lines) textOps(line, pageHeight, faces, out);
      return;
    }
    switch (element.type) {
      case 'text':
        textOps(element, pageHeight, faces, out);
        break;
      case 'rule':
        out.push(`q ${rgb(element.color)} RG ${n(element.thickness)} w 0 J ${n(element.x1)} ${n(pageHeight - element.y)} m ${n(element.x2)} ${n(pageHeight - element.y)} l S Q`);
        break;
      case 'vrule':
        out.push(`q ${rgb(element.color)} RG ${n(element.thickness)} w 0 J ${n(element.x)} ${n(pageHeight - element.y1)} m ${n(element.x)} ${n(pageHeight - element.y2)} l S Q`);
        break;
      case 'image':
        // Seals press on the text: drawn after everything else.
        images.push(`q ${n(element.width)} 0 0 ${n(element.height)} ${n(element.x)} ${n(pageHeight - element.y - element.height)} cm /${imageName(index)} Do Q`);
        break;
    }
  });
  out.push(...images);
  return out.join('\n');
}

function textOps(line: TextLine, pageHeight: number, faces: EmbeddedFaces, out: string[]): void {
  const glyphs = line.glyphs;
  if (glyphs.length === 0) return;
  const th = (line.scaleX ?? 100) / 100;
  const y = pageHeight - line.baseline;
  // Tz and Tr belong to the graphics state: a line that changes them is wrapped in q … Q.
  const isolated = th !== 1 || glyphs.some((g) => g.bold);
  out.push(isolated ? 'q BT' : 'BT');
  if (th !== 1) out.push(`${n(line.scaleX ?? 100)} Tz`);
  let i = 0;
  let state = '';
  let bold = false;
  while (i < glyphs.length) {
    const first = glyphs[i]!;
    const face = faces.byKey(first.faceKey);
    // A segment: consecutive glyphs drawn with the same face, size, weight and colour.
    let j = i + 1;
    while (j < glyphs.length) {
      const g = glyphs[j]!;
      if (g.sizePt !== first.sizePt || g.bold !== first.bold || g.color !== first.color || faces.byKey(g.faceKey) !== face) break;
      j++;
    }
    const size = first.sizePt;
    const style = `${face.resource} ${n(size)} Tf ${rgb(first.color)} rg`;
    if (style !== state) {
      out.push(`/${style}`);
      state = style;
    }
    if (first.bold !== bold) {
      out.push(first.bold ? `2 Tr ${rgb(first.color)} RG ${n(size * BOLD_STROKE_EM)} w` : '0 Tr');
      bold = first.bold;
    }
    out.push(`1 0 0 1 ${n(first.x)} ${n(y)} Tm`);
    let tj = '[';
    for (let k = i; k < j; k++) {
      const g = glyphs[k]!;
      tj += face.code(g.char);
      const next = glyphs[k + 1];
      if (k + 1 < j && next) {
        // Move from where the font's advance leaves the pen to the next glyph's slot.
        const natural = (face.width(g.char) / 1000) * size * th;
        const adjust = ((natural - (next.x - g.x)) * 1000) / (size * th);
        if (Math.abs(adjust) > 0.01) tj += n(adjust);
      }
    }
    out.push(`${tj}] TJ`);
    i = j;
  }
  out.push(isolated ? 'ET Q' : 'ET');
}

/**
 * Document model inlines → StyledRun lists. Faces and sizes of every kind of block live
 * here, so pagination only asks for "a heading of level 2" and never picks fonts itself.
 */
import { body, colophon, headingLevels, title, typeSize } from '../gbt9704.ts';
import type { FontRole, Inline } from '../../model/types.ts';
import type { StyledRun } from '../line/types.ts';

export type Style = Omit<StyledRun, 'text'>;

export const styles = {
  body: { font: 'fangsong', sizePt: body.sizePt },
  title: { font: 'xiaobiaosong', sizePt: title.sizePt },
  subtitle: { font: 'kaiti', sizePt: body.sizePt },
  headerField: { font: 'heiti', sizePt: typeSize.sanhao },
  docNumber: { font: 'fangsong', sizePt: typeSize.sanhao },
  signerLabel: { font: 'fangsong', sizePt: typeSize.sanhao },
  signerName: { font: 'kaiti', sizePt: typeSize.sanhao },
  attachmentLabel: { font: 'heiti', sizePt: typeSize.sanhao },
  attendanceLabel: { font: 'heiti', sizePt: typeSize.sanhao },
  colophon: { font: 'fangsong', sizePt: colophon.sizePt },
  folio: { font: 'songti', sizePt: typeSize.sihao },
  tableHeader: { font: 'heiti', sizePt: body.sizePt },
} as const satisfies Record<string, Style>;

/** The face of a heading level (一、黑体 （一）楷体 1. 仿宋 （1）仿宋). */
export function headingFont(level: 1 | 2 | 3 | 4): FontRole {
  return headingLevels[level - 1]!.font;
}

/**
 * Flattens inlines into runs. Strong → bold flag (drawn as fake bold); emphasis keeps the
 * face (官方公文 has no italics; the DOCX writer does the same); a hard break → '\n'.
 */
export function inlineRuns(inlines: readonly Inline[], style: Style, out: StyledRun[] = []): StyledRun[] {
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        if (node.value) out.push({ ...style, ...(node.font ? { font: node.font } : {}), text: node.value });
        break;
      case 'strong':
        inlineRuns(node.children, { ...style, bold: true }, out);
        break;
      case 'emphasis':
        inlineRuns(node.children, style, out);
        break;
      case 'break':
        out.push({ ...style, text: '\n' });
        break;
    }
  }
  return mergeRuns(out);
}

/** Joins neighbouring runs of the same style (fewer items, same result). */
export function mergeRuns(runs: StyledRun[]): StyledRun[] {
  const merged: StyledRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && sameStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

function sameStyle(a: StyledRun, b: StyledRun): boolean {
  return (
    a.font === b.font &&
    a.sizePt === b.sizePt &&
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    (a.color ?? null) === (b.color ?? null)
  );
}

/** Plain text of inlines (for metadata, messages and tests). */
export function inlineText(inlines: readonly Inline[]): string {
  let text = '';
  for (const node of inlines) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else text += inlineText(node.children);
  }
  return text;
}

/**
 * Groups text items into rows by baseline. Two items share a row when their baselines
 * differ by less than a fifth of the smaller font size (sub- and superscripts aside,
 * a document's rows are at least a row pitch apart).
 */
import type { PdfRow, PdfTextItem } from './types.ts';

export function groupRows(items: readonly PdfTextItem[]): PdfRow[] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const ref = last?.find((i) => !i.blank) ?? last?.[0];
    if (last && ref && Math.abs(ref.baseline - item.baseline) < 0.2 * Math.min(ref.fontSize, item.fontSize || ref.fontSize)) {
      last.push(item);
    } else {
      groups.push([item]);
    }
  }
  return groups.flatMap((g) => {
    const row = toRow(g);
    return row ? [row] : [];
  });
}

function toRow(group: PdfTextItem[]): PdfRow | undefined {
  const items = [...group].sort((a, b) => a.x - b.x);
  const inked = items.filter((i) => !i.blank);
  if (inked.length === 0) return undefined;
  // Dominant size by character count, so one small footnote mark does not decide it.
  const bySize = new Map<number, number>();
  for (const i of inked) {
    const size = Math.round(i.fontSize * 10) / 10;
    bySize.set(size, (bySize.get(size) ?? 0) + [...i.str.trim()].length);
  }
  const fontSize = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const baselineItem = inked.find((i) => Math.round(i.fontSize * 10) / 10 === fontSize) ?? inked[0]!;
  return {
    baseline: baselineItem.baseline,
    fontSize,
    left: Math.min(...inked.map((i) => i.x + leadingBlankWidth(i))),
    right: Math.max(...inked.map((i) => i.x + i.width - trailingBlankWidth(i))),
    text: items.map((i) => i.str).join('').trim(),
    items,
  };
}

/** Width of whitespace characters at the start of an item (they carry no ink). */
function leadingBlankWidth(item: PdfTextItem): number {
  let w = 0;
  for (const c of item.chars) {
    if (c.ch.trim() !== '' && c.ch !== '\u3000') break;
    w += c.width;
  }
  return w;
}

function trailingBlankWidth(item: PdfTextItem): number {
  let w = 0;
  for (let k = item.chars.length - 1; k >= 0; k--) {
    const c = item.chars[k]!;
    if (c.ch.trim() !== '' && c.ch !== '\u3000') break;
    w += c.width;
  }
  return w;
}

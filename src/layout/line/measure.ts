/**
 * Measuring helpers around the MeasureChar the font resolver supplies. The layout engine
 * asks for every character of every paragraph; a document repeats few distinct characters,
 * so a memo per style turns font-chain lookups into one Map hit.
 */
import type { CharMetrics, Item, MeasureChar, StyledRun } from './types.ts';

/**
 * Wraps `measure` with a cache keyed by style (font, size, bold, italic) and character.
 * The style key is computed only when the run object changes, not per character.
 * Returned metrics objects are shared: treat them as read-only.
 */
export function cachedMeasure(measure: MeasureChar): MeasureChar {
  const byStyle = new Map<string, Map<string, CharMetrics>>();
  let lastRun: StyledRun | undefined;
  let lastMap = new Map<string, CharMetrics>();
  const cached: MeasureChar = (char, run) => {
    if (run !== lastRun) {
      const key = `${run.font}|${run.sizePt}|${run.bold ? 1 : 0}|${run.italic ? 1 : 0}`;
      let map = byStyle.get(key);
      if (!map) byStyle.set(key, (map = new Map()));
      lastMap = map;
      lastRun = run;
    }
    let metrics = lastMap.get(char);
    if (!metrics) {
      metrics = measure(char, run);
      lastMap.set(char, metrics);
    }
    return metrics;
  };
  if (measure.shapeWord) cached.shapeWord = measure.shapeWord;
  return cached;
}

/** Width an item takes on a row before justification: a cell takes one grid cell whatever its glyph's advance. */
export function itemWidth(item: Item, cellPt: number): number {
  return item.kind === 'cell' ? cellPt : item.widthPt;
}

/**
 * Natural width of a row of items on the grid: cells × cellPt + words and spaces as measured +
 * the automatic spaces between them (not the first item's: nothing precedes it on the row).
 */
export function naturalWidth(items: readonly Item[], cellPt: number): number {
  let width = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    width += itemWidth(item, cellPt);
    if (i > 0 && item.spaceBeforePt !== undefined) width += item.spaceBeforePt;
  }
  return width;
}

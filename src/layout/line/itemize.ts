/**
 * itemize: styled runs → the units the line breaker places.
 * - every Han character, CJK or full-width punctuation mark: one 'cell' item;
 * - a maximal run of half-width non-space characters (Latin letters, digits, ASCII punctuation:
 *   2026, 3.5%, COVID-19, www.example.com): a 'word', measured with the font's advances, cut
 *   into one item per piece between the break opportunities LibreOffice takes inside words
 *   (wordBreaks.ts: after the hyphens of QH-2024-490, after the slashes of a URL); a word item
 *   followed directly by another word item is one visual word (justify adds no space between);
 * - each space: one 'space' item (collapsible at row ends).
 * Items keep their run, so inline styles (font role, bold, size) travel with them. A word that
 * continues across a style change becomes two items, the second marked `noBreakBefore`.
 * A cell item's widthPt is its glyph's natural advance (16 pt at 三号); on the grid it takes one
 * cell (BreakOptions.cellPt) whatever that advance — see itemWidth in measure.ts.
 * Last, autoSpace.ts marks the Asian/non-Asian boundaries (2023年) with their fixed gap, and
 * officeFit.ts the ends of LibreOffice's text portions (for the fit test of breakLines).
 */
import { applyAutoSpace, resolveScripts } from './autoSpace.ts';
import { markPortionEnds } from './officeFit.ts';
import { CharClass, classifyChar, isLetterOrDigit } from './charClass.ts';
import { breaksAfter } from './wordBreaks.ts';
import type { Item, MeasureChar, StyledRun } from './types.ts';

const RIGHT_SINGLE_QUOTE = 0x2019;
const ZERO_WIDTH_SPACE = 0x200b;

export function itemize(runs: readonly StyledRun[], measure: MeasureChar): Item[] {
  const items: Item[] = [];
  // The word being extended; cleared by anything that is not a word character.
  let word: Item | undefined;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const text = run.text;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      const ch = len === 1 ? text[i]! : text.slice(i, i + 2);
      i += len;
      let cls = classifyChar(cp);
      // An apostrophe between letters (don’t, Xi’an) belongs to the word, not the cell grid.
      if (cls === CharClass.Cell && cp === RIGHT_SINGLE_QUOTE && word !== undefined && i < text.length && isLetterOrDigit(text.codePointAt(i)!)) {
        cls = CharClass.Word;
      }
      switch (cls) {
        case CharClass.Word: {
          const m = measure(ch, run);
          if (word === undefined || word.run !== run) {
            // A word still open here came from the previous run: the two halves must stay together.
            const glued = word !== undefined;
            word = { text: '', run, kind: 'word', widthPt: 0, chars: [] };
            if (glued) word.noBreakBefore = true;
            items.push(word);
          }
          word.text += ch;
          word.widthPt += m.advancePt;
          word.chars.push({ char: ch, faceKey: m.faceKey, advancePt: m.advancePt });
          break;
        }
        case CharClass.Cell: {
          word = undefined;
          const m = measure(ch, run);
          items.push({ text: ch, run, kind: 'cell', widthPt: m.advancePt, chars: [{ char: ch, faceKey: m.faceKey, advancePt: m.advancePt }] });
          break;
        }
        case CharClass.Space:
        case CharClass.Break: {
          // Hard breaks are split off by layoutParagraph; one that reaches here acts as a space.
          word = undefined;
          const m = measure(' ', run);
          items.push({ text: ' ', run, kind: 'space', widthPt: m.advancePt, chars: [{ char: ' ', faceKey: m.faceKey, advancePt: m.advancePt }] });
          break;
        }
        default:
          // Zero-width characters are not placed; a zero-width space still ends a word (a break opportunity).
          if (cp === ZERO_WIDTH_SPACE) word = undefined;
      }
    }
  }
  if (measure.shapeWord) shapeWords(items, measure.shapeWord);
  const pieces = splitWords(items);
  const scripts = resolveScripts(pieces);
  applyAutoSpace(pieces, scripts);
  return markPortionEnds(pieces, scripts);
}

/**
 * Gives words their shaped advances (LibreOffice's widths). LibreOffice shapes a whole portion,
 * so words and the spaces between them in one run and one face (GB/T 9704-2012) are shaped
 * together: the space's neighbours position against it.
 */
function shapeWords(items: Item[], shapeWord: NonNullable<MeasureChar['shapeWord']>): void {
  for (let k = 0; k < items.length; ) {
    if (items[k]!.kind !== 'word') {
      k++;
      continue;
    }
    const run = items[k]!.run;
    const faceKey = items[k]!.chars[0]!.faceKey;
    let end = k;
    const fits = (item: Item): boolean => (item.kind === 'word' || item.kind === 'space') && item.run === run && item.chars.every((c) => c.faceKey === faceKey);
    while (end + 1 < items.length && fits(items[end + 1]!)) end++;
    while (end > k && items[end]!.kind === 'space') end--;
    if (!items[k]!.chars.every((c) => c.faceKey === faceKey)) {
      k = end + 1;
      continue;
    }
    const group = items.slice(k, end + 1);
    const advances = shapeWord(group.flatMap((item) => item.chars.map((c) => c.char)), faceKey, run.sizePt);
    let a = 0;
    for (const item of group) {
      let width = 0;
      item.chars = item.chars.map((c) => {
        const advancePt = advances[a++]!;
        width += advancePt;
        return { ...c, advancePt };
      });
      item.widthPt = width;
    }
    k = end + 1;
  }
}

/**
 * Cuts every word item at its break opportunities (wordBreaks.ts). The opportunity is judged on
 * the whole word, across style changes: a word continued in the next run keeps its characters
 * before and after in view. Returns the items unchanged when no word has one.
 */
function splitWords(items: Item[]): Item[] {
  let out: Item[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind !== 'word' || item.chars.length < 2) {
      out?.push(item);
      continue;
    }
    // The code points of the whole word around this item (its neighbours glued by noBreakBefore).
    let first = k;
    while (first > 0 && items[first]!.noBreakBefore && items[first - 1]!.kind === 'word') first--;
    let last = k;
    while (last + 1 < items.length && items[last + 1]!.noBreakBefore && items[last + 1]!.kind === 'word') last++;
    const word: number[] = [];
    let offset = 0;
    for (let m = first; m <= last; m++) {
      if (m === k) offset = word.length;
      for (const c of items[m]!.chars) word.push(c.char.codePointAt(0)!);
    }
    const cuts: number[] = [];
    for (let i = 0; i < item.chars.length - 1; i++) if (breaksAfter(word, offset + i)) cuts.push(i + 1);
    if (cuts.length === 0) {
      out?.push(item);
      continue;
    }
    out ??= items.slice(0, k);
    let start = 0;
    for (const end of [...cuts, item.chars.length]) {
      const chars = item.chars.slice(start, end);
      const piece: Item = { text: chars.map((c) => c.char).join(''), run: item.run, kind: 'word', widthPt: chars.reduce((w, c) => w + c.advancePt, 0), chars };
      if (start === 0 && item.noBreakBefore) piece.noBreakBefore = true;
      // The DOCX marks a slash break with a zero-width space (docx/explicitBreaks.ts), which
      // ends LibreOffice's text portion: the slash keeps its full advance (+0.25 pt, measured).
      if (end < item.chars.length && chars[chars.length - 1]!.char === '/') piece.endsPortion = true;
      out.push(piece);
      start = end;
    }
  }
  return out ?? items;
}

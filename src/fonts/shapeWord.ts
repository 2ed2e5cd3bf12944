/**
 * Word widths as LibreOffice sets them: it shapes every text portion with HarfBuzz and, for our
 * DOCX (no w:kern), with pair kerning off; other positioning the fonts carry stays (Noto's
 * letter–digit spacing: a1 is 0.7 pt wider at 三号 than the two advances, T9 0.2 pt narrower).
 * Measured on LibreOffice 7.4 with our faces (test/corpus/probe): shaped −kern widths agree
 * with LibreOffice's within 0.1 pt, the glyph advances alone differ by up to 2.3 pt a word.
 * Returns one advance per character (a cluster's advance on its first character), in points.
 * Words are shaped with the face's small shaping subset (shapingFont.ts); a word with a
 * character the subset lacks, with the full face (loaded on that first need).
 */
import * as hb from 'harfbuzzjs';
import { openFontFile } from './fontFile.ts';
import { faceForKey } from './loadFontSet.ts';
import { inShapingFont, shapingFontBytes } from './shapingFont.ts';
import type { FontSet } from './types.ts';

export type ShapeWord = (chars: readonly string[], faceKey: string, sizePt: number) => readonly number[];

const NO_KERNING = [new hb.Feature('kern', 0)];
/** Distinct words kept shaped; a batch of thousands of documents (phone numbers, codes) must not grow it without end. */
const MAX_CACHED_WORDS = 20_000;

interface HbFont {
  font: hb.Font;
  upem: number;
}

/** harfbuzz fonts per process, by file, face index and whether it is the shaping subset. */
const hbFonts = new Map<string, HbFont>();

function hbFont(path: string, index: number, small: boolean): HbFont {
  const key = `${path}#${index}#${small ? 's' : 'f'}`;
  let entry = hbFonts.get(key);
  if (!entry) {
    const file = openFontFile(path, index);
    // The subset holds one face (index 0); the full file may be a collection.
    const hbFace = small ? new hb.Face(new hb.Blob(shapingFontBytes(path, index, () => file.bytes)), 0) : new hb.Face(new hb.Blob(file.bytes), index);
    entry = { font: new hb.Font(hbFace), upem: hbFace.upem };
    hbFonts.set(key, entry);
  }
  return entry;
}

export function createWordShaper(fonts: FontSet): ShapeWord {
  const cache = new Map<string, readonly number[]>();
  return (chars, faceKey, sizePt) => {
    const text = chars.join('');
    const key = `${faceKey}\u0000${text}`;
    let em = cache.get(key);
    if (!em) {
      const face = faceForKey(fonts, faceKey);
      const small = chars.every((ch) => inShapingFont(ch.codePointAt(0)!));
      const { font, upem } = hbFont(face.path, face.index ?? 0, small);
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer, NO_KERNING);
      // Clusters are UTF-16 offsets into text; map them to character indexes.
      const charAt = new Map<number, number>();
      let offset = 0;
      chars.forEach((ch, i) => {
        charAt.set(offset, i);
        offset += ch.length;
      });
      const advances = new Array<number>(chars.length).fill(0);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      infos.forEach((info, g) => {
        const i = charAt.get(info.cluster) ?? 0;
        advances[i]! += positions[g]!.xAdvance / upem;
      });
      em = advances;
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      cache.set(key, em);
    }
    return em.map((a) => a * sizePt);
  };
}

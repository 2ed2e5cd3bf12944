/**
 * File names from case ids, safe on Windows, macOS and Linux file systems:
 * - no path separators or characters Windows reserves (< > : " / \ | ? *) or controls: each becomes _;
 * - no invisible or format characters (Unicode Cf: the bidirectional controls U+202A–202E,
 *   U+2066–2069, U+200E/F, U+061C that can disguise an extension, zero-width characters, soft
 *   hyphens, BOM), no unassigned code points or lone surrogates: removed;
 * - NFC, white space collapsed, no leading or trailing dot or space, never a reserved device name
 *   (CON, PRN, AUX, NUL, COM0–9, LPT0–9, their superscript forms, CONIN$, CONOUT$);
 * - at most STEM_BYTES bytes of UTF-8, cut between characters (a whole emoji sequence kept or
 *   dropped), so the stem with `.kind.N.docx` stays far under the 255 bytes of a file name.
 * Chinese names are kept as they are.
 */
const RESERVED = /[<>:"/\\|?*\p{Cc}]/gu;
const INVISIBLE = /[\p{Cf}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/gu;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\s*\..*)?$/i;

/** Bytes of UTF-8 the stem may take (the rest of a 255-byte name is for `.kind.N.docx`). */
export const STEM_BYTES = 180;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The longest prefix of whole characters (grapheme clusters) within `max` bytes of UTF-8. */
export function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (used + size > max) break;
    out += segment;
    used += size;
  }
  return out;
}

/** Removes invisible characters, keeping a zero-width joiner inside an emoji sequence (👨‍👩‍👧). */
function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, (char, offset: number) => {
    if (char !== '\u200D') return '';
    const before = text.slice(Math.max(0, offset - 3), offset).replace(/\uFE0F$/, '');
    return /\p{Extended_Pictographic}$/u.test(before) && /^\p{Extended_Pictographic}/u.test(text.slice(offset + 1)) ? char : '';
  });
}

const trimDotsAndSpaces = (text: string): string => text.replace(/^[.\s]+|[.\s]+$/g, '');

export function safeFileStem(id: string): string {
  let stem = removeInvisible(id).normalize('NFC').replace(RESERVED, '_').replace(/\s+/g, ' ');
  stem = trimDotsAndSpaces(stem);
  if (stem === '' || stem === '_') stem = 'document';
  if (DEVICE.test(stem)) stem = `_${stem}`;
  stem = trimDotsAndSpaces(cutToBytes(stem, STEM_BYTES));
  return stem === '' ? 'document' : stem;
}

/** Gives every document of a run a distinct stem: the id, then id.kind, then id.kind.N. */
export class StemAllocator {
  private readonly used = new Set<string>();
  allocate(id: string, kind: string): string {
    const base = safeFileStem(id);
    const candidates = [base, `${base}.${kind}`];
    for (const candidate of candidates) {
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${base}.${kind}.${n}`;
      if (!this.used.has(candidate.toLowerCase())) {
        this.used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }
}

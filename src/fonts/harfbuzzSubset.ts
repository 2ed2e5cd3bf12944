/**
 * Subsetting with harfbuzz (harfbuzzjs's hb-subset build, called directly the way npm
 * `subset-font` does): the PDF's CFF subsets, and the layout subsets the word shaper shapes
 * with. The full font is copied into wasm memory ONCE and its hb_face kept, so each later
 * subset call only pays for the subsetting itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The slice of the WebAssembly global we use (tsconfig's lib has no DOM/wasm types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

interface HbSubsetExports {
  memory: { buffer: ArrayBuffer };
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, lengthPtr: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_keep_everything(input: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_GLYPH_INDEX = 0;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

/**
 * Tables we never need in a PDF: layout (positions come from our grid), vertical metrics,
 * hinting programs, embedded bitmaps (SimSun carries EBDT), colour and signatures.
 * Kept: cmap (read back for the glyph ids), the outlines, hmtx/hhea, head, maxp, name, OS/2, post.
 */
const DROPPED_TABLES = [
  'GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'STAT', 'meta', 'morx', 'kern',
  'vhea', 'vmtx', 'VORG', 'gasp', 'prep', 'fpgm', 'cvt ', 'hdmx', 'VDMX', 'LTSH', 'DSIG',
  'EBDT', 'EBLC', 'EBSC', 'CBDT', 'CBLC', 'sbix', 'COLR', 'CPAL', 'SVG ', 'PCLT',
];

let compiled: object | undefined;

/**
 * A fresh harfbuzz instance. The hb-subset build has a fixed 65 MB heap, too small for three
 * 15 MB CJK fonts plus their subsetting accelerators, so each font file gets its own
 * instance (the module is compiled once).
 */
function harfbuzzInstance(): HbSubsetExports {
  if (!compiled) {
    const require = createRequire(import.meta.url);
    compiled = new wasm.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  }
  const exports = new wasm.Instance(compiled, {}).exports as HbSubsetExports & { _initialize?: () => void };
  exports._initialize?.();
  return exports;
}

function tag(name: string): number {
  return (
    ((name.charCodeAt(0) << 24) | (name.charCodeAt(1) << 16) | (name.charCodeAt(2) << 8) | name.charCodeAt(3)) >>> 0
  );
}

/** A full font held in harfbuzz, ready to be subset any number of times. */
export interface Subsetter {
  subset(codePoints: Iterable<number>): Uint8Array;
}

/** Copies `bytes` into a fresh harfbuzz instance and opens face `index` there. */
function loadFace(bytes: Uint8Array, index: number, h = harfbuzzInstance()): { h: HbSubsetExports; face: number; ptr: number } {
  const ptr = h.malloc(bytes.byteLength);
  if (ptr === 0) throw new Error(`harfbuzz: no memory for a ${bytes.byteLength}-byte font`);
  new Uint8Array(h.memory.buffer, ptr, bytes.byteLength).set(bytes);
  const blob = h.hb_blob_create(ptr, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = h.hb_face_create(blob, index);
  h.hb_blob_destroy(blob);
  return { h, face, ptr };
}

/** The bytes of a subset result face, copied out of wasm memory. */
function resultBytes(h: HbSubsetExports, result: number): Uint8Array {
  const resultBlob = h.hb_face_reference_blob(result);
  try {
    const dataPtr = h.hb_blob_get_data(resultBlob, 0);
    const length = h.hb_blob_get_length(resultBlob);
    // Copy out: the wasm heap may grow (and move) on the next call.
    return new Uint8Array(h.memory.buffer, dataPtr, length).slice();
  } finally {
    h.hb_blob_destroy(resultBlob);
    h.hb_face_destroy(result);
  }
}

/**
 * A subset that keeps everything of the font (layout tables with all features and scripts,
 * metrics, names) for these code points only: the small font the word shaper shapes with
 * (shapingFont.ts), giving the same advances as the full font for text within them. One-off:
 * the harfbuzz instance is dropped afterwards.
 */
export function layoutSubset(bytes: Uint8Array, index: number, codePoints: Iterable<number>): Uint8Array {
  const { h, face } = loadFace(bytes, index);
  const input = h.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
  try {
    h.hb_subset_input_keep_everything(input);
    // keep_everything keeps every code point and glyph: narrow both to ours.
    h.hb_set_clear(h.hb_subset_input_set(input, HB_SUBSET_SETS_GLYPH_INDEX));
    const unicodes = h.hb_subset_input_unicode_set(input);
    h.hb_set_clear(unicodes);
    for (const cp of codePoints) h.hb_set_add(unicodes, cp);
    const result = h.hb_subset_or_fail(face, input);
    if (result === 0) throw new Error('harfbuzz: hb_subset_or_fail failed');
    return resultBytes(h, result);
  } finally {
    h.hb_subset_input_destroy(input);
    h.hb_face_destroy(face);
  }
}

/**
 * Loads `bytes` (face `index` of a collection) into harfbuzz once, for any number of subsets.
 * The PDF writer subsets CFF faces here; TrueType faces are cut without harfbuzz (glyfSubset.ts).
 */
export function createSubsetter(bytes: Uint8Array, index = 0): Subsetter {
  // The copy stays in wasm memory while the face refers to it, and the face stays alive:
  // harfbuzz loads each table once and later subsets reuse it.
  // (hb_subset_preprocess would save ~0.7 ms a subset but costs ~0.3–1 s per CJK font up
  // front, mostly closing over GSUB, which we drop anyway: a bad trade for a CLI run.)
  const { h, face } = loadFace(bytes, index);
  return {
    subset(codePoints: Iterable<number>): Uint8Array {
      const input = h.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error('harfbuzz: hb_subset_input_create_or_fail failed');
      try {
        const unicodes = h.hb_subset_input_unicode_set(input);
        for (const cp of codePoints) h.hb_set_add(unicodes, cp);
        const drop = h.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const name of DROPPED_TABLES) h.hb_set_add(drop, tag(name));
        h.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
        const result = h.hb_subset_or_fail(face, input);
        if (result === 0) throw new Error('harfbuzz: hb_subset_or_fail failed');
        return resultBytes(h, result);
      } finally {
        h.hb_subset_input_destroy(input);
      }
    },
  };
}

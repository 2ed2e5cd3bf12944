/**
 * The batch's main thread resolves the font set once and hands worker threads what that read:
 * the font files in shared memory, fontconfig's listing and the faces' shaping subsets
 * (sharedFonts.ts, shapingFont.ts). Only a head start: a failure here is left for the workers,
 * which meet it again when they resolve the fonts and report it as before.
 */
import { loadFontSet, type LoadFontSetOptions } from './loadFontSet.ts';
import { FONT_ROLES } from './roles.ts';
import { adoptShapingFonts, madeShapingFonts, shapingFontBytes } from './shapingFont.ts';
import { adoptSharedSfnts, sharedSfnts, type SharedFonts } from './sharedFonts.ts';
import { adoptFontconfigFaces, fontconfigFaces } from './systemFonts.ts';
import { openFontFile } from './fontFile.ts';

export async function preloadFonts(options: LoadFontSetOptions): Promise<SharedFonts> {
  try {
    const set = await loadFontSet(options);
    for (const role of FONT_ROLES) {
      const face = set.faces[role];
      shapingFontBytes(face.path, face.index ?? 0, () => openFontFile(face.path, face.index ?? 0).bytes);
    }
  } catch {
    // The workers report it.
  }
  return {
    files: sharedSfnts(),
    shaping: madeShapingFonts(),
    ...(options.systemFonts !== false ? { fontconfig: fontconfigFaces() } : {}),
  };
}

/** In a worker: takes over what the main thread read. */
export function adoptFonts(fonts: SharedFonts): void {
  adoptSharedSfnts(fonts.files);
  adoptShapingFonts(fonts.shaping);
  if (fonts.fontconfig) adoptFontconfigFaces(fonts.fontconfig);
}

export { describeFonts } from './describeFonts.ts';
export { loadFontSet, resolveFontSet, faceForKey, type LoadFontSetOptions, type LoadedFontSet } from './loadFontSet.ts';
export { createMeasureChar, createFaceFinder, MissingGlyphError, describeChar } from './measureChar.ts';
export { readFontConfig, parseFontOverrides, CONFIG_FILE, type FontPaths } from './fontConfig.ts';
export { FONT_ROLES, roleNameZh, officeFamilies, packageFonts } from './roles.ts';
export type { FontSet, ResolvedFace } from './types.ts';

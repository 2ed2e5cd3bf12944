/**
 * Resolves one face per role, in this order: fonts named in gongwen.config.json or passed
 * as overrides (CLI --font role=path); the user's installed office fonts; the open fonts
 * of the npm packages. Each substitution is reported once, in Chinese, in `substitutions`.
 */
import { existsSync } from 'node:fs';
import { FontError } from '../errors.ts';
import type { FontRole } from '../model/types.ts';
import { readFontConfig, type FontPaths } from './fontConfig.ts';
import { openFontFile, type FontFile } from './fontFile.ts';
import { packageFontPath } from './packageFonts.ts';
import { FONT_ROLES, officeFamilies, packageFonts, roleNameZh } from './roles.ts';
import { findSystemFont, systemFontDirs } from './systemFonts.ts';
import type { FontSet, ResolvedFace } from './types.ts';

export interface LoadFontSetOptions {
  /** Path of the config file (default ./gongwen.config.json; a missing file is fine). */
  config?: string;
  /** Role → font file, winning over the config file (CLI --font role=path). */
  overrides?: FontPaths;
  /** Look for installed office fonts (default true; tests turn it off for reproducible output). */
  systemFonts?: boolean;
  /** Folders to scan instead of the platform's usual ones. */
  systemDirs?: string[];
  /** Extra font files tried, after every role's face, for characters none of them has. */
  fallbacks?: string[];
}

/** A FontSet that also says, per role, where its face came from (for `gongwen fonts`). */
export interface LoadedFontSet extends FontSet {
  faces: Record<FontRole, ResolvedFace>;
  extras: ResolvedFace[];
}

const loaded = new Map<string, Promise<LoadedFontSet>>();

/** Loads (once per process for the same options) the font set. */
export function loadFontSet(options: LoadFontSetOptions = {}): Promise<LoadedFontSet> {
  const key = JSON.stringify([options.config, options.overrides, options.systemFonts, options.systemDirs, options.fallbacks]);
  let set = loaded.get(key);
  if (!set) {
    set = Promise.resolve().then(() => resolveFontSet(options));
    loaded.set(key, set);
    set.catch(() => loaded.delete(key));
  }
  return set;
}

export function resolveFontSet(options: LoadFontSetOptions = {}): LoadedFontSet {
  const configured: FontPaths = { ...readFontConfig(options.config), ...(options.overrides ?? {}) };
  const substitutions: string[] = [];
  const faces = {} as Record<FontRole, ResolvedFace>;

  for (const role of FONT_ROLES) {
    const path = configured[role];
    if (path !== undefined) {
      faces[role] = configuredFace(role, path);
      continue;
    }
    const system = options.systemFonts === false ? undefined : findSystemFont(role, options.systemDirs ?? systemFontDirs());
    if (system) {
      faces[role] = makeFace(role, system.family, 'system', openFontFile(system.path, system.index));
      continue;
    }
    const open = packageFonts[role];
    faces[role] = makeFace(role, open.family, 'package', openFontFile(packageFontPath(open)));
    const office = officeFamilies[role].find((name) => name !== roleNameZh[role]) ?? roleNameZh[role];
    substitutions.push(`${roleNameZh[role]}（${office}）未找到，改用 ${open.family}`);
  }

  const extras = (options.fallbacks ?? []).map((path) => configuredFace('songti', path));
  const chains = new Map<FontRole, ResolvedFace[]>();
  for (const role of FONT_ROLES) {
    const chain: ResolvedFace[] = [];
    const seen = new Set<string>();
    for (const face of [faces[role], ...FONT_ROLES.map((other) => faces[other]), ...extras]) {
      const id = `${face.path}#${face.index ?? 0}`;
      if (seen.has(id)) continue;
      seen.add(id);
      chain.push(face);
    }
    chains.set(role, chain);
  }

  return {
    faces,
    extras,
    substitutions,
    chain(role: FontRole): ResolvedFace[] {
      const chain = chains.get(role);
      if (!chain) throw new FontError({ zh: `未知的字体角色：${String(role)}`, en: `unknown font role: ${String(role)}` });
      return chain;
    },
  };
}

function configuredFace(role: FontRole, path: string): ResolvedFace {
  if (!existsSync(path)) {
    throw new FontError({
      zh: `${roleNameZh[role]}字体文件不存在：${path}`,
      en: `font file for ${role} does not exist: ${path}`,
    });
  }
  const file = openFontFile(path, 0);
  if (!file.trueType) {
    throw new FontError({
      zh: `${path}：只支持 TrueType 轮廓（glyf）的字体，此字体为 CFF/OpenType`,
      en: `${path}: only TrueType-outline (glyf) fonts are supported, this one is CFF/OpenType`,
    });
  }
  return makeFace(role, file.families[0] ?? file.postscriptName, 'config', file);
}

function makeFace(role: FontRole, family: string, origin: ResolvedFace['origin'], file: FontFile): ResolvedFace {
  return {
    role,
    family,
    origin,
    path: file.path,
    index: file.index,
    unitsPerEm: file.unitsPerEm,
    ascender: file.ascender,
    descender: file.descender,
    hasGlyph: file.hasGlyph,
    advance: file.advance,
    inkBox: file.inkBox,
    subset: file.subset,
  };
}

/** The face a layout faceKey ('fangsong:1') names. */
export function faceForKey(set: FontSet, faceKey: string): ResolvedFace {
  const colon = faceKey.lastIndexOf(':');
  const face = set.chain(faceKey.slice(0, colon) as FontRole)[Number(faceKey.slice(colon + 1))];
  if (!face) throw new FontError({ zh: `未知的字体键：${faceKey}`, en: `unknown face key: ${faceKey}` });
  return face;
}

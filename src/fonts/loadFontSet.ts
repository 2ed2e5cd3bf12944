/**
 * Resolves one face per role, in this order: fonts named in gongwen.config.json or passed
 * as overrides (CLI --font role=path); the user's installed office fonts; a real face of the
 * role's style installed on the system (FandolFang for 仿宋); the open fonts of the npm
 * packages (LXGW WenKai for 楷体, Noto for the rest). Each substitution is reported once, with
 * what to install, in `notices` (Chinese and English) and, in Chinese, in `substitutions`.
 * A character no face of a role's chain has is then looked up among all installed fonts.
 */
import { existsSync } from 'node:fs';
import { FontError } from '../errors.ts';
import type { FontRole } from '../model/types.ts';
import { readFontConfig, type FontPaths } from './fontConfig.ts';
import { openFontFile, type FontFile } from './fontFile.ts';
import { packageFontPath } from './packageFonts.ts';
import { FONT_ROLES, installHints, officeFamilies, packageFonts, roleNameZh } from './roles.ts';
import { facesCovering, findStyleFont, findSystemFont, systemFontDirs, texLiveFontDirs } from './systemFonts.ts';
import type { FontSet, ResolvedFace } from './types.ts';

export interface LoadFontSetOptions {
  /** Path of the config file (default ./gongwen.config.json; a missing file is fine). */
  config?: string;
  /** Role → font file, winning over the config file (CLI --font role=path). */
  overrides?: FontPaths;
  /**
   * Look at installed fonts (default true): office fonts, real faces of a role's style, and
   * fonts covering characters no role face has. false = package fonts only (reproducible
   * output in tests: 楷体 LXGW WenKai, 仿宋 Noto Serif SC).
   */
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
  /** Each substitution and what to install instead, in both languages. */
  notices: FontNotice[];
}

export interface FontNotice {
  role: FontRole;
  zh: string;
  en: string;
  /** What to install for the office face (both languages). */
  install: { zh: string; en: string };
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
  const notices: FontNotice[] = [];
  const faces = {} as Record<FontRole, ResolvedFace>;
  const useSystem = options.systemFonts !== false;

  for (const role of FONT_ROLES) {
    const path = configured[role];
    if (path !== undefined) {
      faces[role] = configuredFace(role, path);
      continue;
    }
    const system = useSystem ? findSystemFont(role, options.systemDirs ?? systemFontDirs()) : undefined;
    if (system) {
      faces[role] = makeFace(role, system.family, 'system', openFontFile(system.path, system.index));
      continue;
    }
    const office = officeFamilies[role].find((name) => name !== roleNameZh[role]) ?? roleNameZh[role];
    const style = useSystem ? findStyleFont(role, [...(options.systemDirs ?? systemFontDirs()), ...texLiveFontDirs()]) : undefined;
    if (style) {
      faces[role] = makeFace(role, style.family, 'system', openFontFile(style.path, style.index));
      notices.push({
        role,
        zh: `${roleNameZh[role]}（${office}）未找到，改用系统中的 ${style.family}（${style.path}）`,
        en: `${role} (${office}) not found, using the installed ${style.family} (${style.path})`,
        install: installHints[role],
      });
      continue;
    }
    const open = packageFonts[role];
    faces[role] = makeFace(role, open.family, 'package', openFontFile(packageFontPath(open)), open.licence);
    notices.push({
      role,
      zh: `${roleNameZh[role]}（${office}）未找到，改用 ${open.family}`,
      en: `${role} (${office}) not found, using ${open.family}`,
      install: installHints[role],
    });
  }
  const substitutions = notices.map((n) => n.zh);

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

  const chainOf = (role: FontRole): ResolvedFace[] => {
    const chain = chains.get(role);
    if (!chain) throw new FontError({ zh: `未知的字体角色：${String(role)}`, en: `unknown font role: ${String(role)}` });
    return chain;
  };

  return {
    faces,
    extras,
    substitutions,
    notices,
    chain: chainOf,
    coverFallback(role: FontRole, codePoint: number): number | undefined {
      if (!useSystem) return undefined;
      const chain = chainOf(role);
      for (const candidate of facesCovering(codePoint, role === 'heiti' ? 'Sans' : 'Serif', options.systemDirs ?? systemFontDirs())) {
        const id = `${candidate.path}#${candidate.index}`;
        const known = chain.findIndex((face) => `${face.path}#${face.index ?? 0}` === id);
        if (known >= 0) {
          if (chain[known]!.hasGlyph(codePoint)) return known;
          continue;
        }
        let file: FontFile;
        try {
          file = openFontFile(candidate.path, candidate.index);
        } catch {
          continue; // unreadable or unsupported (CFF2, WOFF2): the next one
        }
        if (!file.hasGlyph(codePoint)) continue;
        chain.push(makeFace(role, candidate.family, 'system', file));
        return chain.length - 1;
      }
      return undefined;
    },
  };
}

function configuredFace(role: FontRole, named: string): ResolvedFace {
  // 'fonts.ttc#2' names face 2 of a collection (a file literally named so wins).
  const hash = /^(.*)#(\d+)$/.exec(named);
  const [path, index] = hash && !existsSync(named) ? [hash[1]!, Number(hash[2])] : [named, 0];
  if (!existsSync(path)) {
    throw new FontError({
      zh: `${roleNameZh[role]}字体文件不存在：${path}`,
      en: `font file for ${role} does not exist: ${path}`,
    });
  }
  const file = openFontFile(path, index);
  return makeFace(role, file.families[0] ?? file.postscriptName, 'config', file);
}

function makeFace(role: FontRole, family: string, origin: ResolvedFace['origin'], file: FontFile, licence?: string): ResolvedFace {
  return {
    role,
    family,
    origin,
    path: file.path,
    index: file.index,
    outlines: file.outlines,
    ...(file.sfntPath ? { sfntPath: file.sfntPath } : {}),
    licence: licence ?? file.licence.url ?? file.licence.description ?? '',
    unitsPerEm: file.unitsPerEm,
    ascender: file.ascender,
    descender: file.descender,
    hasGlyph: file.hasGlyph,
    advance: file.advance,
    inkBox: file.inkBox,
    subset: file.subset,
    ...(file.glyfSubset ? { glyfSubset: file.glyfSubset } : {}),
  };
}

/** The face a layout faceKey ('fangsong:1') names. */
export function faceForKey(set: FontSet, faceKey: string): ResolvedFace {
  const colon = faceKey.lastIndexOf(':');
  const face = set.chain(faceKey.slice(0, colon) as FontRole)[Number(faceKey.slice(colon + 1))];
  if (!face) throw new FontError({ zh: `未知的字体键：${faceKey}`, en: `unknown face key: ${faceKey}` });
  return face;
}

/**
 * Finds the office fonts installed on the user's system by exact family name: through
 * fontconfig (`fc-list`, Linux and some macOS setups) and by scanning the usual Windows,
 * macOS and Linux font folders for the files these fonts ship as. fontconfig's fc-match
 * always answers with *some* font, so only an exact family match is accepted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { FontRole } from '../model/types.ts';
import { openFontFile } from './fontFile.ts';
import { officeFamilies, officeFileNames, styleFamilies, styleFileNames } from './roles.ts';

export interface SystemFont {
  family: string;
  path: string;
  index: number;
}

/** The folders fonts are installed in, per platform. */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, home = homedir()): string[] {
  if (platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    const local = process.env.LOCALAPPDATA;
    return [join(windir, 'Fonts'), ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (platform === 'darwin') {
    return ['/Library/Fonts', join(home, 'Library/Fonts'), '/System/Library/Fonts', '/System/Library/Fonts/Supplemental'];
  }
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(home, '.local/share/fonts')];
}

/**
 * TeX Live's fandol folder (Debian's texlive-lang-chinese, a TeX Live install under
 * /usr/local/texlive/YEAR on Linux and macOS, C:\texlive\YEAR on Windows); fontconfig does
 * not list TeX Live's fonts by default.
 */
export function texLiveFontDirs(platform: NodeJS.Platform = process.platform): string[] {
  const tail = ['texmf-dist', 'fonts', 'opentype', 'public', 'fandol'];
  const roots = platform === 'win32' ? ['C:\\texlive'] : ['/usr/local/texlive'];
  const dirs = platform === 'win32' ? [] : [join('/usr/share/texlive', ...tail)];
  for (const root of roots) {
    let years: string[] = [];
    try {
      years = readdirSync(root).filter((name) => /^\d{4}$/.test(name)).sort().reverse();
    } catch {
      // no TeX Live there
    }
    for (const year of years) dirs.push(join(root, year, ...tail));
  }
  return dirs;
}

interface FcEntry {
  families: string[];
  path: string;
  index: number;
}

/** Faces fontconfig lists for a pattern (`fc-list PATTERN`); none when fontconfig is absent. */
function fcList(pattern: string[]): FcEntry[] {
  const entries: FcEntry[] = [];
  try {
    const out = execFileSync('fc-list', [...pattern, '-f', '%{family}\t%{file}\t%{index}\n'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    for (const line of out.split('\n')) {
      const [families, path, index] = line.split('\t');
      if (!families || !path) continue;
      entries.push({ families: families.split(','), path, index: Number(index) || 0 });
    }
  } catch {
    // No fontconfig (or it failed): the callers' folder scans still run.
  }
  return entries;
}

let fcEntries: FcEntry[] | undefined;

/** Every installed face as fontconfig lists it (empty when fontconfig is absent). */
export function fontconfigFaces(): FcEntry[] {
  if (fcEntries) return fcEntries;
  // No fontconfig: fcList gives none and the folder scan still runs.
  fcEntries = fcList([]);
  return fcEntries;
}

/** Takes the listing another thread made (sharedFonts.ts), so this one runs no fc-list. */
export function adoptFontconfigFaces(entries: FcEntry[]): void {
  fcEntries ??= entries;
}

/** Candidate files in the font folders whose names are among `fileNames` (lower case). */
function scanFolders(fileNames: readonly string[], dirs: string[]): string[] {
  const wanted = new Set(fileNames);
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      if (wanted.has(name.toLowerCase())) found.push(full);
      else if (depth > 0 && !name.includes('.')) {
        try {
          if (statSync(full).isDirectory()) walk(full, depth - 1);
        } catch {
          // unreadable entry: skip
        }
      }
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir, 3);
  return found;
}

/**
 * The first office font of `role` installed on this system, or undefined. TrueType and CFF
 * faces both count; the system's Noto CJK collections never match an office family name.
 */
export function findSystemFont(role: FontRole, dirs: string[] = systemFontDirs()): SystemFont | undefined {
  return findByFamily(officeFamilies[role], officeFileNames[role], dirs);
}

/** A real face of the role's style that is not the office font (FandolFang for 仿宋), or undefined. */
export function findStyleFont(role: FontRole, dirs: string[] = [...systemFontDirs(), ...texLiveFontDirs()]): SystemFont | undefined {
  if (styleFamilies[role].length === 0) return undefined;
  return findByFamily(styleFamilies[role], styleFileNames[role], dirs);
}

function findByFamily(families: readonly string[], fileNames: readonly string[], dirs: string[]): SystemFont | undefined {
  const faces = fontconfigFaces();
  for (const family of families) {
    for (const entry of faces) {
      if (!entry.families.includes(family)) continue;
      if (safeOpen(entry.path, entry.index)) return { family, path: entry.path, index: entry.index };
    }
  }
  for (const path of scanFolders(fileNames, dirs)) {
    for (let index = 0; index < 4; index++) {
      const face = safeOpen(path, index);
      if (!face) break;
      const family = families.find((name) => face.families.includes(name));
      if (family) return { family, path, index };
    }
  }
  return undefined;
}

/** Windows' fonts for the CJK extension planes (SimSun-ExtB, MingLiU-ExtB), tried where fontconfig is absent. */
const extensionFileNames = ['simsunb.ttf', 'mingliub.ttc', 'simsunextg.ttf'];

const coverage = new Map<number, SystemFont[]>();

/**
 * Installed faces that have a glyph for `codePoint`, best first: fontconfig's charset query
 * (`fc-list ':charset=20bb7'`), then Windows' Ext-B fonts in the font folders. Faces whose
 * family says Simplified Chinese come first; `prefer` (e.g. 'Serif', 'Sans') moves faces
 * whose family contains it ahead within each group; regular weights before bold ones.
 */
export function facesCovering(codePoint: number, prefer?: string, dirs: string[] = systemFontDirs()): SystemFont[] {
  let found = coverage.get(codePoint);
  if (!found) {
    found = fcList([`:charset=${codePoint.toString(16)}`]).map((e) => ({ family: e.families[0]!, path: e.path, index: e.index }));
    for (const path of scanFolders(extensionFileNames, dirs)) {
      const face = safeOpen(path, 0);
      if (face?.hasGlyph(codePoint)) found.push({ family: face.families[0] ?? face.postscriptName, path, index: 0 });
    }
    coverage.set(codePoint, found);
  }
  // Deterministic on every machine: simplified Chinese, preferred style, regular weight, path.
  const rank = (f: SystemFont): number =>
    (/\bSC\b|GB|简/.test(f.family) ? 0 : 4) + (prefer && f.family.includes(prefer) ? 0 : 2) + (/bold|black|heavy/i.test(f.path) ? 1 : 0);
  return found
    .map((face) => ({ face }))
    .sort((a, b) => rank(a.face) - rank(b.face) || a.face.path.localeCompare(b.face.path) || a.face.index - b.face.index)
    .map(({ face }) => face);
}

function safeOpen(path: string, index: number): ReturnType<typeof openFontFile> | undefined {
  try {
    return openFontFile(path, index);
  } catch {
    return undefined;
  }
}

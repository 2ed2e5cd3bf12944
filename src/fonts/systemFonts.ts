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
import { officeFamilies, officeFileNames } from './roles.ts';

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

interface FcEntry {
  families: string[];
  path: string;
  index: number;
}

let fcEntries: FcEntry[] | undefined;

/** Every installed face as fontconfig lists it (empty when fontconfig is absent). */
function fontconfigFaces(): FcEntry[] {
  if (fcEntries) return fcEntries;
  fcEntries = [];
  try {
    const out = execFileSync('fc-list', ['-f', '%{family}\t%{file}\t%{index}\n'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    for (const line of out.split('\n')) {
      const [families, path, index] = line.split('\t');
      if (!families || !path) continue;
      fcEntries.push({ families: families.split(','), path, index: Number(index) || 0 });
    }
  } catch {
    // No fontconfig: the folder scan below still runs.
  }
  return fcEntries;
}

/** Candidate files in the font folders whose names match the role's known file names. */
function scanFolders(role: FontRole, dirs: string[]): string[] {
  const wanted = new Set(officeFileNames[role]);
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
 * The first office font of `role` installed on this system, or undefined. Only TrueType
 * (glyf) faces count: CFF collections such as the system's Noto CJK are never used here.
 */
export function findSystemFont(role: FontRole, dirs: string[] = systemFontDirs()): SystemFont | undefined {
  const families = officeFamilies[role];
  const faces = fontconfigFaces();
  for (const family of families) {
    for (const entry of faces) {
      if (!entry.families.includes(family)) continue;
      const usable = usableFace(entry.path, entry.index);
      if (usable) return { family, path: entry.path, index: entry.index };
    }
  }
  for (const path of scanFolders(role, dirs)) {
    for (let index = 0; index < 4; index++) {
      const face = safeOpen(path, index);
      if (!face) break;
      const family = families.find((name) => face.families.includes(name));
      if (family && face.trueType) return { family, path, index };
    }
  }
  return undefined;
}

function usableFace(path: string, index: number): boolean {
  return safeOpen(path, index)?.trueType ?? false;
}

function safeOpen(path: string, index: number): ReturnType<typeof openFontFile> | undefined {
  try {
    return openFontFile(path, index);
  } catch {
    return undefined;
  }
}

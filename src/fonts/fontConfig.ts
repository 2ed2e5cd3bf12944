/**
 * Reads the `fonts` section of gongwen.config.json: `{ "fonts": { "fangsong": "/path/x.ttf" } }`.
 * Relative paths are taken from the config file's folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FontError } from '../errors.ts';
import type { FontRole } from '../model/types.ts';
import { FONT_ROLES } from './roles.ts';

export type FontPaths = Partial<Record<FontRole, string>>;

export const CONFIG_FILE = 'gongwen.config.json';

/** Font paths named in the config file; {} when the file does not exist. */
export function readFontConfig(configPath: string = resolve(process.cwd(), CONFIG_FILE)): FontPaths {
  if (!existsSync(configPath)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (cause) {
    throw new FontError(
      { zh: `${configPath}：配置文件不是有效的 JSON（${String(cause)}）`, en: `${configPath}: config file is not valid JSON (${String(cause)})` },
      { cause },
    );
  }
  const fonts = (parsed as { fonts?: unknown } | null)?.fonts;
  if (fonts === undefined) return {};
  if (typeof fonts !== 'object' || fonts === null) {
    throw new FontError({ zh: `${configPath}：fonts 应为对象`, en: `${configPath}: "fonts" must be an object` });
  }
  const result: FontPaths = {};
  for (const [role, path] of Object.entries(fonts)) {
    if (!(FONT_ROLES as readonly string[]).includes(role)) {
      throw new FontError({
        zh: `${configPath}：fonts.${role} 不是字体角色（应为 ${FONT_ROLES.join('、')}）`,
        en: `${configPath}: fonts.${role} is not a font role (expected ${FONT_ROLES.join(', ')})`,
      });
    }
    if (typeof path !== 'string' || path === '') {
      throw new FontError({ zh: `${configPath}：fonts.${role} 应为字体文件路径`, en: `${configPath}: fonts.${role} must be a font file path` });
    }
    result[role as FontRole] = resolve(dirname(configPath), path);
  }
  return result;
}

/** Parses `--font role=path` values into font paths (relative to the working directory). */
export function parseFontOverrides(values: readonly string[]): FontPaths {
  const result: FontPaths = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const role = value.slice(0, eq);
    if (eq <= 0 || !(FONT_ROLES as readonly string[]).includes(role)) {
      throw new FontError({
        zh: `--font ${value}：应为 角色=路径，角色为 ${FONT_ROLES.join('、')}`,
        en: `--font ${value}: expected role=path with role one of ${FONT_ROLES.join(', ')}`,
      });
    }
    result[role as FontRole] = resolve(value.slice(eq + 1));
  }
  return result;
}

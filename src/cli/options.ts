/** Parsing of option values shared by several commands. */
import { InvalidArgumentError } from 'commander';
import type { FontRole } from '../model/types.ts';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/outputFormats.ts';

export function parseFormats(value: string): OutputFormat[] {
  const formats = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  for (const format of formats) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
      throw new InvalidArgumentError(`未知格式 ${format}（可选：${OUTPUT_FORMATS.join('、')}） / unknown format`);
    }
  }
  if (formats.length === 0) throw new InvalidArgumentError('至少指定一种格式 / no format given');
  return [...new Set(formats)] as OutputFormat[];
}

const FONT_ROLES: readonly FontRole[] = ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'];

/** --font role=path, repeatable. */
export function collectFont(value: string, previous: Partial<Record<FontRole, string>> = {}): Partial<Record<FontRole, string>> {
  const match = /^([a-z]+)=(.+)$/.exec(value);
  const role = match?.[1] as FontRole | undefined;
  if (!match || !role || !FONT_ROLES.includes(role)) {
    throw new InvalidArgumentError(`应为 角色=路径，角色为 ${FONT_ROLES.join('、')} / expected role=path`);
  }
  return { ...previous, [role]: match[2] };
}

export function parseLang(value: string): 'zh' | 'en' {
  if (value !== 'zh' && value !== 'en') throw new InvalidArgumentError('应为 zh 或 en / expected zh or en');
  return value;
}

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('应为正整数 / expected a positive integer');
  return n;
}

/** --port: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('应为 0 至 65535 的端口号 / expected a port 0-65535');
  return port;
}

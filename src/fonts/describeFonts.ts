/** The font resolution table that `gongwen fonts` prints (text or JSON). */
import type { LoadedFontSet } from './loadFontSet.ts';
import { FONT_ROLES, roleNameZh } from './roles.ts';

const originZh = { config: '配置', system: '系统', package: '内置' } as const;

export function describeFonts(set: LoadedFontSet, options: { json?: boolean } = {}): string {
  const rows = FONT_ROLES.map((role) => {
    const face = set.faces[role];
    return { role, name: roleNameZh[role], family: face.family, origin: face.origin, path: face.path, index: face.index ?? 0 };
  });
  const extras = set.extras.map((face) => ({ family: face.family, path: face.path }));
  if (options.json) return JSON.stringify({ roles: rows, fallbacks: extras, substitutions: set.substitutions }, null, 2);
  const lines = ['角色\t字体\t来源\t文件'];
  for (const r of rows) lines.push(`${r.name}\t${r.family}\t${originZh[r.origin]}\t${r.path}${r.index ? `#${r.index}` : ''}`);
  for (const e of extras) lines.push(`后备\t${e.family}\t配置\t${e.path}`);
  for (const s of set.substitutions) lines.push(`注意：${s}`);
  return lines.join('\n');
}

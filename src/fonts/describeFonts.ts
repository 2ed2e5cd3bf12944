/** The font resolution table that `gongwen fonts` prints (text or JSON), in Chinese or English. */
import type { Lang } from '../errors.ts';
import type { LoadedFontSet } from './loadFontSet.ts';
import { FONT_ROLES, roleNameZh } from './roles.ts';

const originName = {
  zh: { config: '配置', system: '系统', package: '内置' },
  en: { config: 'config', system: 'system', package: 'package' },
} as const;

export function describeFonts(set: LoadedFontSet, options: { json?: boolean; lang?: Lang } = {}): string {
  const lang = options.lang ?? 'zh';
  const rows = FONT_ROLES.map((role) => {
    const face = set.faces[role];
    const notice = set.notices.find((n) => n.role === role);
    return {
      role,
      name: roleNameZh[role],
      family: face.family,
      origin: face.origin,
      path: face.path,
      index: face.index ?? 0,
      outlines: face.outlines,
      ...(face.sfntPath && face.sfntPath !== face.path ? { sfntPath: face.sfntPath } : {}),
      licence: face.licence,
      ...(notice ? { install: notice.install[lang] } : {}),
    };
  });
  const extras = set.extras.map((face) => ({ family: face.family, path: face.path, licence: face.licence }));
  if (options.json) {
    return JSON.stringify({ roles: rows, fallbacks: extras, substitutions: set.notices.map((n) => n[lang]) }, null, 2);
  }
  const en = lang === 'en';
  const lines = [en ? 'role\tface\torigin\tfile\tlicence' : '角色\t字体\t来源\t文件\t许可'];
  const none = en ? '(not stated)' : '（未注明）';
  for (const r of rows) {
    lines.push(`${en ? r.role : r.name}\t${r.family}\t${originName[lang][r.origin]}\t${r.path}${r.index ? `#${r.index}` : ''}\t${r.licence || none}`);
  }
  for (const e of extras) lines.push(`${en ? 'fallback' : '后备'}\t${e.family}\t${originName[lang].config}\t${e.path}\t${e.licence || none}`);
  for (const n of set.notices) {
    lines.push(en ? `note: ${n.en}; to use the office face: ${n.install.en}` : `注意：${n.zh}；如需公文字体：${n.install.zh}`);
  }
  return lines.join('\n');
}

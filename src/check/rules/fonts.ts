/**
 * font.embedded: every font's program is embedded (FontFile/FontFile2/FontFile3, or a
 * Type3 font) — an unembedded font prints with whatever the reader substitutes.
 * font.subset: embedded fonts should be subsets (ABCDEF+ tag): a warning, since a full
 * CJK font only makes the file large.
 */
import type { Finding } from '../types.ts';
import type { Rule } from './context.ts';

export const checkFonts: Rule = ({ geometry }) => {
  const out: Finding[] = [];
  if (geometry.fontsError) {
    out.push({
      severity: 'warning',
      rule: 'font.embedded',
      message: {
        zh: `无法读取字体字典，未检查字体嵌入：${geometry.fontsError}`,
        en: `could not read the font dictionaries, embedding not checked: ${geometry.fontsError}`,
      },
    });
  }
  for (const f of geometry.fonts) {
    const page = f.pages[0];
    const at = page !== undefined ? { page } : {};
    if (!f.embedded) {
      out.push({
        severity: 'error',
        rule: 'font.embedded',
        ...at,
        message: { zh: `字体 ${f.baseFont}（${f.subtype}）未嵌入`, en: `font ${f.baseFont} (${f.subtype}) is not embedded` },
        measured: f.baseFont,
      });
    } else if (!f.subset && f.subtype !== 'Type3') {
      out.push({
        severity: 'warning',
        rule: 'font.subset',
        ...at,
        message: {
          zh: `字体 ${f.baseFont} 已嵌入但不是子集（名称无ABCDEF+前缀）`,
          en: `font ${f.baseFont} is embedded but not as a subset (no ABCDEF+ tag)`,
        },
        measured: f.baseFont,
      });
    }
  }
  return out;
};

/** gongwen fonts: which font file serves each role, and every substitution made. */
import { describeFonts } from '../../fonts/describeFonts.ts';
import { loadFontSet } from '../../fonts/loadFontSet.ts';
import type { Lang } from '../../errors.ts';
import type { FontRole } from '../../model/types.ts';

export async function runFonts(options: { font?: Partial<Record<FontRole, string>>; fontConfig?: string; json: boolean; lang?: Lang }): Promise<number> {
  const fonts = await loadFontSet({
    ...(options.fontConfig ? { config: options.fontConfig } : {}),
    ...(options.font ? { overrides: options.font } : {}),
  });
  process.stdout.write(`${describeFonts(fonts, { json: options.json, lang: options.lang ?? 'zh' })}\n`);
  return 0;
}

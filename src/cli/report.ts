/** How the CLI prints errors: the user's language, the file and field named, no stack for user errors. */
import { GongwenError, type Lang } from '../errors.ts';

export function describeError(error: unknown, lang: Lang): string {
  if (error instanceof GongwenError) return error.describe(lang);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return lang === 'zh' ? `内部错误：${detail}` : `internal error: ${detail}`;
}

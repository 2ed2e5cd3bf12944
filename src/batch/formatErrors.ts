/** errors.txt: every failed item, where it is (file, row, column, JSON pointer) and what is wrong. */
import type { Manifest } from './types.ts';

export function formatErrors(manifest: Pick<Manifest, 'summary' | 'items'>, lang: 'zh' | 'en'): string {
  const failed = manifest.items.filter((item) => item.status === 'failed' && item.error);
  if (failed.length === 0) return lang === 'zh' ? '没有失败的项。\n' : 'No item failed.\n';
  const blocks = failed.map((item) => {
    const error = item.error!;
    const where = [
      item.input,
      item.row !== undefined ? (lang === 'zh' ? `第 ${item.row} 行` : `row ${item.row}`) : '',
      error.column ? (lang === 'zh' ? `列「${error.column}」` : `column "${error.column}"`) : '',
      item.pointer ? `#${item.pointer}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const head = lang === 'zh' ? `第 ${item.index + 1} 项  ${where}` : `item ${item.index + 1}  ${where}`;
    const lines =
      error.issues.length > 0
        ? error.issues.map((issue) => `  ${issue.column ? (lang === 'zh' ? `[列「${issue.column}」] ` : `[column "${issue.column}"] `) : ''}${issue[lang]}`)
        : error.message[lang].split('\n').map((line) => `  ${line}`);
    return [head, ...lines].join('\n');
  });
  const title = lang === 'zh' ? `共 ${manifest.summary.total} 项，${failed.length} 项失败：` : `${manifest.summary.total} items, ${failed.length} failed:`;
  return `${title}\n\n${blocks.join('\n\n')}\n`;
}

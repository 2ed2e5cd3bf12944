/**
 * gongwen preview [DIR]: the reviewer preview on http://127.0.0.1:PORT/ (another interface only
 * with --host). Prints the address and serves until interrupted (Ctrl+C); returns exit code 0
 * then, 1 when the folder cannot be served.
 */
import { loadFontSet } from '../../fonts/loadFontSet.ts';
import type { FontRole } from '../../model/types.ts';
import { startPreviewServer } from '../../preview/server.ts';

export interface PreviewCommandOptions {
  port: number;
  host: string;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
}

export async function runPreview(dir: string, options: PreviewCommandOptions): Promise<number> {
  const server = await startPreviewServer({
    dir,
    host: options.host,
    port: options.port,
    fonts: async () => {
      const fonts = await loadFontSet({
        ...(options.fontConfig ? { config: options.fontConfig } : {}),
        ...(options.font ? { overrides: options.font } : {}),
      });
      for (const notice of fonts.notices) process.stderr.write(`字体：${notice.zh}；如需公文字体：${notice.install.zh}\n`);
      return fonts;
    },
  });
  process.stdout.write(`公文预览：${server.url}\n（文件夹 ${server.dir}；按 Ctrl+C 结束）\n`);
  if (options.host !== '127.0.0.1' && options.host !== 'localhost' && options.host !== '::1') {
    process.stderr.write(`注意：预览监听 ${options.host}，本机以外也可访问\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

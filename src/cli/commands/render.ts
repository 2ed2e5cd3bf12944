/** gongwen render <inputs…>: each case file to DOCX and/or PDF in the output folder. */
import { join, relative, resolve } from 'node:path';
import { loadCaseFile } from '../../case/loadCaseFile.ts';
import { readShellFile } from '../../docx/readShellFile.ts';
import type { Lang } from '../../errors.ts';
import { loadFontSet } from '../../fonts/loadFontSet.ts';
import type { FontRole } from '../../model/types.ts';
import { StemAllocator } from '../../output/outputName.ts';
import { writeOutputs } from '../../output/writeOutputs.ts';
import { type OutputFormat, renderCase } from '../../render/renderCase.ts';
import { expandInputs } from '../../case/expandInputs.ts';
import { describeError } from '../report.ts';

export interface RenderCommandOptions {
  out: string;
  format: OutputFormat[];
  force: boolean;
  lang: Lang;
  docxTemplate?: string;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
  maskNames?: boolean;
}

/** Returns the exit code: 0 when every case rendered, 1 when any failed. */
export async function runRender(inputs: string[], options: RenderCommandOptions): Promise<number> {
  const { lang } = options;
  const files = await expandInputs(inputs);
  const docxShell = options.docxTemplate ? await readShellFile(resolve(options.docxTemplate)) : undefined;
  const fonts = await loadFontSet({
    ...(options.fontConfig ? { config: options.fontConfig } : {}),
    ...(options.font ? { overrides: options.font } : {}),
  });
  for (const notice of fonts.notices) process.stderr.write(lang === 'zh' ? `字体：${notice.zh}；如需公文字体：${notice.install.zh}\n` : `font: ${notice.en}; to use the office face: ${notice.install.en}\n`);
  const stems = new StemAllocator();
  const outDir = resolve(options.out);
  let failures = 0;
  let written = 0;
  for (const file of files) {
    let cases;
    try {
      cases = await loadCaseFile(file, { lang });
    } catch (error) {
      failures++;
      process.stderr.write(`${describeError(error, lang)}\n`);
      continue;
    }
    for (const loaded of cases) {
      try {
        const rendered = await renderCase(loaded, {
          formats: options.format,
          fonts,
          lang,
          ...(docxShell ? { docxShell } : {}),
          ...(options.maskNames ? { maskNames: true } : {}),
        });
        const stem = stems.allocate(loaded.data.id, loaded.data.kind);
        const pending = rendered.outputs.map((output) => ({
          path: join(outDir, `${stem}.${output.format}`),
          bytes: output.bytes,
        }));
        await writeOutputs(pending, { force: options.force });
        for (const warning of rendered.warnings) process.stderr.write(`${warning}\n`);
        for (const output of pending) process.stdout.write(`${relative(process.cwd(), output.path) || output.path}\n`);
        written += pending.length;
      } catch (error) {
        failures++;
        const where = loaded.pointer ? `${loaded.source}#${loaded.pointer}` : loaded.source;
        const message = describeError(error, lang);
        process.stderr.write(message.startsWith(loaded.source) ? `${message}\n` : `${where}：${message}\n`);
      }
    }
  }
  const summary =
    lang === 'zh'
      ? `共写出 ${written} 个文件${failures ? `，${failures} 项失败` : ''}`
      : `${written} files written${failures ? `, ${failures} failed` : ''}`;
  process.stderr.write(`${summary}\n`);
  return failures > 0 ? 1 : 0;
}

/**
 * gongwen summarize <speech.txt|.md|.docx>: the outline of a speech (title, parts, their
 * headings and points). With --json it prints the outline; otherwise it renders a
 * speech-summary (讲话要点) through the normal pipeline, into --out.
 */
import { basename, extname, join, relative, resolve } from 'node:path';
import { validateCase } from '../../case/validateCase.ts';
import { GongwenError, type Lang } from '../../errors.ts';
import { loadFontSet } from '../../fonts/loadFontSet.ts';
import type { FontRole } from '../../model/types.ts';
import { StemAllocator } from '../../output/outputName.ts';
import { writeOutputs } from '../../output/writeOutputs.ts';
import { type OutputFormat, renderCase } from '../../render/renderCase.ts';
import { extractOutline, meetingFromTitle, outlineParts, readSpeechFile } from '../../summary/index.ts';
import { describeError } from '../report.ts';

export interface SummarizeCommandOptions {
  json: boolean;
  out: string;
  format: OutputFormat[];
  force: boolean;
  lang: Lang;
  speaker?: string;
  speakerTitle?: string;
  meeting?: string;
  date?: string;
  place?: string;
  issuer?: string;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
}

/** Returns the exit code: 0 done, 1 the speech could not be read or structured, 2 options missing. */
export async function runSummarize(file: string, options: SummarizeCommandOptions): Promise<number> {
  const { lang } = options;
  try {
    const outline = extractOutline(await readSpeechFile(file), file);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(outline, null, 2)}\n`);
      return 0;
    }
    const meeting = options.meeting ?? meetingFromTitle(outline);
    const missing = [!options.speaker && '--speaker', !options.date && '--date', !meeting && '--meeting'].filter(Boolean);
    if (missing.length > 0) {
      process.stderr.write(
        lang === 'zh'
          ? `生成讲话要点还需要 ${missing.join('、')}（讲话稿中没有这些信息；只看提纲请加 --json）\n`
          : `rendering a speech summary also needs ${missing.join(', ')} (the speech does not say; use --json for the outline only)\n`,
      );
      return 2;
    }
    const id = basename(file, extname(file));
    const data = validateCase(
      {
        kind: 'speech-summary',
        id,
        issuer: { name: options.issuer ?? options.speakerTitle ?? options.speaker },
        meeting: { name: meeting, date: options.date, ...(options.place ? { place: options.place } : {}) },
        speaker: { name: options.speaker, ...(options.speakerTitle ? { title: options.speakerTitle } : {}) },
        parts: outlineParts(outline),
      },
      file,
      '',
    );
    const fonts = await loadFontSet({
      ...(options.fontConfig ? { config: options.fontConfig } : {}),
      ...(options.font ? { overrides: options.font } : {}),
    });
    const rendered = await renderCase({ data, source: resolve(file), pointer: '' }, { formats: options.format, fonts, lang });
    const stem = new StemAllocator().allocate(data.id, data.kind);
    const pending = rendered.outputs.map((output) => ({ path: join(resolve(options.out), `${stem}.${output.format}`), bytes: output.bytes }));
    await writeOutputs(pending, { force: options.force });
    for (const output of pending) process.stdout.write(`${relative(process.cwd(), output.path) || output.path}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof GongwenError)) throw error;
    process.stderr.write(`${describeError(error, lang)}\n`);
    return 1;
  }
}

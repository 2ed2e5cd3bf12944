/** gongwen batch <inputs…> --out DIR: many documents on every core, with manifest.json, errors.txt and --resume. */
import { resolve } from 'node:path';
import { collectItems } from '../../batch/collectItems.ts';
import { ERRORS_NAME, MANIFEST_NAME } from '../../batch/manifest.ts';
import { runBatch } from '../../batch/runBatch.ts';
import { GongwenError, type Lang } from '../../errors.ts';
import type { FontRole } from '../../model/types.ts';
import type { OutputFormat } from '../../render/outputFormats.ts';
import type { BatchItem, WorkResult } from '../../batch/types.ts';

export interface BatchCommandOptions {
  out: string;
  format: OutputFormat[];
  jobs?: number;
  resume: boolean;
  force: boolean;
  lang: Lang;
  progress: boolean;
  /** A table (.csv/.xlsx): one document per row over the one base case given as input. */
  rows?: string;
  /** The register's file (default: the user's data folder, when --assign-numbers is given). */
  register?: string;
  assignNumbers: boolean;
  /** A print bundle of all PDFs (each document on an odd page). */
  merge?: string;
  /** 机关代字, or 机关名称=代字, repeatable. */
  issuerCode?: string[];
  docxTemplate?: string;
  maskNames?: boolean;
  font?: Partial<Record<FontRole, string>>;
  fontConfig?: string;
}

export const EXIT_INTERRUPTED = 130;

/** Returns the exit code: 0 when every item was written, 1 when any failed, 130 after Ctrl-C. */
export async function runBatchCommand(inputs: string[], options: BatchCommandOptions): Promise<number> {
  const { lang } = options;
  if (options.merge && !options.format.includes('pdf')) {
    throw new GongwenError({ zh: '--merge 需要 PDF：--format 中应包含 pdf', en: '--merge needs PDFs: include pdf in --format' });
  }
  let items;
  if (options.rows) {
    if (inputs.length !== 1) {
      throw new GongwenError({ zh: '使用 --rows 时只给一个底稿案件文件', en: 'with --rows, give exactly one base case file' });
    }
    const { collectRowItems } = await import('../../batch/rows/collectRowItems.ts');
    items = await collectRowItems(inputs[0]!, options.rows);
  } else {
    items = await collectItems(inputs);
  }
  const docxShell = options.docxTemplate ? await (await import('../../docx/readShellFile.ts')).readShellFile(resolve(options.docxTemplate)) : undefined;
  const register = options.register || options.assignNumbers ? await openRegister(options.register) : undefined;
  const codes = new Map<string, string>();
  for (const entry of options.issuerCode ?? []) {
    const at = entry.lastIndexOf('=');
    if (at > 0) codes.set(entry.slice(0, at), entry.slice(at + 1));
    else codes.set('', entry);
  }
  const abort = new AbortController();
  const onSigint = (): void => {
    if (abort.signal.aborted) process.exit(EXIT_INTERRUPTED);
    process.stderr.write(lang === 'zh' ? '\n已中断：等待正在生成的文件完成，写出 manifest.json（再按一次 Ctrl-C 立即退出）\n' : '\ninterrupted: finishing the documents in hand, writing manifest.json (Ctrl-C again to quit now)\n');
    abort.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const outcome = await runBatch(items, {
      out: options.out,
      formats: options.format,
      ...(options.jobs ? { jobs: options.jobs } : {}),
      resume: options.resume,
      force: options.force,
      lang,
      ...(docxShell ? { docxShell } : {}),
      ...(options.font ? { font: options.font } : {}),
      ...(options.fontConfig ? { fontConfig: options.fontConfig } : {}),
      ...(options.maskNames ? { maskNames: true } : {}),
      progress: options.progress ? 'auto' : 'none',
      ...(options.merge ? { merge: options.merge } : {}),
      signal: abort.signal,
      ...(register
        ? {
            assignNumber: (item: BatchItem) => register.numberForItem(register.register, item, { assign: options.assignNumbers, codes }),
            onResult: (result: WorkResult) => {
              if (result.status !== 'ok') return;
              register.register.record({
                docNumber: result.docNumber ?? null,
                kind: result.kind,
                caseId: result.id,
                title: result.title,
                issuer: result.issuer,
                date: result.date ?? null,
                outputs: result.outputs.map((output) => ({ format: output.format, path: output.path, sha256: output.sha256 })),
              });
            },
          }
        : {}),
      onNotices: (notices) =>
        notices.map((notice) => (lang === 'zh' ? `字体：${notice.zh}；如需公文字体：${notice.install.zh}` : `font: ${notice.en}; to use the office face: ${notice.install.en}`)),
    });
    const { summary } = outcome;
    const manifestPath = resolve(outcome.outDir, MANIFEST_NAME);
    const line =
      lang === 'zh'
        ? `共 ${summary.total} 项：成功 ${summary.ok}${outcome.resumed ? `（其中 ${outcome.resumed} 项沿用上次的结果）` : ''}，失败 ${summary.failed}，跳过 ${summary.skipped}。清单：${manifestPath}${summary.failed ? `；错误：${resolve(outcome.outDir, ERRORS_NAME)}` : ''}`
        : `${summary.total} items: ${summary.ok} ok${outcome.resumed ? ` (${outcome.resumed} carried over from the previous run)` : ''}, ${summary.failed} failed, ${summary.skipped} skipped. Manifest: ${manifestPath}${summary.failed ? `; errors: ${resolve(outcome.outDir, ERRORS_NAME)}` : ''}`;
    process.stderr.write(`${line}\n`);
    if (outcome.merged) {
      const { path, pages, blanks, documents } = outcome.merged;
      process.stderr.write(lang === 'zh' ? `合订本：${path}（${documents} 份，${pages} 页，其中空白页 ${blanks} 页）\n` : `print bundle: ${path} (${documents} documents, ${pages} pages, ${blanks} blank)\n`);
    }
    const existing = outcome.existing;
    if (existing > 0) {
      process.stderr.write(lang === 'zh' ? `${existing} 项的输出文件已存在，未覆盖：继续上次的批次用 --resume，覆盖用 --force\n` : `${existing} items have existing outputs, not overwritten: --resume continues the previous batch, --force overwrites\n`);
    }
    if (outcome.interrupted) return EXIT_INTERRUPTED;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
    register?.register.close();
  }
}

async function openRegister(path: string | undefined) {
  const [{ Register }, { numberForItem }, { defaultRegisterPath }] = await Promise.all([
    import('../../batch/register/register.ts'),
    import('../../batch/register/numberForItem.ts'),
    import('../../batch/register/registerPath.ts'),
  ]);
  return { register: new Register(resolve(path ?? defaultRegisterPath())), numberForItem };
}

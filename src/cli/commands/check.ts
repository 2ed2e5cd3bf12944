/**
 * gongwen check FILE.pdf…: the GB/T 9704 conformance report of each PDF, as text
 * (Chinese by default) or --json. Returns exit code 1 when any file has an error finding
 * or cannot be read, 0 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { checkPdf } from '../../check/checkPdf.ts';
import { formatCheckReport } from '../../check/formatCheckReport.ts';
import type { CheckReport, LayoutKind } from '../../check/types.ts';
import type { Lang } from '../../errors.ts';

export interface CheckCommandOptions {
  json: boolean;
  lang?: Lang;
  layout?: LayoutKind;
  rowPitchPt?: number;
}

export async function runCheck(files: string[], opts: CheckCommandOptions): Promise<number> {
  const lang = opts.lang ?? 'zh';
  const results: { file: string; report: CheckReport }[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      results.push({
        file,
        report: {
          ok: false,
          pages: 0,
          errors: 1,
          warnings: 0,
          figures: { layout: 'document', layoutDetected: false, marginsMm: {}, charsPerFullRow: {}, fonts: [], pages: [] },
          findings: [
            { severity: 'error', rule: 'pdf.unreadable', message: { zh: `无法读取文件：${reason}`, en: `cannot read the file: ${reason}` } },
          ],
        },
      });
      continue;
    }
    const options = {
      lang,
      ...(opts.layout ? { layout: opts.layout } : {}),
      ...(opts.rowPitchPt !== undefined ? { rowPitchPt: opts.rowPitchPt } : {}),
    };
    results.push({ file, report: await checkPdf(bytes, options) });
  }
  if (opts.json) {
    const out = results.map(({ file, report }) => ({ file, ...report }));
    process.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else {
    process.stdout.write(`${results.map(({ file, report }) => formatCheckReport(report, lang, file)).join('\n\n')}\n`);
  }
  return results.every((r) => r.report.ok) ? 0 : 1;
}

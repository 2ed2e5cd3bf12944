/** gongwen register list|show|export: the register of issued documents. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Register, type RegisteredDocument } from '../../batch/register/register.ts';
import { defaultRegisterPath } from '../../batch/register/registerPath.ts';

export interface RegisterCommandOptions {
  register?: string;
  json?: boolean;
  out?: string;
}

const COLUMNS = ['发文字号', '文种', '案件编号', '标题', '发文机关', '成文日期', '输出文件', 'sha256', '登记时间'] as const;

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(documents: RegisteredDocument[]): string {
  const rows = documents.map((d) => [
    d.docNumber ?? '',
    d.kind,
    d.caseId,
    d.title,
    d.issuer,
    d.date ?? '',
    d.outputs.map((o) => o.path).join(';'),
    d.outputs.map((o) => o.sha256).join(';'),
    d.recordedAt,
  ]);
  return `\uFEFF${[COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function line(d: RegisteredDocument): string {
  return [d.docNumber ?? '（无文号）', d.kind, d.caseId, d.title, d.date ?? ''].join('\t');
}

export function runRegister(action: 'list' | 'show' | 'export', what: string | undefined, options: RegisterCommandOptions): number {
  const register = new Register(resolve(options.register ?? defaultRegisterPath()));
  try {
    const documents = action === 'show' ? register.show(what ?? '') : register.list();
    if (action === 'export') {
      const csv = toCsv(documents);
      if (options.out) writeFileSync(resolve(options.out), csv);
      else process.stdout.write(csv);
      return 0;
    }
    if (action === 'show' && documents.length === 0) {
      process.stderr.write(`登记簿中没有 ${what} / not in the register: ${what}\n`);
      return 1;
    }
    if (options.json) process.stdout.write(`${JSON.stringify(documents, null, 2)}\n`);
    else if (action === 'show') {
      for (const d of documents) {
        process.stdout.write(
          `发文字号 ${d.docNumber ?? '（无）'}\n文种 ${d.kind}\n案件编号 ${d.caseId}\n标题 ${d.title}\n发文机关 ${d.issuer}\n成文日期 ${d.date ?? ''}\n登记时间 ${d.recordedAt}\n${d.outputs.map((o) => `${o.format} ${o.path} sha256 ${o.sha256}`).join('\n')}\n`,
        );
      }
    } else for (const d of documents) process.stdout.write(`${line(d)}\n`);
    return 0;
  } finally {
    register.close();
  }
}

/**
 * `gongwen check` as a user runs it (node bin/gongwen.js): --json prints a report that
 * parses, exit code 0 for a conforming PDF, 1 for one with an error or a file that cannot
 * be read; the text report names the rule.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/check/types.ts';
import { buildTestPdf, paragraph, type TestPage } from './buildTestPdf.ts';

const run = promisify(execFile);
const bin = resolve('bin/gongwen.js');

async function gongwen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const folio = (n: number) => ({ text: `— ${n} —`, side: n % 2 ? ('right' as const) : ('left' as const) });
const pages = (): TestPage[] => [
  { rows: paragraph(0, 5, 12), folio: folio(1) },
  { rows: paragraph(0, 4, 20, 60), folio: folio(2) },
];

describe('gongwen check (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-check-cli-'));
  const good = join(dir, 'good.pdf');
  const bad = join(dir, 'bad.pdf');
  beforeAll(async () => {
    writeFileSync(good, await buildTestPdf(pages()));
    writeFileSync(bad, await buildTestPdf(pages(), { leftMm: 31 }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on a conforming PDF and prints a JSON report that parses', async () => {
    const { code, stdout, stderr } = await gongwen(['check', '--json', good]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as CheckReport & { file: string };
    expect(report).toMatchObject({ file: good, ok: true, pages: 2, errors: 0, findings: [] });
    expect(report.figures.layout).toBe('plain');
    expect(report.figures.marginsMm.left).toBeCloseTo(28, 0);
    expect(report.figures.pages.map((p) => p.folio?.text)).toEqual(['— 1 —', '— 2 —']);
  });

  it('exits 1 on a PDF with a 31 mm left margin, naming the rule in JSON and in text', async () => {
    const json = await gongwen(['check', '--json', bad]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as CheckReport;
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => `${f.severity}:${f.rule}@${f.page}`)).toEqual(['error:block.left@1', 'error:block.left@2']);
    expect(report.findings[0]!.measured).toBeCloseTo(31, 0);
    const text = await gongwen(['check', bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('错误 第1页 block.left：正文左边距（订口）应为28±1毫米');
  });

  it('reports several files as a JSON array and exits 1 when one of them fails or is unreadable', async () => {
    const missing = join(dir, 'missing.pdf');
    const all = await gongwen(['check', '--json', good, bad, missing]);
    expect(all.code).toBe(1);
    const reports = JSON.parse(all.stdout) as (CheckReport & { file: string })[];
    expect(reports.map((r) => [r.file, r.ok, r.findings.map((f) => f.rule)])).toEqual([
      [good, true, []],
      [bad, false, ['block.left', 'block.left']],
      [missing, false, ['pdf.unreadable']],
    ]);
  });
});

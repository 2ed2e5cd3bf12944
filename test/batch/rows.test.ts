/**
 * Campaign mail-merge (--rows) and the register: tables read from CSV and XLSX with their row
 * numbers, columns by Chinese field title or JSON pointer, and a CLI run over 30 units with
 * numbers assigned by the register, one invalid row reported with its row and column.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../src/batch/register/register.ts';
import { applyRow } from '../../src/batch/rows/applyRow.ts';
import { columnTargets } from '../../src/batch/rows/columnTargets.ts';
import { readTable } from '../../src/batch/rows/readTable.ts';
import type { Manifest } from '../../src/batch/types.ts';
import { CaseError, GongwenError } from '../../src/errors.ts';
import { type CliResult, gongwen, readManifestFile } from './support.ts';

const fixture = JSON.parse(await readFile(resolve('fixtures/rectification-suggestion-housing-bureau.json'), 'utf8')) as Record<string, unknown>;
const { docNumber: _own, ...withoutNumber } = fixture;
const base = { ...withoutNumber, seal: { image: resolve('fixtures/seals/office-seal.png') } };
const unit = (n: number): string => `某某市第${n}检查对象单位党组`;

describe('--rows tables', () => {
  it('reads the first worksheet of an .xlsx with the row numbers a spreadsheet shows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-rows-'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('units');
    sheet.addRow(['主送机关', '/contact/name', '/deadlineDays']);
    sheet.addRow([unit(1), '王某', 30]);
    sheet.addRow([]);
    sheet.addRow([unit(3), '李某', 15]);
    await workbook.xlsx.writeFile(join(dir, 'units.xlsx'));
    const table = await readTable(join(dir, 'units.xlsx'));
    expect(table.header).toEqual(['主送机关', '/contact/name', '/deadlineDays']);
    expect(table.rows).toEqual([
      { row: 2, cells: [unit(1), '王某', '30'] },
      { row: 4, cells: [unit(3), '李某', '15'] },
    ]);
    const targets = columnTargets(table.header, 'rectification-suggestion', 'units.xlsx');
    const value = applyRow(base, table.rows[1]!.cells, targets, 'units.xlsx') as typeof fixture;
    expect(value.addressee).toEqual([unit(3)]);
    expect(value.contact).toEqual({ name: '李某', phone: (fixture.contact as { phone: string }).phone });
    expect(value.deadlineDays).toBe(15);
  });

  it('maps Chinese field titles to pointers and refuses an unknown column by name', () => {
    const targets = columnTargets(['发文字号', '联系人姓名', '/addressee/0'], 'rectification-suggestion', 't.csv');
    expect(targets.map((t) => t.pointer)).toEqual(['/docNumber', '/contact/name', '/addressee/0']);
    expect(() => columnTargets(['主送单位'], 'rectification-suggestion', 't.csv')).toThrow(GongwenError);
    expect(() => columnTargets(['主送单位'], 'rectification-suggestion', 't.csv')).toThrow(/列「主送单位」/);
    try {
      applyRow(base, ['abc'], columnTargets(['/deadlineDays'], 'rectification-suggestion', 't.csv'), 't.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CaseError);
      expect((error as CaseError).issues[0]).toMatchObject({ pointer: '/deadlineDays', found: '"abc"' });
    }
  });
});

describe('the register', () => {
  it('numbers per 机关代字 and year without duplicates across two connections, keeps a case its number, refuses a held number', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'gw-reg-')), 'register.sqlite');
    const a = new Register(path);
    const b = new Register(path);
    const numbers: string[] = [];
    for (let i = 0; i < 20; i++) numbers.push((i % 2 ? a : b).assign(`k:${i}`, '某纪建', 2026));
    expect(new Set(numbers).size).toBe(20);
    expect(numbers[0]).toBe('某纪建〔2026〕1号');
    expect(numbers[19]).toBe('某纪建〔2026〕20号');
    expect(a.assign('k:3', '某纪建', 2026)).toBe(numbers[3]);
    expect(b.assign('other', '某纪建', 2027)).toBe('某纪建〔2027〕1号');
    expect(a.claim('k:99', '某纪建〔2026〕5号')).toEqual({ ok: false, holder: 'k:4' });
    expect(a.claim('k:99', '某纪建〔2026〕40号')).toEqual({ ok: true });
    expect(b.assign('k:100', '某纪建', 2026)).toBe('某纪建〔2026〕41号');
    a.close();
    b.close();
  });
});

describe('gongwen batch --rows with --assign-numbers', () => {
  let dir: string;
  let run: CliResult;
  let manifest: Manifest;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gw-rows-cli-'));
    await writeFile(join(dir, 'base.json'), JSON.stringify(base));
    const rows = ['主送机关,联系人姓名,/deadlineDays'];
    for (let n = 1; n <= 30; n++) rows.push(`${unit(n)},联系人${n},${10 + n}`);
    rows.splice(16, 0, `${unit(99)},联系人99,十五天`); // sheet row 17: not a number
    await writeFile(join(dir, 'units.csv'), `${rows.join('\n')}\n`);
    run = await gongwen([
      'batch', join(dir, 'base.json'), '--rows', join(dir, 'units.csv'), '--out', join(dir, 'out'), '--format', 'docx',
      '--register', join(dir, 'register.sqlite'), '--assign-numbers', '--issuer-code', '某纪建', '--no-progress', '--jobs', '1',
    ]);
    manifest = await readManifestFile(join(dir, 'out'));
  });

  it('writes 30 documents, each with its own addressee and a distinct number from the register', async () => {
    expect(run.code, run.stderr).toBe(1);
    expect(manifest.summary).toMatchObject({ total: 31, ok: 30, failed: 1 });
    const ok = manifest.items.filter((item) => item.status === 'ok');
    const numbers = new Set<string>();
    for (const item of ok) {
      const xml = new PizZip(await readFile(join(dir, 'out', item.outputs[0]!.path))).file('word/document.xml')!.asText();
      const n = Number(/第(\d+)检查对象/.exec(xml)?.[1]);
      expect(xml).toContain(unit(n));
      expect(item.row).toBe(n < 16 ? n + 1 : n + 2);
      expect(xml).toContain(item.docNumber!.replace(/〔.*$/, ''));
      expect(xml).toContain(`${/〕(\d+)号/.exec(item.docNumber!)![1]}号`);
      numbers.add(item.docNumber!);
    }
    expect(numbers.size).toBe(30);
    expect([...numbers].sort((x, y) => Number(/〕(\d+)/.exec(x)![1]) - Number(/〕(\d+)/.exec(y)![1]))).toEqual(
      Array.from({ length: 30 }, (_, i) => `某纪建〔2026〕${i + 1}号`),
    );
  });

  it('reports the invalid row with its row number and column', async () => {
    const failed = manifest.items.find((item) => item.status === 'failed')!;
    expect(failed).toMatchObject({ row: 17, error: { column: '/deadlineDays', pointer: '/deadlineDays' } });
    const errors = await readFile(join(dir, 'out', 'errors.txt'), 'utf8');
    expect(errors).toMatch(/units\.csv 第 17 行 列「\/deadlineDays」\n {2}\[列「\/deadlineDays」\] \/deadlineDays：应为整数，实际为 "十五天"/);
  });

  it('lists every document in the register and exports it as CSV', async () => {
    const listed = await gongwen(['register', 'list', '--json', '--register', join(dir, 'register.sqlite')]);
    const documents = JSON.parse(listed.stdout) as { docNumber: string; caseId: string }[];
    expect(documents).toHaveLength(30);
    expect(documents[0]!.docNumber).toBe('某纪建〔2026〕1号');
    expect(new Set(documents.map((d) => d.docNumber)).size).toBe(30);
    const csv = await gongwen(['register', 'export', '--csv', '--register', join(dir, 'register.sqlite')]);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFF发文字号,文种,案件编号,标题,发文机关,成文日期,输出文件,sha256,登记时间');
    expect(csv.stdout).toContain('某纪建〔2026〕30号,rectification-suggestion,');
  });
});

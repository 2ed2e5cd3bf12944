/**
 * A --rows table (.csv, or the first worksheet of an .xlsx) → its header and data rows as text,
 * each row with the number a spreadsheet shows for it (the header is row 1).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { GongwenError } from '../../errors.ts';

export interface Table {
  header: string[];
  rows: { row: number; cells: string[] }[];
}

export async function readTable(path: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  let records: string[][];
  if (ext === '.xlsx') records = await readXlsx(path);
  else if (ext === '.csv' || ext === '.tsv' || ext === '.txt') records = await readCsv(path, ext === '.tsv' ? '\t' : ',');
  else throw new GongwenError({ zh: `${path}：--rows 应为 .csv 或 .xlsx 文件`, en: `${path}: --rows takes a .csv or .xlsx file` });
  const [header, ...rest] = records;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new GongwenError({ zh: `${path}：第 1 行应为列名（字段的 JSON 指针或中文名称）`, en: `${path}: row 1 must name the columns (JSON pointers or the fields' Chinese titles)` });
  }
  const rows = rest
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  return { header: header.map((cell) => cell.trim()), rows };
}

async function readCsv(path: string, delimiter: string): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync');
  try {
    return parse(await readFile(path), { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GongwenError({ zh: `${path}：不是有效的 CSV（${message}）`, en: `${path}: not a valid CSV (${message})` }, { cause });
  }
}

async function readXlsx(path: string): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GongwenError({ zh: `${path}：无法读取 Excel 文件（${message}）`, en: `${path}: cannot read the Excel file (${message})` }, { cause });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(row.getCell(c).text ?? '');
    records.push(cells);
  }
  return records;
}

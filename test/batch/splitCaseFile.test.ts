/**
 * splitCaseFile reads a JSON Lines file a megabyte at a time and keeps, for each case, only where
 * its line is in the file: the worker reads those bytes back. These tests check that the bytes
 * found are exactly each line's case, across chunk boundaries, with a BOM, CRLF line ends, blank
 * lines, multi-byte characters and a line that is not JSON; and that splitCaseText (text in
 * hand) gives the same items.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitCaseFile, splitCaseText } from '../../src/batch/splitCaseText.ts';
import type { ItemJson } from '../../src/batch/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'gw-split-'));

function readBack(json: ItemJson): string {
  if ('text' in json) return json.text;
  return readFileSync(json.file).subarray(json.start, json.end).toString('utf8');
}

/** A case line of about `size` bytes, most of them three-byte characters. */
function caseLine(n: number, size: number): string {
  const body = '整改落实情况说明，金额 1,234.56 万元（占比 12.5%），编号 GW-2026-0001。'.repeat(Math.ceil(size / 100));
  return JSON.stringify({ kind: 'rectification-suggestion', id: `S-${n}`, docNumber: `某纪发〔2026〕${n}号`, issuer: { name: `单位${n}` }, date: '2026-12-01', body: body.slice(0, size / 3) });
}

describe('splitCaseFile', () => {
  it('finds each JSON Lines case by its bytes in the file, across megabyte chunks', async () => {
    // 40 lines of ~90 KB: 3.6 MB, so lines straddle the 1 MB reads.
    const lines = Array.from({ length: 40 }, (_, i) => caseLine(i + 1, 90_000));
    const raw = ['\uFEFF' + lines[0], '', ...lines.slice(1, 10), '   ', '{"kind": oops', ...lines.slice(10)].join('\r\n') + '\r\n';
    const file = join(dir, 'cases.jsonl');
    writeFileSync(file, raw);

    const items = await splitCaseFile(file);
    const cases = items.filter((item) => item.payload.type === 'value');
    expect(cases).toHaveLength(40);
    cases.forEach((item, i) => {
      if (item.payload.type !== 'value') throw new Error('not a case');
      expect('file' in item.payload.json).toBe(true);
      expect(readBack(item.payload.json)).toBe(lines[i]);
      expect(item.payload.facts).toEqual({ id: `S-${i + 1}`, kind: 'rectification-suggestion', docNumber: `某纪发〔2026〕${i + 1}号`, issuerName: `单位${i + 1}`, date: '2026-12-01' });
    });
    // Rows count every line, blank ones too: line 1, blank 2, lines 3–11, blank 12, bad 13.
    expect(cases.map((item) => item.row).slice(0, 11)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14]);
    const bad = items.find((item) => item.payload.type === 'error')!;
    expect(bad.row).toBe(13);
    expect(bad.pointer).toBe('/line/13');

    const fromText = await splitCaseText(raw, file);
    expect(fromText.map((item) => [item.pointer, item.row, item.payload.type])).toEqual(items.map((item) => [item.pointer, item.row, item.payload.type]));
    fromText.forEach((item, i) => {
      const other = items[i]!;
      if (item.payload.type === 'value' && other.payload.type === 'value') expect(item.payload.json).toEqual(other.payload.json);
    });
  });

  it('finds a line longer than several reads', async () => {
    // 3.3 MB: a line spanning four reads, between two short ones.
    const lines = [caseLine(1, 300), caseLine(2, 3_300_000), caseLine(3, 300)];
    const file = join(dir, 'long.jsonl');
    writeFileSync(file, lines.join('\n'));
    const items = await splitCaseFile(file);
    expect(items.map((item) => item.row)).toEqual([1, 2, 3]);
    items.forEach((item, i) => {
      if (item.payload.type !== 'value') throw new Error('not a case');
      expect(readBack(item.payload.json)).toBe(lines[i]);
    });
  });

  it('holds an array element or a document of a form as text, one shared case text for all documents', async () => {
    const file = join(dir, 'forms.json');
    const shared = { kind: 'talk-record', issuer: { name: '某某纪委' } };
    writeFileSync(file, JSON.stringify([{ case: shared, documents: [{ id: 'T-1', date: '2026-11-02' }, { id: 'T-2' }] }, JSON.parse(caseLine(9, 300))]));
    const items = await splitCaseFile(file);
    expect(items.map((item) => item.pointer)).toEqual(['/0/documents/0', '/0/documents/1', '/1']);
    const [first, second, third] = items.map((item) => item.payload);
    if (first?.type !== 'document' || second?.type !== 'document' || third?.type !== 'value') throw new Error('unexpected payloads');
    expect(first.shared).toBe(second.shared);
    expect(JSON.parse(first.shared)).toEqual(shared);
    expect(JSON.parse(second.document)).toEqual({ id: 'T-2' });
    expect(first.facts).toEqual({ id: 'T-1', kind: 'talk-record', issuerName: '某某纪委', date: '2026-11-02' });
    expect(JSON.parse(readBack(third.json))).toEqual(JSON.parse(caseLine(9, 300)));
  });

  it('points a whole-file case at the file itself, after its BOM', async () => {
    const file = join(dir, 'one.json');
    const line = caseLine(3, 600);
    writeFileSync(file, `\uFEFF${line}\n`);
    const [item] = await splitCaseFile(file);
    if (item?.payload.type !== 'value') throw new Error('not a case');
    expect(item.payload.json).toEqual({ file, start: 3, end: Buffer.byteLength(line) + 4 });
    expect(JSON.parse(readBack(item.payload.json))).toEqual(JSON.parse(line));
  });
});

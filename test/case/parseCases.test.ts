import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCaseFile, parseCases, validateCase } from '../../src/case/index.ts';
import { CaseError } from '../../src/errors.ts';
import { rectification, speech, talkRecord } from './caseSamples.ts';

function caseErrorOf(run: () => unknown): CaseError {
  try {
    run();
  } catch (error) {
    if (error instanceof CaseError) return error;
    throw error;
  }
  throw new Error('no CaseError thrown');
}

describe('parseCases: shapes and pointers', () => {
  it('a plain case has pointer "" and keeps its source label', () => {
    const [one, ...rest] = parseCases(JSON.stringify(rectification()), '/cases/a.json');
    expect(rest).toHaveLength(0);
    expect(one?.pointer).toBe('');
    expect(one?.source).toBe('/cases/a.json');
    expect(one?.data.id).toBe('T-1');
  });

  it('strips a UTF-8 byte order mark', () => {
    const cases = parseCases('\uFEFF' + JSON.stringify(rectification()), 'bom.json');
    expect(cases[0]?.data.kind).toBe('rectification-suggestion');
  });

  it('{case, documents}: objects merge, arrays and scalars of the document replace', () => {
    const text = JSON.stringify({
      case: {
        issuer: { name: '中共某某市纪律检查委员会', mark: '中共某某市纪律检查委员会文件' },
        date: '2026-11-24',
        cc: ['甲单位', '乙单位'],
        addressee: ['中共某某市某某局党组'],
      },
      documents: [
        rectification({ issuer: { mark: '某某市监察委员会文件' }, cc: ['丙单位'], date: undefined, addressee: undefined }),
        talkRecord({ issuer: undefined }),
      ],
    });
    const cases = parseCases(text, 'docs.json');
    expect(cases.map((c) => c.pointer)).toEqual(['/documents/0', '/documents/1']);
    const [first, second] = cases;
    expect(first?.data.issuer).toEqual({ name: '中共某某市纪律检查委员会', mark: '某某市监察委员会文件' });
    expect(first?.data.cc).toEqual(['丙单位']);
    expect(first?.data.date).toBe('2026-11-24');
    expect(first?.data.addressee).toEqual(['中共某某市某某局党组']);
    expect(second?.data.issuer).toEqual({ name: '中共某某市纪律检查委员会', mark: '中共某某市纪律检查委员会文件' });
    expect(second?.data.cc).toEqual(['甲单位', '乙单位']);
    expect(second?.data.kind).toBe('talk-record');
  });

  it('a top-level array of cases (and of {case, documents}) gives /N and /N/documents/M pointers', () => {
    const text = JSON.stringify([
      rectification({ id: 'A' }),
      { case: { issuer: { name: '某某市纪委' } }, documents: [speech({ id: 'B', issuer: undefined })] },
      talkRecord({ id: 'C' }),
    ]);
    const cases = parseCases(text, 'batch.json');
    expect(cases.map((c) => [c.pointer, c.data.id])).toEqual([
      ['/0', 'A'],
      ['/1/documents/0', 'B'],
      ['/2', 'C'],
    ]);
  });

  it('JSON Lines: one case per line, blank lines skipped, pointers /line/N with the file line', () => {
    const text = [JSON.stringify(rectification({ id: 'L1' })), '', JSON.stringify(talkRecord({ id: 'L3' })), ''].join('\r\n');
    const cases = parseCases(text, 'batch.jsonl');
    expect(cases.map((c) => [c.pointer, c.data.id])).toEqual([
      ['/line/1', 'L1'],
      ['/line/3', 'L3'],
    ]);
  });

  it('JSON Lines can be forced for stdin, and a syntax error names the file line and column', () => {
    const text = `${JSON.stringify(rectification())}\n{"kind": "speech", "id": 'x'}\n`;
    const error = caseErrorOf(() => parseCases(text, '<stdin>', { format: 'jsonl' }));
    expect(error.issues).toEqual([
      expect.objectContaining({ pointer: '/line/2', line: 2, column: 26, found: "单引号 ' (single quote)" }),
    ]);
    expect(error.describe('zh')).toContain('第2行第26列：应为一个值');
  });

  it('rejects empty arrays, empty JSON Lines and non-objects with clear pointers', () => {
    expect(caseErrorOf(() => parseCases('[]', 'e.json')).issues[0]).toMatchObject({ pointer: '', found: '空 (empty)' });
    expect(caseErrorOf(() => parseCases('\n\n', 'e.jsonl')).describe('zh')).toContain('至少一个案件');
    const error = caseErrorOf(() => parseCases('[1, [2]]', 'n.json'));
    expect(error.issues.map((i) => [i.pointer, i.found])).toEqual([
      ['/0', '1'],
      ['/1', '[2]'],
    ]);
    expect(error.describe('zh')).toContain('/0：应为案件对象');
  });

  it('{case, documents} with no documents or a non-object case', () => {
    expect(caseErrorOf(() => parseCases('{"case": {}}', 'x.json')).issues).toEqual([
      expect.objectContaining({ pointer: '/documents', missing: true }),
    ]);
    expect(caseErrorOf(() => parseCases('{"case": 3, "documents": [{}]}', 'x.json')).issues[0]?.pointer).toBe('/case');
    expect(caseErrorOf(() => parseCases('{"documents": ["x"]}', 'x.json')).issues[0]).toMatchObject({
      pointer: '/documents/0',
      found: '"x"',
    });
  });
});

describe('parseCases: errors across documents', () => {
  it('collects the problems of every document into one error, prefixed with the document pointer', () => {
    const text = JSON.stringify({
      case: { issuer: { name: '中共某某县纪律检查委员会' }, date: '2026-11-06' },
      documents: [rectification({ problems: [] }), talkRecord({ qa: [{ q: '问' }] }), speech()],
    });
    const error = caseErrorOf(() => parseCases(text, 'f.json'));
    expect(error.issues.map((i) => i.pointer)).toEqual(['/documents/0/problems', '/documents/1/qa/0/a']);
  });

  it('a bad field inherited from "case" is reported once, under /case', () => {
    const text = JSON.stringify({
      case: { issuer: { name: 5 }, date: '2026-11-06' },
      documents: [rectification({ issuer: undefined }), talkRecord({ issuer: undefined })],
    });
    const error = caseErrorOf(() => parseCases(text, 'f.json'));
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/case/issuer/name', found: '5' })]);
  });

  it('a field missing from both is reported on the document', () => {
    const text = JSON.stringify({ case: { date: '2026-11-06' }, documents: [rectification({ issuer: {} })] });
    const error = caseErrorOf(() => parseCases(text, 'f.json'));
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/documents/0/issuer/name', missing: true })]);
  });
});

describe('validateCase', () => {
  it('prefixes the given document pointer and lists every problem (allErrors)', () => {
    const bad = rectification({ date: '2026-13-01', addressee: [], problems: [{}], docNumber: '某纪建〔2026〕' });
    const error = caseErrorOf(() => validateCase(bad, 'v.json', '/documents/3'));
    expect(error.issues.map((i) => i.pointer).sort()).toEqual(
      ['/documents/3/addressee', '/documents/3/date', '/documents/3/docNumber', '/documents/3/problems/0/title'].sort(),
    );
    expect(error.file).toBe('v.json');
  });

  it('applies the schema defaults and leaves the caller’s object unchanged', () => {
    const input = rectification();
    const data = validateCase(input, 'v.json', '');
    expect(data).toMatchObject({ layout: 'document', subtype: '整改建议书', deadlineDays: 30 });
    expect(input).not.toHaveProperty('layout');
    const talk = validateCase(talkRecord(), 'v.json', '');
    expect(talk).toMatchObject({ layout: 'plain', closing: '以上记录我已看过，与我所说一致。' });
    const s = validateCase(speech(), 'v.json', '');
    expect(s).toMatchObject({ layout: 'plain', salutation: '同志们：', numbering: '第一，' });
  });

  it('keeps values that were given instead of defaults; deadline suppresses the default deadlineDays', () => {
    const data = validateCase(rectification({ layout: 'letter', deadline: '2026-12-31' }), 'v.json', '');
    expect(data.layout).toBe('letter');
    expect(data).not.toHaveProperty('deadlineDays');
    expect(validateCase(rectification({ deadlineDays: 15 }), 'v.json', '')).toMatchObject({ deadlineDays: 15 });
  });

  it('accepts an office’s own fields only where the schema allows them (x- prefix, extensions)', () => {
    const data = validateCase(rectification({ 'x-registerNo': 'R-77', extensions: { extra: { a: 1 } } }), 'v.json', '');
    expect(data).toMatchObject({ 'x-registerNo': 'R-77', extensions: { extra: { a: 1 } } });
    expect(() => validateCase(rectification({ registerNo: 'R-77' }), 'v.json', '')).toThrow(/\/registerNo：应为已知字段名.*x- 开头或放入 extensions/);
  });
});

describe('loadCaseFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-case-'));

  it('reads UTF-8 with BOM, returns absolute sources', async () => {
    const file = join(dir, 'one.json');
    writeFileSync(file, '\uFEFF' + JSON.stringify(rectification()), 'utf8');
    const [loaded] = await loadCaseFile(file);
    expect(loaded?.source).toBe(file);
    expect(loaded?.data.layout).toBe('document');
  });

  it('reads .jsonl as JSON Lines', async () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, `${JSON.stringify(rectification({ id: 'J1' }))}\n${JSON.stringify(speech({ id: 'J2' }))}\n`);
    expect((await loadCaseFile(file)).map((c) => [c.pointer, c.data.id])).toEqual([
      ['/line/1', 'J1'],
      ['/line/2', 'J2'],
    ]);
  });

  it('a missing file is a CaseError naming the file, in the requested language', async () => {
    const file = join(dir, 'nope.json');
    await expect(loadCaseFile(file, { lang: 'en' })).rejects.toThrow(`${file}: invalid case file`);
    await expect(loadCaseFile(file)).rejects.toThrow('文件不存在');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCaseFile } from '../../src/case/index.ts';
import { CaseError } from '../../src/errors.ts';

interface Expected {
  pointer: string;
  contains: string;
  containsEn: string;
  line?: number;
  column?: number;
}

const DIR = resolve('fixtures/invalid');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

async function errorOf(file: string, lang?: 'zh' | 'en'): Promise<CaseError> {
  try {
    await loadCaseFile(join(DIR, file), lang ? { lang } : {});
  } catch (error) {
    if (error instanceof CaseError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without error`);
}

describe('fixtures/invalid', () => {
  it('expected.json names every invalid file, and there are enough of them', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'expected.json').sort();
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file} → ${want.pointer || '(whole file)'} “${want.contains}”`, async () => {
      const error = await errorOf(file);
      expect(error.file).toBe(join(DIR, file));
      expect(error.issues).toHaveLength(1);
      const [issue] = error.issues;
      expect(issue?.pointer).toBe(want.pointer);
      expect(issue?.line).toBe(want.line);
      expect(issue?.column).toBe(want.column);
      const zh = error.describe('zh');
      expect(zh).toContain('案件文件有误');
      expect(zh).toContain(want.contains);
      if (want.line !== undefined) expect(zh).toContain(`第${want.line}行第${want.column}列`);
      else if (want.pointer !== '') expect(zh).toContain(`${want.pointer}：应为`);
      expect(error.message).toBe(zh);
    });

    it(`${file} in English (lang en)`, async () => {
      const error = await errorOf(file, 'en');
      expect(error.message).toBe(error.describe('en'));
      expect(error.message).toContain('invalid case file');
      expect(error.message).toContain(want.containsEn);
      if (want.line !== undefined) expect(error.message).toContain(`line ${want.line}, column ${want.column}`);
      else if (want.pointer !== '') expect(error.message).toContain(`${want.pointer}: expected`);
    });
  }
});

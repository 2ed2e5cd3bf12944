/** The DOCX spells out the slash breaks of the layout with a zero-width space (docx/explicitBreaks.ts). */
import { describe, expect, it } from 'vitest';
import { markSlashBreaks, ZERO_WIDTH_SPACE as ZW } from '../../src/docx/explicitBreaks.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { sampleLetter } from '../support/sampleDocuments.ts';
import { docxOf } from '../support/planOf.ts';
import { openDocx } from './support.ts';

describe('markSlashBreaks', () => {
  it('marks a slash between letters, or a letter and a digit', () => {
    expect(markSlashBreaks('GB/T 9704-2012')).toBe(`GB/${ZW}T 9704-2012`);
    expect(markSlashBreaks('Q/GDW 1146-2020')).toBe(`Q/${ZW}GDW 1146-2020`);
    expect(markSlashBreaks('ZJ/JW-2026-3')).toBe(`ZJ/${ZW}JW-2026-3`);
    expect(markSlashBreaks('https://www.example.gov.cn/xxgk/2026')).toBe(`https://${ZW}www.example.gov.cn/${ZW}xxgk/${ZW}2026`);
  });
  it('leaves alone what the layout keeps whole: digit/digit, a slash before punctuation or Han, hyphens', () => {
    for (const text of ['2024/25', '3/4', '数据/分析', 'a/、', 'QH-2024-490', 'qh12@example.gov.cn', '没有斜杠']) {
      expect(markSlashBreaks(text)).toBe(text);
    }
  });
});

describe('the DOCX body text', () => {
  const doc: OfficialDocument = {
    ...sampleLetter,
    body: [
      ...sampleLetter.body,
      { type: 'paragraph', children: [{ type: 'text', value: '依据GB/T 9704-2012和Q/GDW 1146-2020，2024/25年度数据见https://www.example.gov.cn/xxgk。' }] },
    ],
  };
  const xml = openDocx(docxOf(doc)).document;
  it('holds U+200B after the slashes of codes and addresses, and none inside 2024/25', () => {
    expect(xml).toContain(`GB/${ZW}T 9704-2012`);
    expect(xml).toContain(`Q/${ZW}GDW 1146-2020`);
    expect(xml).toContain(`https://${ZW}www.example.gov.cn/${ZW}xxgk`);
    expect(xml).toContain('2024/25年度');
  });
  it('keeps the document properties unmarked (search and metadata see the text as written)', () => {
    const core = openDocx(docxOf({ ...doc, meta: { ...doc.meta, title: '关于GB/T 9704-2012执行情况的函' } })).part('docProps/core.xml');
    expect(core).toContain('GB/T 9704-2012');
    expect(core).not.toContain(ZW);
  });
});

/**
 * A 抄送 list longer than a page (the issue's 120 entries) is refused at /cc, saying how many
 * entries fit; the list of exactly that many lays out whole on the last page: every name in the
 * PDF's text, no text outside the page or over other text, the 版记 ending on row 22.
 */
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/check/checkPdf.ts';
import { CaseError } from '../../src/errors.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';
import { pdfText } from '../pdf/pdfProbe.ts';
import { decision, loaded, minutesCase, rectification } from '../kinds/sampleCases.ts';

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `某某市第${i + 1}监督检查室`);

async function refusal(promise: Promise<unknown>): Promise<CaseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CaseError) return error;
    throw error;
  }
  throw new Error('expected the case to be refused');
}

describe('a 抄送 list longer than the page', async () => {
  const fonts = await loadFontSet();

  it('is refused at /cc with how many entries fit, and that many lay out whole', async () => {
    const error = await refusal(renderCase(loaded({ ...rectification(), cc: names(120) }, '/documents/1'), { formats: ['docx', 'pdf'], fonts }));
    expect(error.issues).toHaveLength(1);
    const issue = error.issues[0]!;
    expect(issue.pointer).toBe('/documents/1/cc');
    expect(issue.found).toMatch(/^120 项，需 \d+ 行/);
    const fit = Number(/至多约 (\d+) 项/.exec(issue.expected.zh)?.[1]);
    expect(issue.expected.en).toContain(`about ${fit} of these names`);
    expect(error.describe('zh')).toContain('/documents/1/cc：应为在一页之内排完的抄送机关（版记须在末页，一页 22 行，加印发机关一行，抄送至多 21 行');
    expect(fit).toBeGreaterThan(40);
    expect(fit).toBeLessThan(120);

    await refusal(renderCase(loaded({ ...rectification(), cc: names(fit + 1) }), { formats: ['pdf'], fonts }));
    const { plan, outputs } = await renderCase(loaded({ ...rectification(), cc: names(fit) }), { formats: ['pdf'], fonts });
    expect(plan.colophon).toMatchObject({ firstRow: 1 });
    const pdf = outputs[0]!.bytes;
    const last = pdfText(pdf, false).at(-1)!.replace(/\s+/g, '');
    expect(last).toContain(`抄送：${names(fit).join('，')}。`);
    const report = await checkPdf(pdf);
    expect(report.findings.filter((f) => f.rule.startsWith('text.'))).toEqual([]);
  });

  it('refuses a one-row field too long for its row at that field, never drawing it off the page', async () => {
    const long = '某'.repeat(60);
    const cases = [
      { data: { ...rectification(), issuer: { name: long } }, pointer: '/issuer/name' },
      { data: { ...decision(), decidedBy: long }, pointer: '/decidedBy' },
      { data: { ...rectification(), printer: { name: long, date: '2026-11-25' } }, pointer: '/printer/name' },
      { data: { ...minutesCase(), meeting: { ...minutesCase().meeting, session: long } }, pointer: '/meeting/session' },
    ];
    for (const { data, pointer } of cases) {
      const error = await refusal(renderCase(loaded(data), { formats: ['pdf'], fonts }));
      expect(error.issues.map((i) => i.pointer)).toEqual([pointer]);
      expect(error.issues[0]!.found).toBe('60 个字符 (characters)');
    }
  });

  it('prints a printing office name with a line break in it whole', async () => {
    const { outputs } = await renderCase(loaded({ ...rectification(), printer: { name: '某某市纪委\r\n办公室', date: '2026-11-25' } }), { formats: ['pdf'], fonts });
    expect(pdfText(outputs[0]!.bytes, false).at(-1)!.replace(/\s+/g, '')).toMatch(/某某市纪委办公室(—\d+—)?2026年11月25日印发/);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../src/model/types.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { sampleDocuments, sampleLetter } from '../support/sampleDocuments.ts';
import { breaksAgree, pageTextsAgree, renderPageTexts, type PageTexts } from './compareBreaks.ts';
import { endGroupDocuments, noteShapes, type EndGroupVariant } from './endGroupVariants.ts';

const para = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });

/** Letters whose last paragraph (three rows) lands across the page end, signature after it. */
function keepVariants(): Record<string, OfficialDocument> {
  const docs: Record<string, OfficialDocument> = {};
  for (let n = 0; n < 4; n++) {
    docs[`keep${n}`] = {
      ...sampleLetter,
      signature: n % 2 ? { ...sampleLetter.signature!, seals: undefined } : sampleLetter.signature,
      body: [
        ...sampleLetter.body.slice(0, -1),
        ...Array.from({ length: n }, (_, i) => para(`第${i + 1}项补充说明已核实。`)),
        para('请你委在收到本函后及时组织力量开展核查工作，核查中如发现其他违纪违法问题线索，请一并移交我委处理，并将有关情况书面告知我委第二监督检查室。'),
      ],
    };
  }
  return docs;
}

/**
 * The end group (body's last paragraph of 1–6 rows, 附件说明 of 0–3 rows as one-row names or a
 * two-row name, sealed and unsealed signature, 附注, talk-record closing lines, minutes'
 * attendance lists) across the page end at every offset.
 */
function endGroupVariants(): Record<string, OfficialDocument> {
  const variants: Record<string, EndGroupVariant> = {};
  for (const lastRows of [1, 2, 3]) {
    for (const shape of ['n0', 'n1', 'n2', 'nL', 'n3'] as const) {
      for (const sealed of [true, false]) variants[`L${lastRows}-${shape}-${sealed ? 'sealed' : 'unsealed'}`] = { lastRows, note: noteShapes[shape]!, sealed };
    }
  }
  // Four rows and more: only the last two keep with the group (PagePlan.anchorSplit).
  for (const lastRows of [4, 6]) {
    for (const sealed of [true, false]) variants[`L${lastRows}-n0-${sealed ? 'sealed' : 'unsealed'}`] = { lastRows, note: noteShapes.n0!, sealed };
  }
  variants['L5-n1-sealed'] = { lastRows: 5, note: noteShapes.n1!, sealed: true };
  variants['L2-remark'] = { lastRows: 2, note: noteShapes.n1!, sealed: true, remark: '此件发至被建议单位' };
  variants['L3-closing'] = { lastRows: 3, note: [], sealed: false, closing: true };
  variants['L2-attendance'] = { lastRows: 2, note: [], sealed: false, noSignature: true, attendance: [{ label: '出席', names: ['陈某某', '刘某某'] }, { label: '请假', names: ['朱某某'] }] };
  variants['L1-signature-attendance'] = { lastRows: 1, note: [], sealed: false, attendance: [{ label: '出席', names: ['陈某某', '刘某某'] }] };
  return endGroupDocuments(variants);
}

describe('page breaks agree with LibreOffice rendering the DOCX of the same document', () => {
  const samples = { ...sampleDocuments, ...keepVariants() };
  const endGroups = endGroupVariants();
  let texts: PageTexts;

  // Both tests' documents rendered together: one soffice run, one layout per document.
  beforeAll(async () => {
    requireLibreOffice();
    texts = await renderPageTexts({ ...samples, ...endGroups });
  }, 600_000);

  it('samples and keep-with-signature variants: every page starts and ends with the same text', () => {
    const { agree, total, notes } = breaksAgree(samples, texts);
    expect(notes).toEqual([]);
    expect(agree).toBe(total);
  });

  it('end group across the page end at every offset: every page holds the same text', () => {
    const { agree, total, notes } = pageTextsAgree(endGroups, texts);
    expect(notes).toEqual([]);
    expect(agree).toBe(total);
    expect(total).toBeGreaterThan(250);
  });
});

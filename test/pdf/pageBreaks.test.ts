import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../src/model/types.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { sampleDocuments, sampleLetter } from '../support/sampleDocuments.ts';
import { compareBreaks } from './compareBreaks.ts';

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

describe('page breaks agree with LibreOffice rendering the DOCX of the same document', () => {
  it('samples and keep-with-signature variants: every page starts and ends with the same text', async () => {
    requireLibreOffice();
    const { agree, total, notes } = await compareBreaks({ ...sampleDocuments, ...keepVariants() });
    expect(notes).toEqual([]);
    expect(agree).toBe(total);
  }, 300_000);
});

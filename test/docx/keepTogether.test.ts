/**
 * The end group in the OOXML (src/layout/keepTogether.ts): w:keepNext on the body's last
 * paragraph, the spacer rows, every 附件说明 paragraph, the signature rows, the date when 附注
 * follows, the attendance lists — on every paragraph of the group but its last, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../src/model/types.ts';
import { endGroupDocument } from '../pdf/endGroupVariants.ts';
import { sampleMinutes } from '../support/sampleDocuments.ts';
import { openDocx } from './support.ts';
import { docxOf } from '../support/planOf.ts';

interface BodyParagraph {
  text: string;
  keepNext: boolean;
}

/** Top-level paragraphs of the body (plain layout: no frame, no nested text boxes). */
function bodyParagraphs(doc: OfficialDocument): BodyParagraph[] {
  const xml = openDocx(docxOf(doc)).document;
  const body = xml.slice(xml.indexOf('<w:body>'));
  return [...body.matchAll(/<w:p\/>|<w:p[\s>][\s\S]*?<\/w:p>/g)].map((m) => ({
    text: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    keepNext: m[0].includes('<w:keepNext/>'),
  }));
}

/** [text, keepNext] from the paragraph that starts with `from` to the end of the body. */
const tail = (paragraphs: BodyParagraph[], from: string): [string, boolean][] =>
  paragraphs.slice(paragraphs.findIndex((p) => p.text.startsWith(from))).map((p) => [p.text, p.keepNext]);

describe('DOCX keep-with-next of the end group', () => {
  it('chains the last body paragraph, spacer, every 附件说明 row, signature rows and 附注; the last row ends the chain', () => {
    const doc = endGroupDocument({ lastRows: 2, note: ['整改任务清单', '问题明细表'], sealed: true, remark: '此件发至被建议单位' }, 3);
    const paragraphs = bodyParagraphs(doc);
    // Body paragraphs before the last one are not kept.
    expect(paragraphs.slice(0, 3).map((p) => p.keepNext)).toEqual([false, false, false]);
    expect(paragraphs.slice(3).map((p): [string, boolean] => [p.text, p.keepNext])).toEqual([
      [expect.stringMatching(/^查工作.*。$/), true],
      ['', true],
      ['附件：1.整改任务清单', true],
      ['2.问题明细表', true],
      ['', true],
      ['', true],
      ['中共某某市纪律检查委员会', true],
      ['2026年11月24日', true],
      ['（此件发至被建议单位）', false],
    ]);
  });

  it('ends the chain on the date when no 附注 follows (unsealed: one spacer row)', () => {
    const paragraphs = bodyParagraphs(endGroupDocument({ lastRows: 1, note: ['整改任务清单'], sealed: false }, 2));
    expect(tail(paragraphs, '附件')).toEqual([
      ['附件：整改任务清单', true],
      ['', true],
      ['中共某某市纪律检查委员会', true],
      ['2026年11月24日', false],
    ]);
    expect(paragraphs.at(-5)).toMatchObject({ keepNext: true });
  });

  it('keeps talk-record closing lines (right-aligned body paragraphs) with the paragraph before', () => {
    const paragraphs = bodyParagraphs(endGroupDocument({ lastRows: 1, note: [], sealed: false, closing: true }, 2));
    expect(paragraphs.map((p) => p.keepNext)).toEqual([false, false, true, true, false]);
    expect(paragraphs.at(-1)?.text).toBe('2026年11月20日');
  });

  it('keeps the minutes’ attendance lists with the last body paragraph', () => {
    const paragraphs = bodyParagraphs({ ...sampleMinutes, layout: 'plain', colophon: undefined });
    expect(tail(paragraphs, '会议要求').slice(-5)).toEqual([
      [expect.stringMatching(/^会议要求/), true],
      ['', true],
      [expect.stringMatching(/^出席：/), true],
      [expect.stringMatching(/^请假：/), true],
      [expect.stringMatching(/^列席：/), false],
    ]);
    // Besides the group, only the headings standing alone keep with what follows them.
    const headings = new Set(sampleMinutes.body.filter((b) => b.type === 'heading' && !b.runIn).map((b) => (b.type === 'heading' ? `${b.number ?? ''}${b.children.map((c) => ('value' in c ? c.value : '')).join('')}` : '')));
    expect(paragraphs.filter((p) => p.keepNext && !headings.has(p.text))).toHaveLength(4);
  });

  it('sets no keep when nothing follows the body', () => {
    const doc = endGroupDocument({ lastRows: 2, note: [], sealed: false, noSignature: true }, 3);
    expect(bodyParagraphs(doc).some((p) => p.keepNext)).toBe(false);
  });
});

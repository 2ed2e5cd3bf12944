import { describe, expect, it } from 'vitest';
import { CharClass, classifyChar } from '../../src/layout/line/charClass.ts';

const cls = (ch: string) => classifyChar(ch.codePointAt(0)!);

describe('classifyChar', () => {
  it('puts Han, CJK punctuation and full-width forms on the grid', () => {
    for (const ch of '公文纪委〔〕《》，。、；：？！（）“”‘’——……·％１Ａ　①℃※〇𠮷') expect(cls(ch), ch).toBe(CharClass.Cell);
  });
  it('sets Latin letters, digits and ASCII punctuation half-width', () => {
    for (const ch of 'aZ09.,-/%()[]@#&+=éßΩД–°') expect(cls(ch), ch).toBe(CharClass.Word);
  });
  it('knows spaces, hard breaks and invisible characters', () => {
    expect(cls(' ')).toBe(CharClass.Space);
    expect(cls('\t')).toBe(CharClass.Space);
    expect(cls('\u2003')).toBe(CharClass.Space);
    expect(cls('\n')).toBe(CharClass.Break);
    expect(cls('\u2028')).toBe(CharClass.Break);
    for (const ch of '\r\u200b\u200d\ufeff\ufe0f\u00ad') expect(cls(ch)).toBe(CharClass.Ignore);
  });
  it('keeps the non-breaking space inside a word', () => {
    expect(cls('\u00a0')).toBe(CharClass.Word);
  });
});

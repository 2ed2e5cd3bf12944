import { describe, expect, it } from 'vitest';
import { NO_ROW_END, NO_ROW_START, canBreakBetween, canEndRow, canStartRow } from '../../src/layout/line/kinsoku.ts';

const cp = (ch: string) => ch.codePointAt(0)!;

describe('禁则 tables', () => {
  it('forbid closing and middle punctuation at a row start', () => {
    for (const ch of '，。、；：？！）》」』〕】”’％·') {
      expect(NO_ROW_START).toContain(ch);
      expect(canStartRow(cp(ch)), ch).toBe(false);
    }
    for (const ch of '公（《“〔1a—…') expect(canStartRow(cp(ch)), ch).toBe(true);
  });
  it('forbid opening brackets and quotes at a row end', () => {
    for (const ch of '（《「『〔【“‘') {
      expect(NO_ROW_END).toContain(ch);
      expect(canEndRow(cp(ch)), ch).toBe(false);
    }
    for (const ch of '公）》”。—…') expect(canEndRow(cp(ch)), ch).toBe(true);
  });
  it('never split —— or ……, but allow breaks around them', () => {
    expect(canBreakBetween(cp('—'), cp('—'))).toBe(false);
    expect(canBreakBetween(cp('…'), cp('…'))).toBe(false);
    expect(canBreakBetween(cp('—'), cp('…'))).toBe(true);
    expect(canBreakBetween(cp('公'), cp('—'))).toBe(true);
    expect(canBreakBetween(cp('—'), cp('公'))).toBe(true);
    expect(canBreakBetween(cp('…'), cp('。'))).toBe(false);
  });
  it('combine the start and end rules', () => {
    expect(canBreakBetween(cp('书'), cp('》'))).toBe(false);
    expect(canBreakBetween(cp('《'), cp('中'))).toBe(false);
    expect(canBreakBetween(cp('》'), cp('第'))).toBe(true);
    expect(canBreakBetween(cp('𠮷'), cp('公'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/case/index.ts';
import { CaseError, type CaseIssue } from '../../src/errors.ts';
import { rectification, speech, talkRecord } from './caseSamples.ts';

function issuesOf(data: unknown): CaseIssue[] {
  try {
    validateCase(data, 'x.json', '');
  } catch (error) {
    if (error instanceof CaseError) return error.issues;
    throw error;
  }
  throw new Error('valid');
}

function messages(data: unknown): { zh: string; en: string } {
  try {
    validateCase(data, 'x.json', '');
  } catch (error) {
    if (error instanceof CaseError) return { zh: error.describe('zh'), en: error.describe('en') };
    throw error;
  }
  throw new Error('valid');
}

describe('validation messages', () => {
  it('a missing field is named by its own pointer, with its type and schema title', () => {
    const { zh, en } = messages(rectification({ problems: [{ detail: '……' }] }));
    expect(zh).toContain('/problems/0/title：应为字符串（问题标题），实际缺失');
    expect(en).toContain('/problems/0/title: expected a string (field "title"), but it is missing');
  });

  it('a wrong type says what was expected and what was found', () => {
    const { zh, en } = messages(talkRecord({ interviewers: { name: '郑某某' } }));
    expect(zh).toContain('/interviewers：应为数组（谈话人），实际为 {"name":"郑某某"}');
    expect(en).toContain('/interviewers: expected an array, found {"name":"郑某某"}');
  });

  it('an enum lists the allowed values', () => {
    const { zh, en } = messages(speech({ numbering: '1.' }));
    expect(zh).toContain('/numbering：应为部分序号样式之一：第一，、一、，实际为 "1."');
    expect(en).toContain('/numbering: expected one of 第一，, 一、, found "1."');
    expect(messages(rectification({ layout: 'fancy' })).zh).toContain('/layout：应为版式之一：document、letter、minutes、plain');
  });

  it('measures not allowed for a person say which are, and why', () => {
    const data = {
      kind: 'accountability-decision',
      id: 'A',
      issuer: { name: '中共某某市委员会' },
      date: '2026-11-18',
      subject: { type: 'person', name: '张某某' },
      facts: '……',
      basis: ['《中国共产党问责条例》第七条'],
      measures: ['诫勉', '改组'],
    };
    const issues = issuesOf(data);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.pointer).toBe('/measures/1');
    expect(issues[0]?.expected.zh).toBe('对领导干部的问责方式之一：通报、诫勉、组织调整、组织处理、纪律处分（subject.type 为 person 时）');
    expect(issues[0]?.expected.en).toBe('one of 通报, 诫勉, 组织调整, 组织处理, 纪律处分 (allowed when subject.type is "person")');
    const repeated = issuesOf({ ...data, measures: ['诫勉', '诫勉'] });
    expect(repeated).toEqual([expect.objectContaining({ pointer: '/measures/1', found: '"诫勉"' })]);
    expect(repeated[0]?.expected.zh).toContain('与 /measures/0 相同');
  });

  it('an attachment of the wrong type lists the two accepted forms', () => {
    const issues = issuesOf(rectification({ attachments: ['问题清单', 3] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ pointer: '/attachments/1', found: '3' });
    expect(issues[0]?.expected.zh).toBe('以下之一：附件名称（字符串）；或附件对象（对象）');
    expect(issues[0]?.expected.en).toBe('one of: a string; or an object with title');
  });

  it('empty strings, zero days and long found values', () => {
    const issues = issuesOf(rectification({ id: '', deadlineDays: 0, addressee: ['x'.repeat(80), ''] }));
    const byPointer = Object.fromEntries(issues.map((i) => [i.pointer, i]));
    expect(byPointer['/id']?.expected.zh).toBe('非空字符串（案件编号）');
    expect(byPointer['/deadlineDays']?.expected.zh).toBe('不小于 1 的整数（书面报告期限（天））');
    expect(byPointer['/deadlineDays']?.expected.en).toBe('a number at least 1');
    expect(byPointer['/addressee/1']?.expected.zh).toBe('非空字符串（主送机关名称）');
    const long = issuesOf(rectification({ addressee: 'x'.repeat(80) }))[0]?.found ?? '';
    expect([...long]).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
  });

  it('a bare word title gets its parent’s: 谈话人姓名, 记录人姓名', () => {
    const issues = issuesOf(talkRecord({ interviewers: [{ position: '主任' }], recorder: { name: 7 } }));
    expect(issues.map((i) => i.expected.zh)).toEqual(['字符串（谈话人姓名）', '字符串（记录人姓名）']);
  });

  it('an unknown or missing kind lists every kind with its Chinese name', () => {
    const unknown = issuesOf({ kind: 'notice', id: 'x' });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ pointer: '/kind', found: '"notice"' });
    for (const text of ['rectification-suggestion（整改建议书、纪律检查建议书、监察建议书）', 'speech（讲话稿）', 'talk-record（谈话记录）']) {
      expect(unknown[0]?.expected.zh).toContain(text);
    }
    expect(issuesOf({ id: 'x' })[0]).toMatchObject({ pointer: '/kind', missing: true });
    expect(messages({ id: 'x' }).zh).toContain('/kind：应为文种代码之一：');
  });

  it('a document that is not an object', () => {
    expect(issuesOf('text')[0]).toMatchObject({ pointer: '', found: '"text"' });
    expect(messages(null).en).toContain('(whole file): expected a case object');
  });

  it('every problem is listed, in one error', () => {
    const issues = issuesOf({
      kind: 'speech',
      id: 'S',
      issuer: { name: '某某市纪委' },
      meeting: { name: '会议', date: '2026-11-31' },
      speaker: {},
      parts: [{ points: [{ body: '……' }] }],
      secrecy: '保密',
      urgency: '急',
    });
    expect(issues.map((i) => i.pointer).sort()).toEqual(
      ['/meeting/date', '/parts/0/heading', '/parts/0/points/0/heading', '/secrecy', '/speaker/name', '/urgency'].sort(),
    );
  });
});

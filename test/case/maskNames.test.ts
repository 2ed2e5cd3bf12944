/**
 * --mask-names: the names in a case's person fields become 某某 forms everywhere (Markdown and
 * tables included), organisation names stay; no masked name survives in the PDF text or the DOCX XML.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskedName, maskNames, nameIn, personNames } from '../../src/case/maskNames.ts';
import { personFields } from '../../src/case/personFields.ts';
import type { AccountabilityDecision, MeetingMinutes, TalkRecord } from '../../src/case/types.ts';
import { renderCase } from '../../src/render/renderCase.ts';
import { pdfText } from '../pdf/pdfProbe.ts';
import { packageFonts } from '../support/planOf.ts';
import { decision, loaded, minutesCase, talk } from '../kinds/sampleCases.ts';

const talkCase = (): TalkRecord => ({
  ...talk(),
  interviewers: [
    { name: '欧阳明远', position: '第三监督检查室主任' },
    { name: '李文静', position: '第三监督检查室干部' },
  ],
  recorder: { name: '李文静', position: '第三监督检查室干部' },
  interviewee: { name: '韩晓东', position: '某某区交通运输局局长' },
  subject: '关于韩晓东同志有关工作作风问题的反映',
  qa: [
    { q: '韩晓东同志，今天由欧阳明远和李文静同你谈话，你清楚吗？', a: '清楚。我是韩晓东。' },
    {
      q: '请说明有关情况，下表中的人员你是否认识？',
      a: '| 姓名 | 单位 |\n|---|---|\n| 欧阳明远 | 某某市纪委监委 |\n| 韩晓东 | 某某区交通运输局 |\n\n我认识**欧阳明远**同志。',
    },
  ],
});

const WORD_TEXT = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
const docxText = (bytes: Uint8Array): string => {
  const zip = new PizZip(bytes);
  return Object.keys(zip.files)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => zip.file(name)!.asText())
    .join('\n');
};

describe('maskNames', () => {
  it('finds the person fields through the kind schemas', () => {
    expect(personFields('talk-record').map((f) => f.path).sort()).toEqual(['/interviewee/name', '/interviewers/*/name', '/recorder/name', '/signers/*']);
    expect(personFields('meeting-minutes')).toEqual(
      expect.arrayContaining([
        { path: '/meeting/host', form: 'post-name' },
        { path: '/attendees/*', form: 'post-name' },
        { path: '/absent/*', form: 'post-name' },
        { path: '/observers/*', form: 'post-name' },
      ]),
    );
    expect(personFields('rectification-suggestion').map((f) => f.path)).toContain('/contact/name');
    expect(personFields('accountability-decision').map((f) => f.path)).toContain('/subject/name');
    expect(personFields('speech').map((f) => f.path)).toContain('/speaker/name');
  });

  it('keeps compound surnames; leaves names already masked', () => {
    expect(['韩晓东', '欧阳明远', '王强', '上官云', '司马光明', '张某某', '王某'].map(maskedName)).toEqual(['韩某某', '欧阳某某', '王某某', '上官某某', '司马某某', '张某某', '王某']);
  });

  it('reads the name after a post, before a remark in brackets', () => {
    expect(nameIn('市纪委常委、市监委委员上官云飞（参加省纪委培训）', 'post-name')).toBe('上官云飞');
    expect(nameIn('市纪委监委办公室 韩晓东', 'post-name')).toBe('韩晓东');
    expect(nameIn('市委常委、市纪委书记、市监委主任欧阳明远', 'post-name')).toBe('欧阳明远');
  });

  it('masks names in every text field, Markdown tables included; organisations untouched', () => {
    const masked = maskNames(talkCase());
    expect(personNames(talkCase())).toEqual(['欧阳明远', '李文静', '韩晓东']); // longest first
    expect(masked.interviewee).toEqual({ name: '韩某某', position: '某某区交通运输局局长' });
    expect(masked.qa[1]!.a).toBe('| 姓名 | 单位 |\n|---|---|\n| 欧阳某某 | 某某市纪委监委 |\n| 韩某某 | 某某区交通运输局 |\n\n我认识**欧阳某某**同志。');
    expect(masked.issuer).toEqual(talkCase().issuer);

    const minutes: MeetingMinutes = {
      ...minutesCase(),
      meeting: { ...minutesCase().meeting, host: '市纪委书记欧阳明远' },
      attendees: ['市纪委副书记上官云飞', '市纪委常委韩晓东（请假）'],
      topics: [{ title: '听取上官云飞同志汇报', decision: '会议同意韩晓东同志的意见。' }],
    };
    const m = maskNames(minutes);
    expect([m.meeting.host, ...m.attendees, m.topics[0]!.title, m.topics[0]!.decision]).toEqual([
      '市纪委书记欧阳某某',
      '市纪委副书记上官某某',
      '市纪委常委韩某某（请假）',
      '听取上官某某同志汇报',
      '会议同意韩某某同志的意见。',
    ]);

    const organisation: AccountabilityDecision = {
      ...decision(),
      subject: { type: 'organization', name: '中共某某市韩家区党组' },
      measures: ['检查'],
      facts: '中共某某市韩家区党组落实主体责任不力。',
    };
    expect(maskNames(organisation)).toEqual(organisation);
  });
});

describe('--mask-names in the rendered documents', () => {
  let pdf: string;
  let docx: string;
  let cliDocx: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-mask-'));
    const file = join(dir, 'talk.json');
    await writeFile(file, JSON.stringify(talkCase()));
    const bin = resolve('bin/gongwen.js');
    const [rendered] = await Promise.all([
      renderCase(loaded(talkCase()), { formats: ['pdf', 'docx'], fonts: packageFonts(), maskNames: true }),
      promisify(execFile)(process.execPath, [bin, 'render', file, '--out', join(dir, 'out'), '--format', 'docx', '--mask-names']),
    ]);
    pdf = pdfText(rendered.outputs[0]!.bytes).join('\n').replace(/\s+/g, '');
    docx = docxText(rendered.outputs[1]!.bytes);
    const [name] = await readdir(join(dir, 'out'));
    cliDocx = docxText(await readFile(join(dir, 'out', name!)));
  });

  it('no masked name survives in the PDF text; the 某某 forms and the organisations are there', () => {
    for (const name of ['韩晓东', '欧阳明远', '李文静']) expect(pdf).not.toContain(name);
    for (const text of ['韩某某', '欧阳某某', '李某某', '某某区交通运输局局长', '某某市纪委监委']) expect(pdf).toContain(text);
  });

  it('no masked name survives anywhere in the DOCX XML (render --mask-names from the CLI too)', () => {
    for (const xml of [docx, cliDocx]) {
      for (const name of ['韩晓东', '欧阳明远', '李文静']) expect(xml).not.toContain(name);
      const text = [...xml.matchAll(WORD_TEXT)].map((m) => m[1]).join('');
      expect(text).toContain('欧阳某某');
      expect(text).toContain('韩某某');
    }
  });
});

import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseError, GongwenError } from '../../src/errors.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import { inlineText } from '../../src/model/inlines.ts';
import type { Block, Heading, OfficialDocument, Paragraph, Table } from '../../src/model/types.ts';
import { decision, loaded, minutesCase, rectification, speechCase, summaryCase, talk } from './sampleCases.ts';

const headings = (doc: OfficialDocument): Heading[] => doc.body.filter((b): b is Heading => b.type === 'heading');
const numbered = (doc: OfficialDocument): string[] => headings(doc).map((h) => h.number + inlineText(h.children));
const paragraphs = (blocks: Block[]): Paragraph[] => blocks.filter((b): b is Paragraph => b.type === 'paragraph');
const texts = (doc: OfficialDocument): string[] => paragraphs(doc.body).map((p) => inlineText(p.children));

describe('rectification-suggestion', () => {
  it('builds the frame: header, title, addressee, signature with seal, note, attachments, colophon', async () => {
    const doc = await buildDocument(loaded(rectification()));
    expect(doc.layout).toBe('document');
    expect(doc.header).toEqual({
      copyNumber: '000001',
      secrecy: '内部',
      urgency: '特急',
      issuerMark: '中共某某市纪律检查委员会文件',
      docNumber: '某纪建〔2026〕3号',
    });
    expect(doc.title).toBe('关于中共某某市住房和城乡建设局党组有关问题的纪律检查建议书');
    expect(doc.addressees).toEqual(['中共某某市住房和城乡建设局党组']);
    expect(doc.signature?.issuers).toEqual(['中共某某市纪律检查委员会']);
    expect(doc.signature?.date).toBe('2026年11月24日');
    expect(doc.signature?.seals?.map((s) => s.format)).toEqual(['png']);
    expect(Array.from(doc.signature!.seals![0]!.data.subarray(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(doc.note).toBe('（此件发至县级）');
    expect(doc.attachmentNote).toEqual(['问题清单', '整改台账样式']);
    expect(doc.attachments).toHaveLength(1);
    expect(doc.attachments[0]!.number).toBe(2);
    expect(doc.attachments[0]!.title).toBe('整改台账样式');
    expect((doc.attachments[0]!.body[0] as Table).rows).toHaveLength(2);
    expect(doc.colophon).toEqual({
      cc: ['中共某某省纪律检查委员会', '某某市人民政府办公室'],
      printer: { name: '某某市纪委办公室', date: '2026年11月25日' },
    });
    expect(doc.furniture).toEqual({ folio: 'dash' });
    expect(doc.meta).toEqual({
      id: 'JJ-2026-017',
      kind: 'rectification-suggestion',
      kindName: '纪律检查建议书',
      title: doc.title,
      author: '中共某某市纪律检查委员会',
      date: '2026-11-24',
      lang: 'zh-CN',
    });
  });

  it('builds the body: basis, 一、主要问题, 二、整改建议, 三、有关要求 with deadline and contact', async () => {
    const doc = await buildDocument(loaded(rectification()));
    expect(numbered(doc)).toEqual([
      '一、主要问题',
      '（一）工程项目审批把关不严',
      '（二）制度执行不到位。',
      '二、整改建议',
      '（一）健全审批制度',
      '（二）开展警示教育',
      '（三）加强日常监督',
      '三、有关要求',
    ]);
    expect(inlineText(headings(doc)[2]!.runIn ?? [])).toBe('部分科室未按规定登记报备。');
    const body = texts(doc);
    expect(body[0]).toBe('在对某某市住房和城乡建设局开展专项监督检查中，发现你单位存在以下问题。');
    expect(body.some((t) => t.includes('请于收到本建议书之日起30日内将整改落实情况书面报送我委。'))).toBe(true);
    expect(body.at(-1)).toBe('联系人：王某，联系电话：0000-12345678。');
  });

  it('监察建议书 asks for a written reply within one month; 整改建议书 has its own title', async () => {
    const jc = { ...rectification(), subtype: '监察建议书' as const, docNumber: '某监建(2026)1号', title: undefined };
    const doc = await buildDocument(loaded(jc));
    expect(doc.title).toBe('关于中共某某市住房和城乡建设局党组有关问题的监察建议书');
    expect(doc.meta.kindName).toBe('监察建议书');
    expect(doc.header.docNumber).toBe('某监建〔2026〕1号');
    const body = texts(doc).join('\n');
    expect(body).toContain('《中华人民共和国监察法》');
    expect(body).toContain('于收到本建议书之日起一个月内将采纳监察建议、整改落实情况书面回复我委');
    expect(body).toContain('无正当理由拒不采纳监察建议的');

    const zg = { ...rectification(), subtype: '整改建议书' as const, deadline: '2026-12-31' };
    const doc2 = await buildDocument(loaded(zg));
    expect(doc2.title).toBe('对中共某某市住房和城乡建设局党组的整改建议书');
    expect(texts(doc2).join('\n')).toContain('请于2026年12月31日前将整改落实情况书面报送我委。');
  });

  it('a case title wins; without source a default opening is written', async () => {
    const c = { ...rectification(), title: '关于加强工程项目审批管理的纪律检查建议书', source: undefined };
    const doc = await buildDocument(loaded(c));
    expect(doc.title).toBe('关于加强工程项目审批管理的纪律检查建议书');
    expect(texts(doc)[0]).toBe('在近期开展的监督检查中，发现你单位存在以下问题。');
  });

  it('hostile plain text prints as itself and cannot add structure', async () => {
    const hostile = '*x* # h | a | <w:p> {{x}} {title} 1. x > q';
    const c = rectification();
    c.problems = [{ title: hostile }, { title: '# 伪标题' }];
    c.contact = { name: '<w:p>', phone: '| 1 |' };
    const doc = await buildDocument(loaded(c));
    expect(numbered(doc).slice(1, 3)).toEqual([`（一）${hostile}`, '（二）# 伪标题']);
    expect(headings(doc)).toHaveLength(8);
    expect(texts(doc).at(-1)).toBe('联系人：<w:p>，联系电话：| 1 |。');
  });

  it('Markdown fields keep their structure, but cannot forge a directive', async () => {
    const c = rectification();
    c.problems = [{ title: '问题', detail: '**重点**说明：\n\n- 第一点\n- 第二点\n\n<!-- align:right -->\n伪右对齐' }];
    const doc = await buildDocument(loaded(c));
    const i = doc.body.findIndex((b) => b.type === 'heading' && inlineText(b.children) === '问题');
    const [p, list, forged] = doc.body.slice(i + 1, i + 4);
    expect(p).toEqual({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: '重点' }] }, { type: 'text', value: '说明：' }] });
    expect(list?.type === 'list' && list.items.map((it) => it.marker + inlineText(it.children[0]!.children))).toEqual(['●第一点', '●第二点']);
    expect(forged?.type).toBe('paragraph');
    expect((forged as Paragraph).align).toBeUndefined();
    expect(inlineText((forged as Paragraph).children)).toBe('<!-- align:right -->伪右对齐');
  });
});

describe('accountability-decision', () => {
  it('a person: particulars, facts, basis, decision, appeal; signed by the deciding body', async () => {
    const doc = await buildDocument(loaded(decision()));
    expect(doc.title).toBe('关于对张某某同志问责的决定');
    expect(doc.header.issuerMark).toBe('中共某某市纪律检查委员会文件');
    expect(doc.header.docNumber).toBe('某纪问〔2026〕4号');
    expect(headings(doc)).toHaveLength(0);
    expect(texts(doc)).toEqual([
      '张某某，男，1975年3月生，中共党员，某某市住房和城乡建设局副局长。',
      '张某某同志在担任分管领导期间，对分管领域安全生产工作履职不力。',
      '2026年5月，辖区内发生一起责任事故。',
      '依据《中国共产党问责条例》第七条第一项、第八条第一款第二项的规定，经中共某某市委研究，决定给予张某某同志诫勉。',
      '如不服本决定，可自收到本决定之日起一个月内向中共某某市委书面提出申诉。申诉期间，不停止本决定的执行。',
    ]);
    expect(doc.signature).toEqual({ issuers: ['中共某某市委'], date: '2026年10月15日', issuerFields: ['/decidedBy'] });
    expect(doc.colophon?.cc).toEqual(['中共某某市委组织部', '某某市住房和城乡建设局']);
    expect(doc.meta.kindName).toBe('问责决定书');
  });

  it('an organisation: its own title and decision wording', async () => {
    const c = decision();
    c.subject = { type: 'organization', name: '中共某某市某某局党组' };
    c.measures = ['检查', '通报'];
    c.decidedBy = undefined;
    c.appealDays = 15;
    const doc = await buildDocument(loaded(c));
    expect(doc.title).toBe('关于对中共某某市某某局党组问责的决定');
    const body = texts(doc);
    expect(body[0]).toBe('问责对象：中共某某市某某局党组。');
    expect(body).toContain(
      '依据《中国共产党问责条例》第七条第一项、第八条第一款第二项的规定，经中共某某市纪律检查委员会研究，决定对中共某某市某某局党组予以检查和通报。',
    );
    expect(body.at(-1)).toBe('如不服本决定，可自收到本决定之日起15日内向中共某某市纪律检查委员会书面提出申诉。申诉期间，不停止本决定的执行。');
    expect(doc.signature?.issuers).toEqual(['中共某某市纪律检查委员会']);
  });
});

describe('talk-record', () => {
  it('plain layout, header table without header row, Q/A labels in 黑体, confirmation, right-aligned signature and date', async () => {
    const doc = await buildDocument(loaded(talk()));
    expect(doc.layout).toBe('plain');
    expect(doc.header).toEqual({});
    expect(doc.title).toBe('提醒谈话记录');
    expect(doc.signature).toBeUndefined();
    expect(doc.furniture).toEqual({ folio: 'of-total', pageSignatures: ['被谈话人签名：', '记录人签名：'] });
    const table = doc.body[0] as Table;
    expect(table.type).toBe('table');
    expect(table.headerRows).toBe(0);
    expect(table.columnWidths).toEqual([1, 4]);
    expect(table.rows.map((r) => r.cells.map((c) => inlineText(c.children[0]!.children)))).toEqual([
      ['时间', '2026年11月20日9时30分至10时45分'],
      ['地点', '某某市纪委第三谈话室'],
      ['谈话人', '李某（第三监督检查室主任）；赵某某（第三监督检查室干部）'],
      ['记录人', '赵某某（第三监督检查室干部）'],
      ['被谈话人', '刘某某（某某区交通运输局局长）'],
      ['谈话事由', '有关工作作风问题的反映'],
    ]);
    const ps = paragraphs(doc.body);
    expect(ps[0]!.children[0]).toEqual({ type: 'text', value: '问：', font: 'heiti' });
    expect(ps[1]!.children).toEqual([
      { type: 'text', value: '答：', font: 'heiti' },
      { type: 'text', value: '清楚。' },
    ]);
    expect(ps.map((p) => inlineText(p.children))).toEqual([
      '问：今天找你谈话的目的，你清楚吗？',
      '答：清楚。',
      '问：请你说明一下有关情况。',
      '答：我先说第一方面。',
      '我再说第二方面。',
      '以上记录我已看过，与我所说一致。',
      '被谈话人（签名）：\u3000\u3000\u3000\u3000\u3000\u3000',
      '2026年11月20日',
    ]);
    expect(ps.slice(-2).map((p) => [p.align, p.indent])).toEqual([
      ['right', 'none'],
      ['right', 'none'],
    ]);
    expect(doc.meta.date).toBe('2026-11-20');
  });

  it('without type, end or subject: 谈话记录, the start alone, no 谈话事由 row', async () => {
    const c = { ...talk(), talkType: undefined, end: undefined, subject: undefined, closing: '以上记录已向我宣读，与我所说一致。' };
    const doc = await buildDocument(loaded(c));
    expect(doc.title).toBe('谈话记录');
    const table = doc.body[0] as Table;
    expect(table.rows).toHaveLength(5);
    expect(inlineText(table.rows[0]!.cells[1]!.children[0]!.children)).toBe('2026年11月20日9时30分');
    expect(texts(doc)).toContain('以上记录已向我宣读，与我所说一致。');
  });
});

describe('speech', () => {
  it('title, subtitle rows, salutation flush left, 第一，parts kept as written with run-in lead, bold points, ending', async () => {
    const doc = await buildDocument(loaded(speechCase()));
    expect(doc.layout).toBe('plain');
    expect(doc.title).toBe('在全市政治监督工作推进会上的讲话');
    expect(doc.subtitle).toEqual(['（2026年11月24日）', '市纪委书记、市监委主任\u3000张某某']);
    expect(doc.signature).toBeUndefined();
    expect(doc.colophon).toBeUndefined();
    const first = doc.body[0] as Paragraph;
    expect([inlineText(first.children), first.indent]).toEqual(['同志们：', 'none']);
    const hs = headings(doc);
    expect(hs.map((h) => [h.level, h.number, inlineText(h.children)])).toEqual([
      [1, '', '第一，要坚持问题导向，推进监督具体化。'],
      [1, '', '第二，要坚持系统观念，推进监督常态化。'],
      [1, '', '第三，要加强自身建设'],
    ]);
    expect(inlineText(hs[0]!.runIn ?? [])).toBe('监督要聚焦具体问题。');
    // No lead: the part stands alone instead of swallowing its first point.
    expect(hs[1]!.runIn).toBeUndefined();
    const points = paragraphs(doc.body).filter((p) => p.children[0]?.type === 'strong');
    expect(points.map((p) => p.children)).toEqual([
      [{ type: 'strong', children: [{ type: 'text', value: '突出重大部署落实' }] }, { type: 'text', value: '。要紧盯重点任务，开展专项检查。' }],
      [{ type: 'strong', children: [{ type: 'text', value: '突出“关键少数”' }] }, { type: 'text', value: '。要压实主体责任。' }],
      [{ type: 'strong', children: [{ type: 'text', value: '健全工作机制' }] }, { type: 'text', value: '。完善台账管理。' }],
    ]);
    expect(texts(doc).slice(-2)).toEqual(['同志们，任务艰巨，责任重大。', '谢谢大家。']);
  });

  it('numbering 一、 numbers the parts automatically', async () => {
    const doc = await buildDocument(loaded({ ...speechCase(), numbering: '一、' as const }));
    expect(headings(doc).map((h) => h.number + inlineText(h.children))).toEqual([
      '一、要坚持问题导向，推进监督具体化。',
      '二、要坚持系统观念，推进监督常态化。',
      '三、要加强自身建设',
    ]);
  });
});

describe('speech-summary', () => {
  it('lead paragraph, 一、 parts and （一） points', async () => {
    const doc = await buildDocument(loaded(summaryCase()));
    expect(doc.title).toBe('张某某同志在全市政治监督工作推进会上的讲话要点');
    expect(doc.layout).toBe('plain');
    expect(texts(doc)[0]).toBe('2026年11月24日，全市政治监督工作推进会召开。市纪委书记、市监委主任张某某同志出席会议并讲话。现将讲话要点整理如下。');
    expect(numbered(doc)).toEqual([
      '一、要坚持问题导向，推进监督具体化',
      '（一）突出重大部署落实',
      '（二）突出“关键少数”。',
      '二、要坚持系统观念，推进监督常态化',
      '（一）健全工作机制',
    ]);
    expect(inlineText(headings(doc)[2]!.runIn ?? [])).toBe('压实主体责任。');
  });

  it('extracts the outline from sourceText: the parts by 第一，…, the points announced by “两个突出”', async () => {
    const sourceText = [
      '同志们：',
      '今天开会，我讲两点意见。',
      '第一，要坚持“两个突出”，推进监督具体化。突出重大部署落实。要盯住上级部署的重点任务。突出“关键少数”。要管住一把手。突出问题，还要注重方法。',
      '第二，坚持系统观念，推进监督常态化。健全工作机制。完善制度体系。',
      '同志们，让我们共同努力。',
    ].join('\n');
    const doc = await buildDocument(loaded({ ...summaryCase(), parts: undefined, sourceText }));
    expect(numbered(doc)).toEqual([
      '一、要坚持“两个突出”，推进监督具体化',
      '（一）突出重大部署落实',
      '（二）突出“关键少数”',
      '二、坚持系统观念，推进监督常态化',
      '（一）健全工作机制',
      '（二）完善制度体系',
    ]);
  });

  it('reads sourceFile relative to the case file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gw-summary-source-'));
    await writeFile(join(dir, 'speech.txt'), '一、加强教育\n抓好理论学习。抓好警示教育。\n二、严格管理\n一是严格请示报告。二是严格考核评价。\n');
    const c = { ...summaryCase(), parts: undefined, sourceFile: 'speech.txt' };
    const doc = await buildDocument({ data: c, source: join(dir, 'case.json'), pointer: '' });
    expect(numbered(doc)).toEqual(['一、加强教育', '（一）抓好理论学习', '（二）抓好警示教育', '二、严格管理', '（一）严格请示报告', '（二）严格考核评价']);
  });

  it('refuses full text without structure (CaseError at /sourceText) rather than inventing points', async () => {
    const c = { ...summaryCase(), parts: undefined, sourceText: '同志们：\n今天的会议很重要，大家要认真贯彻。' };
    const err = await buildDocument(loaded(c, '/documents/1')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CaseError);
    expect((err as CaseError).issues.map((i) => i.pointer)).toEqual(['/documents/1/sourceText']);
    expect((err as GongwenError).describe('zh')).toMatch(/第一，.*parts/);
    expect((err as GongwenError).describe('en')).toMatch(/第一，.*parts/);
  });

  it('names /sourceFile when the file cannot be read', async () => {
    const c = { ...summaryCase(), parts: undefined, sourceFile: 'no-such-speech.txt' };
    const err = await buildDocument(loaded(c)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CaseError);
    expect((err as CaseError).issues[0]).toMatchObject({ pointer: '/sourceFile' });
    expect((err as CaseError).describe('zh')).toContain('ENOENT');
  });
});

describe('meeting-minutes', () => {
  it('minutes mark and session, opening, topics with 会议议定：, attendance, no signature', async () => {
    const doc = await buildDocument(loaded(minutesCase()));
    expect(doc.layout).toBe('minutes');
    expect(doc.header).toEqual({ issuerMark: '中共某某市纪委常委会会议纪要', session: '第5次' });
    expect(doc.title).toBe('');
    expect(doc.signature).toBeUndefined();
    expect(texts(doc)).toEqual([
      '2026年11月25日，市纪委书记张某某在市纪委第一会议室主持召开中共某某市纪委常委会会议，研究有关事项。现将会议议定事项纪要如下：',
      '会议议定：同意专项整治工作方案。',
      '会议要求：各室要按计划组织培训。',
    ]);
    expect(numbered(doc)).toEqual(['一、关于专项整治工作的情况汇报', '二、关于干部教育培训计划']);
    expect(doc.attendance).toEqual([
      { label: '出席：', names: ['张某某', '李某某', '王某某'] },
      { label: '请假：', names: ['赵某某（出差）'] },
      { label: '列席：', names: ['市纪委办公室 孙某'] },
    ]);
    expect(doc.colophon?.printer).toEqual({ name: '某某市纪委办公室', date: '2026年11月26日' });
  });
});

describe('frame rules across kinds', () => {
  it('letter layout: the issuer name as mark, no printing office in the colophon', async () => {
    const doc = await buildDocument(loaded({ ...rectification(), layout: 'letter' as const }));
    expect(doc.header.issuerMark).toBe('中共某某市纪律检查委员会');
    expect(doc.colophon).toEqual({ cc: ['中共某某省纪律检查委员会', '某某市人民政府办公室'] });
  });

  it('joint documents list every issuer and their seals in order', async () => {
    const c = rectification();
    c.coIssuers = [{ name: '某某市监察委员会', seal: { image: '../../fixtures/seals/office-seal.png' } }];
    const doc = await buildDocument(loaded(c));
    expect(doc.signature?.issuers).toEqual(['中共某某市纪律检查委员会', '某某市监察委员会']);
    expect(doc.signature?.seals).toHaveLength(2);
  });

  it('a missing or SVG seal is a CaseError at the field, with the document pointer', async () => {
    const missing = { ...rectification(), seal: { image: 'no-such-seal.png' } };
    const e1 = (await buildDocument(loaded(missing, '/documents/1')).catch((e: unknown) => e)) as CaseError;
    expect(e1).toBeInstanceOf(CaseError);
    expect(e1.issues[0]!.pointer).toBe('/documents/1/seal/image');
    expect(e1.describe('en')).toMatch(/\/documents\/1\/seal\/image: expected a readable seal image file/);

    const dir = await mkdtemp(join(tmpdir(), 'gongwen-seal-'));
    await writeFile(join(dir, 'seal.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const svg = { ...rectification(), seal: { image: 'seal.png' } };
    const e2 = (await buildDocument({ data: svg, source: join(dir, 'case.json'), pointer: '' }).catch((e: unknown) => e)) as CaseError;
    expect(e2).toBeInstanceOf(CaseError);
    expect(e2.issues[0]!.pointer).toBe('/seal/image');
    expect(e2.describe('zh')).toMatch(/PNG 或 JPEG.*SVG/);
  });
});

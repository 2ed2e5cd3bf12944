/** Invented cases for the kind tests (某某市, 张某某); no real people or offices. */
import { fileURLToPath } from 'node:url';
import type {
  AccountabilityDecision,
  CaseData,
  LoadedCase,
  MeetingMinutes,
  RectificationSuggestion,
  Speech,
  SpeechSummary,
  TalkRecord,
} from '../../src/case/types.ts';

/** A case file path inside test/kinds, so seal paths resolve against fixtures/. */
export const CASE_SOURCE = fileURLToPath(new URL('./case.json', import.meta.url));
export const SEAL = '../../fixtures/seals/office-seal.png';

export function loaded<T extends CaseData>(data: T, pointer = ''): LoadedCase {
  return { data, source: CASE_SOURCE, pointer };
}

export const rectification = (): RectificationSuggestion => ({
  kind: 'rectification-suggestion',
  id: 'JJ-2026-017',
  subtype: '纪律检查建议书',
  issuer: { name: '中共某某市纪律检查委员会' },
  docNumber: '某纪建[2026]3号',
  date: '2026-11-24',
  addressee: ['中共某某市住房和城乡建设局党组'],
  source: '在对某某市住房和城乡建设局开展专项监督检查中，发现你单位存在以下问题。',
  problems: [
    { title: '工程项目审批把关不严', detail: '2026年以来，有3个项目未经集体研究即开工。' },
    { title: '制度执行不到位。', detail: '部分科室未按规定登记报备。' },
  ],
  suggestions: [
    { title: '健全审批制度', detail: '建立项目审批集体研究清单。' },
    { title: '开展警示教育', detail: '每季度组织一次警示教育。' },
    { title: '加强日常监督' },
  ],
  contact: { name: '王某', phone: '0000-12345678' },
  attachments: ['问题清单', { title: '整改台账样式', content: '| 序号 | 问题 | 措施 |\n|---|---|---|\n| 1 | 审批 | 建制度 |' }],
  note: '此件发至县级',
  cc: ['中共某某省纪律检查委员会', '某某市人民政府办公室'],
  printer: { name: '某某市纪委办公室', date: '2026-11-25' },
  seal: { image: SEAL },
  secrecy: '内部',
  urgency: '特急',
  copyNumber: '000001',
  layout: 'document',
});

export const decision = (): AccountabilityDecision => ({
  kind: 'accountability-decision',
  id: 'WZ-2026-004',
  issuer: { name: '中共某某市纪律检查委员会' },
  docNumber: '某纪问〔2026〕4号',
  date: '2026-10-15',
  subject: { type: 'person', name: '张某某', gender: '男', birth: '1975-03', party: '中共党员', position: '某某市住房和城乡建设局副局长' },
  facts: '张某某同志在担任分管领导期间，对分管领域安全生产工作履职不力。\n\n2026年5月，辖区内发生一起责任事故。',
  basis: ['《中国共产党问责条例》第七条第一项', '第八条第一款第二项'],
  measures: ['诫勉'],
  decidedBy: '中共某某市委',
  cc: ['中共某某市委组织部', '某某市住房和城乡建设局'],
});

export const talk = (): TalkRecord => ({
  kind: 'talk-record',
  id: 'TH-2026-031',
  issuer: { name: '中共某某市纪律检查委员会' },
  talkType: '提醒谈话',
  start: '2026-11-20T09:30',
  end: '2026-11-20T10:45',
  place: '某某市纪委第三谈话室',
  interviewers: [
    { name: '李某', position: '第三监督检查室主任' },
    { name: '赵某某', position: '第三监督检查室干部' },
  ],
  recorder: { name: '赵某某', position: '第三监督检查室干部' },
  interviewee: { name: '刘某某', position: '某某区交通运输局局长' },
  subject: '有关工作作风问题的反映',
  qa: [
    { q: '今天找你谈话的目的，你清楚吗？', a: '清楚。' },
    { q: '请你说明一下有关情况。', a: '我先说第一方面。\n我再说第二方面。' },
  ],
});

export const speechCase = (): Speech => ({
  kind: 'speech',
  id: 'JH-2026-002',
  issuer: { name: '中共某某市纪律检查委员会' },
  meeting: { name: '全市政治监督工作推进会', date: '2026-11-24', place: '某某市会议中心' },
  speaker: { name: '张某某', title: '市纪委书记、市监委主任' },
  opening: '这次会议的主要任务是，总结工作，部署任务。',
  parts: [
    {
      heading: '要坚持问题导向，推进监督具体化。',
      lead: '监督要聚焦具体问题。',
      points: [
        { heading: '突出重大部署落实。', body: '要紧盯重点任务，开展专项检查。' },
        { heading: '突出“关键少数”', body: '要压实主体责任。' },
      ],
    },
    { heading: '要坚持系统观念，推进监督常态化。', points: [{ heading: '健全工作机制。', body: '完善台账管理。' }] },
    { heading: '要加强自身建设', lead: '打铁必须自身硬。' },
  ],
  closing: '同志们，任务艰巨，责任重大。',
  ending: '谢谢大家。',
});

export const summaryCase = (): SpeechSummary => ({
  kind: 'speech-summary',
  id: 'JH-2026-002-YD',
  issuer: { name: '中共某某市纪委办公室' },
  meeting: { name: '全市政治监督工作推进会', date: '2026-11-24' },
  speaker: { name: '张某某', title: '市纪委书记、市监委主任' },
  parts: [
    { heading: '要坚持问题导向，推进监督具体化', points: [{ heading: '突出重大部署落实' }, { heading: '突出“关键少数”。', body: '压实主体责任。' }] },
    { heading: '要坚持系统观念，推进监督常态化', points: [{ heading: '健全工作机制' }] },
  ],
});

export const minutesCase = (): MeetingMinutes => ({
  kind: 'meeting-minutes',
  id: 'JY-2026-005',
  issuer: { name: '中共某某市纪律检查委员会' },
  date: '2026-11-26',
  meeting: { name: '中共某某市纪委常委会会议', session: '第5次', date: '2026-11-25', place: '市纪委第一会议室', host: '市纪委书记张某某' },
  topics: [
    { title: '关于专项整治工作的情况汇报', decision: '同意专项整治工作方案。' },
    { title: '关于干部教育培训计划', decision: '会议要求：各室要按计划组织培训。' },
  ],
  attendees: ['张某某', '李某某', '王某某'],
  absent: ['赵某某（出差）'],
  observers: ['市纪委办公室 孙某'],
  cc: ['市纪委各室'],
  printer: { name: '某某市纪委办公室', date: '2026-11-26' },
});

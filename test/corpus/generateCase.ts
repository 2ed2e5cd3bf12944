/**
 * Random case files, seeded: every kind, every layout, long and short fields, tokens that trouble
 * line breaking (vocabulary.ts), several addressees, long 抄送 lists, sealed and unsealed
 * signatures, attachments with tables. Each case is validated as a user's file would be
 * (parseCases), so a generator mistake fails loudly instead of testing nothing.
 */
import { parseCases } from '../../src/case/parseCases.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import { createRandom, type Random } from './random.ts';
import { heading, isoDate, markdown, paragraph, person, position, sentence, table, token, unit, yearMonth } from './vocabulary.ts';

/** Seals resolve against fixtures/ as in a user's case folder. */
const SOURCE = new URL('../../fixtures/corpus-case.json', import.meta.url).pathname;
const SEAL = 'seals/office-seal.png';

type Json = Record<string, unknown>;

const issuers = ['中共某某市纪律检查委员会', '某某市监察委员会', '中共某某县纪律检查委员会', '中共某某区纪委监委', '某某市纪委监委驻市交通运输局纪检监察组'];
const shortIssuer = (name: string): string => (name.includes('县') ? '某县纪' : name.includes('区') ? '某区纪' : '某纪');

function envelope(r: Random, kind: string, id: string): Json {
  const issuer = r.pick(issuers);
  const year = r.int(2024, 2026);
  const data: Json = { kind, id, issuer: { name: issuer }, date: isoDate(r, year) };
  if (r.chance(0.85)) data.docNumber = `${shortIssuer(issuer)}${r.pick(['建', '问', '发', '函'])}〔${year}〕${r.int(1, 240)}号`;
  if (r.chance(0.5)) data.cc = Array.from({ length: r.chance(0.15) ? r.int(8, 16) : r.int(1, 4) }, () => unit(r));
  if (r.chance(0.6)) data.printer = { name: `${issuer.replace(/纪律检查委员会|纪委监委|监察委员会/, '')}纪委办公室`, date: isoDate(r, year) };
  if (r.chance(0.45)) data.seal = { image: SEAL };
  if (r.chance(0.12)) data.coIssuers = [{ name: `${r.pick(['某某市', '某某县'])}${r.pick(['人民检察院', '审计局', '财政局'])}`, ...(data.seal ? { seal: { image: SEAL } } : {}) }];
  if (r.chance(0.15)) data.secrecy = r.pick(['内部', '秘密', '机密★10年']);
  if (r.chance(0.15)) data.urgency = r.pick(['特急', '加急']);
  if (data.secrecy && r.chance(0.7)) data.copyNumber = String(r.int(1, 999)).padStart(6, '0');
  if (r.chance(0.3)) data.attachments = attachments(r);
  if (r.chance(0.2)) data.note = `联系人：${person(r)}，电话：${token(r)}`;
  return data;
}

function attachments(r: Random): unknown[] {
  return Array.from({ length: r.int(1, 3) }, () => {
    const title = r.pick(['问题清单', '整改台账', `${unit(r)}整改情况统计表`, '相关政策文件目录', '典型问题通报']);
    return r.chance(0.4) ? { title, content: r.chance(0.5) ? table(r) : markdown(r, [1, 2]) } : title;
  });
}

function rectification(r: Random, id: string): Json {
  const data = envelope(r, 'rectification-suggestion', id);
  const target = unit(r);
  data.subtype = r.pick(['整改建议书', '纪律检查建议书', '监察建议书']);
  data.addressee = Array.from({ length: r.chance(0.2) ? r.int(2, 4) : 1 }, (_, k) => (k === 0 ? `中共${target}党组` : unit(r)));
  data.source = `在对${target}开展${r.pick(['专项监督检查', '日常监督', '巡察整改督查', '信访举报核查'])}中，${sentence(r)}`;
  data.problems = Array.from({ length: r.int(1, 6) }, () => ({ title: heading(r), ...(r.chance(0.85) ? { detail: markdown(r) } : {}) }));
  data.suggestions = Array.from({ length: r.int(1, 5) }, () => ({ title: heading(r), ...(r.chance(0.7) ? { detail: markdown(r, [1, 2]) } : {}) }));
  if (r.chance(0.5)) data.deadlineDays = r.pick([15, 30, 60, 90]);
  if (r.chance(0.6)) data.contact = { name: person(r), phone: token(r) };
  if (r.chance(0.15)) data.title = `关于${target}${heading(r)}问题的${data.subtype}`;
  if (r.chance(0.25)) data.layout = 'letter';
  return data;
}

function decision(r: Random, id: string): Json {
  const data = envelope(r, 'accountability-decision', id);
  const organisation = r.chance(0.3);
  data.subject = organisation
    ? { type: 'organization', name: `中共${unit(r)}党组` }
    : { type: 'person', name: person(r), gender: r.pick(['男', '女']), birth: yearMonth(r), party: '中共党员', position: position(r) };
  data.facts = markdown(r, [1, 5]);
  data.basis = r.sample(['《中国共产党问责条例》第七条第一项', '第七条第三项', '第八条第一款第二项', '《中国共产党纪律处分条例》第一百二十一条', '第九条'], r.int(1, 3));
  data.measures = r.sample(organisation ? ['检查', '通报', '改组'] : ['通报', '诫勉', '组织调整', '组织处理', '纪律处分'], r.int(1, 2));
  data.decidedBy = r.pick(['中共某某市委', '中共某某市纪律检查委员会', '某某市监察委员会']);
  if (r.chance(0.3)) data.appealDays = 30;
  const layout = r.next();
  if (layout < 0.2) data.layout = 'letter';
  else if (layout < 0.3) data.layout = 'plain';
  return data;
}

function minutes(r: Random, id: string): Json {
  const data = envelope(r, 'meeting-minutes', id);
  delete data.seal;
  delete data.coIssuers;
  data.issuer = { name: '中共某某市纪律检查委员会', mark: r.pick(['中共某某市纪委常委会会议纪要', '某某市纪委监委专题会议纪要']) };
  data.meeting = { name: r.pick(['市纪委常委会会议', '专题工作会议', '案件审理协调会']), session: `第${r.int(1, 30)}次`, date: isoDate(r), place: `${unit(r)}第${r.int(1, 5)}会议室`, host: `市纪委书记${person(r)}` };
  data.topics = Array.from({ length: r.int(1, 6) }, () => ({ title: r.chance(0.3) ? `审议${r.pick(['《某某市纪委监委关于加强基层监督工作的实施办法（试行）》', '年度监督检查工作方案', '典型问题通报稿'])}` : `研究${heading(r)}工作`, decision: markdown(r, [1, 4]) }));
  const people = (n: number): string[] => Array.from({ length: n }, () => `${r.pick(['市纪委副书记', '市纪委常委', '市监委委员', '第二监督检查室主任'])}${person(r)}${r.chance(0.1) ? '（参加省纪委培训）' : ''}`);
  data.attendees = people(r.int(3, 14));
  if (r.chance(0.5)) data.absent = people(r.int(1, 3));
  if (r.chance(0.6)) data.observers = people(r.int(1, 8));
  return data;
}

function talk(r: Random, id: string): Json {
  const data = envelope(r, 'talk-record', id);
  for (const key of ['date', 'docNumber', 'seal', 'coIssuers', 'cc', 'printer', 'attachments']) delete data[key];
  const day = isoDate(r);
  const hour = r.int(8, 15);
  data.talkType = r.pick(['谈心谈话', '提醒谈话', '诫勉谈话', '函询谈话']);
  data.start = `${day}T${String(hour).padStart(2, '0')}:${r.pick(['00', '30'])}`;
  data.end = `${day}T${String(hour + r.int(1, 2)).padStart(2, '0')}:${r.pick(['15', '45'])}`;
  data.place = `${unit(r)}谈话室`;
  data.interviewers = Array.from({ length: r.int(1, 3) }, () => ({ name: person(r), position: r.pick(['第三监督检查室主任', '第三监督检查室干部', '案件审理室副主任']) }));
  data.recorder = { name: person(r), position: '第三监督检查室干部' };
  data.interviewee = { name: person(r), position: position(r) };
  data.subject = `有关${heading(r)}的反映`;
  data.qa = Array.from({ length: r.int(2, 12) }, () => ({ q: `${sentence(r).replace(/。$/, '')}，请你说明情况。`, a: r.chance(0.3) ? `${paragraph(r)}\n\n${paragraph(r, 1, 2)}` : paragraph(r) }));
  return data;
}

function speechParts(r: Random): Json[] {
  return Array.from({ length: r.int(2, 4) }, () => ({
    heading: `${heading(r)}，${r.pick(['推动监督执纪走深走实', '以严的基调强化正风肃纪', '持续巩固拓展整治成果'])}`,
    ...(r.chance(0.7) ? { lead: paragraph(r, 1, 2) } : {}),
    points: Array.from({ length: r.int(1, 4) }, () => ({ heading: heading(r), ...(r.chance(0.8) ? { body: markdown(r, [1, 2]) } : {}) })),
  }));
}

function speech(r: Random, id: string, kind: 'speech' | 'speech-summary'): Json {
  const data = envelope(r, kind, id);
  for (const key of ['date', 'docNumber', 'seal', 'coIssuers', 'cc', 'printer', 'attachments', 'copyNumber', 'secrecy', 'urgency']) delete data[key];
  data.meeting = { name: r.pick(['全市纪检监察工作会议', '全县警示教育大会', '第三季度党风廉政建设工作推进会']), date: isoDate(r), place: `${unit(r)}会议中心` };
  data.speaker = { name: person(r), title: r.pick(['市委常委、市纪委书记、市监委主任', '县纪委书记']) };
  if (kind === 'speech') {
    data.opening = markdown(r, [1, 2]);
    if (r.chance(0.5)) data.closing = markdown(r, [1, 2]);
    if (r.chance(0.5)) data.ending = '谢谢大家。';
    data.numbering = r.pick(['第一，', '一、']);
  }
  data.parts = speechParts(r);
  return data;
}

const makers: [number, (r: Random, id: string) => Json][] = [
  [0.3, rectification],
  [0.25, decision],
  [0.18, minutes],
  [0.1, talk],
  [0.1, (r, id) => speech(r, id, 'speech')],
  [0.07, (r, id) => speech(r, id, 'speech-summary')],
];

export interface CorpusCase {
  name: string;
  loaded: LoadedCase;
}

/** `count` validated random cases from `seed`; case k is the same whatever `count` is. */
export function generateCorpus(count: number, seed: number): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (let k = 0; k < count; k++) {
    const r = createRandom(seed * 100_003 + k);
    let roll = r.next();
    const make = makers.find(([share]) => (roll -= share) < 0)?.[1] ?? rectification;
    const name = `s${seed}-${String(k).padStart(4, '0')}`;
    const data = make(r, name);
    const [loaded] = parseCases(JSON.stringify(data), SOURCE);
    out.push({ name: `${name}-${data.kind as string}`, loaded: loaded! });
  }
  return out;
}

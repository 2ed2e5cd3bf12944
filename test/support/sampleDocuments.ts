/**
 * Hand-made OfficialDocument objects, one per layout, for writer tests (other engineers may
 * import them read-only). Offices and people are invented (某某市, 张某某). Each is long enough
 * to span two to four pages.
 */
import { makeSealPng } from '../case/makeSealPng.ts';
import type { Block, Inline, OfficialDocument, Paragraph } from '../../src/model/types.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const para = (value: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', children: [text(value)], ...extra });

const meta = (id: string, kind: string, kindName: string, title: string, author: string): OfficialDocument['meta'] => ({
  id, kind, kindName, title, author, date: '2026-11-24', lang: 'zh-CN',
});

/* ---------- a red seal: the fixtures' stand-in seal, drawn in code so no binary is needed ---------- */

let seal: Buffer | undefined;

/**
 * A red ring with a five-pointed star, transparent elsewhere (test/case/makeSealPng.ts). Drawn
 * once per process (a drawing takes 0.6–1.2 s, and the end-group variants ask for ~170); each
 * caller gets its own copy of the bytes.
 */
export function sealPng(): Uint8Array {
  seal ??= makeSealPng();
  return new Uint8Array(seal);
}

/* ---------- document: 纪律检查建议书 with everything ---------- */

const problemParagraphs = [
  '2026年8月至10月，市纪委监委对市住房和城乡建设局党组落实全面从严治党主体责任情况开展了专项监督检查，同时结合近年来查办的该局有关干部违纪违法案件进行了剖析。检查发现，该局在政治建设、制度执行、权力运行监督等方面仍存在一些问题，现将有关情况和建议通报如下。',
  '部分党员干部对中央和省委、市委重大决策部署的学习领会停留在会议传达层面，结合本单位实际研究落实的措施不多，个别科室对保障性住房建设任务推进不力，年度目标完成率不足百分之七十。',
  '局党组会议研究“三重一大”事项时，个别议题会前未充分酝酿，会上讨论不够深入，少数事项以主要负责同志意见代替集体决策，民主集中制执行不够严格。',
  '工程项目审批、资质审核、质量安全监督等关键岗位长期由同一人员负责，岗位交流制度未得到有效执行；内部审计和财务监督流于形式，对下属事业单位经费使用的日常监管不到位。',
];

const documentBody: Block[] = [
  para(problemParagraphs[0]!),
  { type: 'heading', level: 1, number: '一、', children: [text('主要问题')] },
  { type: 'heading', level: 2, number: '（一）', children: [text('政治建设有差距')] },
  para(problemParagraphs[1]!),
  { type: 'heading', level: 2, number: '（二）', children: [text('制度执行不严格')] },
  para(problemParagraphs[2]!),
  { type: 'heading', level: 3, number: '1.', children: [text('议事规则落实不到位。')], runIn: [text('局党组工作规则修订后未及时组织学习，部分同志对议事范围和程序掌握不准。')] },
  { type: 'heading', level: 4, number: '（1）', children: [text('会前酝酿不充分。')], runIn: [text('议题材料提前送达时间不足一天，参会人员难以充分准备。')] },
  { type: 'heading', level: 2, number: '（三）', children: [text('权力运行监督不到位')] },
  para(problemParagraphs[3]!),
  {
    type: 'table',
    headerRows: 1,
    columnWidths: [1, 3, 2],
    rows: [
      { cells: [{ children: [para('序号')] }, { children: [para('问题类型')] }, { children: [para('涉及科室')] }] },
      { cells: [{ align: 'center', children: [para('1')] }, { children: [para('岗位长期未交流')] }, { children: [para('审批科、质监站')] }] },
      { cells: [{ align: 'center', children: [para('2')] }, { children: [para('经费监管不到位')] }, { children: [para('财务科')] }] },
    ],
  },
  { type: 'heading', level: 1, number: '二、', children: [text('整改建议')] },
  {
    type: 'list',
    ordered: true,
    items: [
      { marker: '1.', children: [para('深入学习贯彻党的二十大精神，把落实全面从严治党主体责任作为重要政治任务，局党组每季度至少专题研究一次党风廉政建设工作。')] },
      { marker: '2.', children: [para('严格执行民主集中制，修订完善局党组议事规则，明确“三重一大”事项的范围、程序和表决方式，确保集体决策落到实处。')] },
      { marker: '3.', children: [para('建立健全关键岗位定期交流和廉政风险防控机制，加强内部审计，对下属单位经费使用情况开展一次全面检查。')] },
    ],
  },
  { type: 'heading', level: 1, number: '三、', children: [text('有关要求')] },
  {
    type: 'paragraph',
    children: [
      text('请你单位高度重视，认真研究落实本建议书提出的各项建议，'),
      { type: 'strong', children: [text('于收到本建议书之日起30日内')] },
      text('将整改落实情况书面报送我委。联系人：王某某，联系电话：0000-12345678。'),
    ],
  },
];

export const sampleDocument: OfficialDocument = {
  meta: meta('sample-document', 'rectification-suggestion', '纪律检查建议书', '关于某某市住房和城乡建设局党组落实全面从严治党主体责任问题的纪律检查建议书', '中共某某市纪律检查委员会'),
  layout: 'document',
  header: {
    copyNumber: '000123',
    secrecy: '机密★1年',
    urgency: '特急',
    issuerMark: '中共某某市纪律检查委员会文件',
    docNumber: '某纪建〔2026〕3号',
  },
  title: '关于某某市住房和城乡建设局党组落实全面从严治党主体责任问题的纪律检查建议书',
  subtitle: [],
  addressees: ['中共某某市住房和城乡建设局党组'],
  body: documentBody,
  attachmentNote: ['整改任务清单', '关键岗位人员交流情况登记表（样表）'],
  signature: { issuers: ['中共某某市纪律检查委员会'], date: '2026年11月24日', seals: [{ data: sealPng(), format: 'png' }] },
  note: '此件发至被建议单位',
  attendance: [],
  attachments: [
    {
      number: 1,
      title: '整改任务清单',
      body: [
        para('一是由局党组书记牵头，制定整改工作方案，明确责任领导、责任科室和完成时限。'),
        para('二是由办公室牵头，修订局党组议事规则和会议制度，年底前完成。'),
      ],
    },
    {
      number: 2,
      title: '关键岗位人员交流情况登记表（样表）',
      body: [para('本表由各科室按季度填报，报局机关纪委备案。')],
    },
  ],
  colophon: {
    cc: ['省纪委监委第三监督检查室', '市委组织部', '市住房和城乡建设局机关纪委', '市财政局', '市审计局'],
    printer: { name: '中共某某市纪律检查委员会办公室', date: '2026年11月25日' },
  },
  furniture: { folio: 'dash', duplex: true },
};

/* ---------- letter: 函 ---------- */

export const sampleLetter: OfficialDocument = {
  meta: meta('sample-letter', 'letter', '函', '关于商请协助核查有关情况的函', '中共某某市纪律检查委员会'),
  layout: 'letter',
  header: { copyNumber: '000045', issuerMark: '中共某某市纪律检查委员会', docNumber: '某纪函〔2026〕12号' },
  title: '关于商请协助核查有关情况的函',
  subtitle: [],
  addressees: ['某某县纪委监委'],
  body: [
    para('我委在监督检查中发现，某某县交通运输局原副局长李某某在任职期间可能存在违规插手工程项目等问题。为查明有关事实，现商请你委协助核查以下事项。'),
    { type: 'heading', level: 1, number: '一、', children: [text('核查事项')] },
    para('李某某2023年至2025年分管工程建设期间，该局发包的农村公路改造项目的招标投标、合同签订和资金拨付情况，以及有关企业与李某某及其亲属之间的经济往来情况。'),
    para('请重点核实项目招标文件是否存在量身定制条款，评标专家抽取是否符合规定，项目变更是否履行审批程序。'),
    { type: 'heading', level: 1, number: '二、', children: [text('工作要求')] },
    para('请严格遵守保密纪律，核查过程中不得向无关人员透露有关情况。核查结果请于2026年12月20日前书面反馈我委第二监督检查室。'),
    para('联系人：赵某某，联系电话：0000-87654321。'),
    para('感谢你委的支持和配合。'),
  ],
  attachmentNote: [],
  signature: { issuers: ['中共某某市纪律检查委员会'], date: '2026年11月24日' },
  attendance: [],
  attachments: [],
  colophon: { cc: ['市监委'] },
  furniture: { folio: 'dash', duplex: true },
};

/* ---------- minutes: 纪要 with attendance ---------- */

const topics = ['关于全市政治监督工作推进情况的汇报', '关于第三轮巡察反馈问题整改督办工作的安排', '关于年度干部教育培训计划的调整'];

export const sampleMinutes: OfficialDocument = {
  meta: meta('sample-minutes', 'meeting-minutes', '会议纪要', '中共某某市纪律检查委员会常委会会议纪要', '中共某某市纪律检查委员会'),
  layout: 'minutes',
  header: { issuerMark: '中共某某市纪律检查委员会常委会会议纪要', session: '第5次' },
  title: '',
  subtitle: [],
  addressees: [],
  body: [
    para('2026年11月20日上午，市纪委常委会在委机关第一会议室召开2026年第5次会议，会议由市委常委、市纪委书记、市监委主任陈某某主持。会议听取了有关工作情况汇报，研究了三个议题。现纪要如下。'),
    ...topics.flatMap((topic, i): Block[] => [
      { type: 'heading', level: 1, number: ['一、', '二、', '三、'][i]!, children: [text(topic)] },
      para(`会议听取了${topic.replace(/^关于/, '').replace(/的(汇报|安排|调整)$/, '')}的情况。会议认为，今年以来各有关部门坚持问题导向，围绕中心工作认真履行监督职责，取得了阶段性成效，但也存在工作进展不平衡、部分措施落实不够有力等问题。`),
      { type: 'paragraph', children: [{ type: 'text', value: '会议议定：', font: 'heiti' }, text('由第一监督检查室牵头，会同有关单位在12月底前完成专项督查，形成书面报告提交常委会审议；各派驻纪检监察组要加强日常监督，及时报告重要情况。')] },
      para('会议要求：各部门要进一步提高政治站位，压实工作责任，确保各项任务按期完成。'),
    ]),
  ],
  attachmentNote: [],
  attendance: [
    { label: '出席', names: ['陈某某', '刘某某', '孙某某', '周某某', '吴某某', '郑某某', '冯某某', '褚某某', '卫某某', '蒋某某', '沈某某', '韩某某', '杨某某'] },
    { label: '请假', names: ['朱某某（出差）'] },
    { label: '列席', names: ['秦某某', '尤某某', '许某某'] },
  ],
  attachments: [],
  colophon: {
    cc: ['省纪委监委办公厅', '市委办公室'],
    printer: { name: '中共某某市纪律检查委员会办公室', date: '2026年11月21日' },
  },
  furniture: { folio: 'dash', duplex: true },
};

/* ---------- plain: 讲话稿 ---------- */

const speechPoints = [
  ['第一，要坚持“三个突出”，推进政治监督具体明确。', '突出扛起“两个维护”重大使命。', '政治监督的根本任务是推动全党做到“两个维护”。各级纪检监察机关要把监督检查党中央重大决策部署落实情况作为首要任务，紧盯贯彻落实中的温差、落差、偏差，及时发现问题、督促整改。'],
  ['第二，要聚焦“关键少数”，推动监督责任层层落实。', '突出抓好主要负责人这个关键。', '要加强对各级党组织主要负责人履行管党治党政治责任情况的监督，督促其既抓好自身、又管好班子、带好队伍，推动形成一级抓一级、层层抓落实的工作格局。'],
  ['第三，要强化贯通协同，提升政治监督整体效能。', '突出健全监督工作机制。', '要推动纪律监督、监察监督、派驻监督、巡察监督统筹衔接，加强与组织、审计、财会等监督的贯通协调，形成发现问题、督促整改、完善制度的工作闭环。'],
];

export const sampleSpeech: OfficialDocument = {
  meta: meta('sample-speech', 'speech', '讲话稿', '在全市政治监督工作推进会上的讲话', '张某某'),
  layout: 'plain',
  header: {},
  title: '在全市政治监督工作推进会上的讲话',
  subtitle: ['（2026年11月24日）', '张某某'],
  addressees: [],
  body: [
    para('同志们：', { indent: 'none' }),
    para('今天召开全市政治监督工作推进会，主要任务是总结前一阶段政治监督工作情况，分析当前面临的形势，部署下一步重点任务。刚才，三个单位作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲几点意见。'),
    ...speechPoints.flatMap(([lead, point, develop]): Block[] => [
      { type: 'heading', level: 1, number: '', children: [text(lead!)] },
      { type: 'paragraph', children: [{ type: 'strong', children: [text(point!)] }, text(develop!)] },
      para('要坚持把严的基调、严的措施、严的氛围长期坚持下去，对发现的问题分类处置、动态清零，对典型问题及时通报曝光，以案促改、以案促治，切实发挥监督保障执行、促进完善发展的作用。'),
    ]),
    para('同志们，做好新形势下的政治监督工作，使命光荣、责任重大。让我们紧密团结在以习近平同志为核心的党中央周围，以更加坚定的信念、更加务实的作风，推动全市纪检监察工作高质量发展。'),
    para('谢谢大家。'),
  ],
  attachmentNote: [],
  attendance: [],
  attachments: [],
  furniture: { folio: 'dash', duplex: true },
};

/* ---------- plain: 谈话记录 with a table and 第X页 共Y页 ---------- */

const turns: [string, string][] = [
  ['我们今天受委托与你进行谈话，请你如实回答有关问题。你清楚今天谈话的目的吗？', '清楚。组织找我谈话，是针对我在分管工作中存在的问题进行提醒，我一定如实说明情况。'],
  ['请你谈一谈分管科室在项目审批中存在的问题，以及你本人应负的责任。', '我分管的审批科在去年的几个项目审批中存在材料审核不严、超时办结的问题。我作为分管领导，平时督促检查不够，对科室人员的教育管理不到位，负有领导责任。'],
  ['对于岗位长期未交流的问题，你是怎么考虑的？', '这个问题我有认识上的偏差，总觉得业务骨干换岗会影响工作进度，所以一直没有提出交流的建议。现在认识到这是廉政风险防控的重要措施，回去后马上研究落实。'],
  ['你下一步准备如何整改？', '一是认真学习有关规定，提高思想认识；二是制定审批科岗位交流方案，报局党组研究；三是每月检查一次审批台账，发现问题及时纠正。'],
];

export const sampleTalkRecord: OfficialDocument = {
  meta: meta('sample-talk-record', 'talk-record', '谈话记录', '提醒谈话记录', '中共某某市纪律检查委员会'),
  layout: 'plain',
  header: {},
  title: '提醒谈话记录',
  subtitle: [],
  addressees: [],
  body: [
    {
      type: 'table',
      headerRows: 0,
      columnWidths: [1, 3],
      rows: [
        ['时间', '2026年11月20日9时30分至10时45分'],
        ['地点', '市纪委监委机关第三谈话室'],
        ['谈话人', '钱某某（市纪委第二监督检查室主任）、孙某某（市纪委第二监督检查室干部）'],
        ['记录人', '李某某'],
        ['被谈话人', '周某某（市住房和城乡建设局副局长）'],
        ['谈话事由', '提醒谈话'],
      ].map(([label, value]) => ({ cells: [{ align: 'center' as const, font: 'heiti' as const, children: [para(label!)] }, { children: [para(value!)] }] })),
    },
    ...turns.flatMap(([q, a]): Block[] => [
      { type: 'paragraph', children: [{ type: 'text', value: '问：', font: 'heiti' }, text(q)] },
      { type: 'paragraph', children: [{ type: 'text', value: '答：', font: 'heiti' }, text(a)] },
    ]),
    { type: 'paragraph', children: [{ type: 'text', value: '问：', font: 'heiti' }, text('你还有什么需要说明的吗？')] },
    { type: 'paragraph', children: [{ type: 'text', value: '答：', font: 'heiti' }, text('没有了。感谢组织对我的提醒和帮助，我一定认真整改。')] },
    para('以上记录我已看过，与我所说一致。'),
  ],
  attachmentNote: [],
  signature: { issuers: ['被谈话人：'], date: '2026年11月20日' },
  attendance: [],
  attachments: [],
  furniture: { folio: 'of-total', pageSignatures: ['被谈话人签名', '记录人签名'], duplex: false },
};

export const sampleDocuments = {
  document: sampleDocument,
  letter: sampleLetter,
  minutes: sampleMinutes,
  speech: sampleSpeech,
  talkRecord: sampleTalkRecord,
} as const;

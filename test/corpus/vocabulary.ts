/**
 * The text of the random corpus: phrases of the kind discipline-inspection offices write (our
 * own wording, invented places and people) and the tokens that trouble line breaking — dates,
 * amounts, percentages, codes with hyphens and slashes, telephone numbers, e-mails, addresses,
 * quoted titles. Sentences are assembled from these at random (generateCase.ts).
 */
import type { Random } from './random.ts';

const places = ['某某市', '某某县', '某某区', '某某镇', '某某街道', '某某开发区', '某某新区'];
const bodies = [
  '住房和城乡建设局',
  '交通运输局',
  '自然资源和规划局',
  '卫生健康委员会',
  '农业农村局',
  '市场监督管理局',
  '教育局',
  '水利局',
  '生态环境局',
  '城市管理综合行政执法局',
  '医疗保障局',
  '国有资产监督管理委员会',
  '人民医院',
  '供销合作社联合社',
];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '欧阳', '司马', '上官'];
const roles = ['党组书记、局长', '党委副书记', '副局长', '办公室主任', '财务科科长', '纪检监察组组长', '副主任', '项目办负责人'];

export const unit = (r: Random): string => `${r.pick(places)}${r.pick(bodies)}`;
export const person = (r: Random): string => `${r.pick(surnames)}某${r.chance(0.6) ? '某' : ''}`;
export const position = (r: Random): string => `${unit(r)}${r.pick(roles)}`;

const pad = (n: number): string => String(n).padStart(2, '0');
export const isoDate = (r: Random, year = r.int(2024, 2026)): string => `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
export const yearMonth = (r: Random): string => `${r.int(1962, 1990)}-${pad(r.int(1, 12))}`;

/** Tokens as they occur in running text. */
const tokens: ((r: Random) => string)[] = [
  (r) => `${r.int(2023, 2026)}年${r.int(1, 12)}月${r.int(1, 28)}日`,
  (r) => isoDate(r),
  (r) => `${r.int(1, 99)},${String(r.int(0, 999)).padStart(3, '0')}.${pad(r.int(0, 99))}元`,
  (r) => `${r.int(1, 999)}.${r.int(1, 99)}万元`,
  (r) => `${r.int(1, 99)}.${r.int(1, 9)}%`,
  (r) => `${r.int(1, 100)}%`,
  (r) => `${r.int(2, 480)}个`,
  (r) => `${r.pick(['QH', 'JW', 'XS', 'ZJ'])}-${r.int(2022, 2026)}-${r.int(1, 999)}`,
  () => 'GB/T 9704-2012',
  (r) => `Q/GDW ${r.int(1000, 9999)}-${r.int(2015, 2024)}`,
  (r) => `${r.pick(['ZJ', 'HZ', 'JJ'])}/${r.pick(['JW', 'XF', 'SC'])}-${r.int(2024, 2026)}-${pad(r.int(1, 40))}`,
  (r) => `0${r.int(510, 999)}-${r.int(80000000, 89999999)}`,
  (r) => `1${r.int(30, 99)}${r.int(10000000, 99999999)}`,
  (r) => `${r.pick(['jjjc', 'xfs', 'ab12', 'qh_jw'])}${r.int(1, 99)}@example.gov.cn`,
  (r) => `www.example.gov.cn/${r.pick(['xxgk', 'jdjb', 'tzgg'])}`,
  (r) => `${r.int(2023, 2025)}/${pad(r.int(24, 26))}`,
  (r) => `${r.int(2015, 2020)}–${r.int(2021, 2025)}年`,
  (r) => `第${r.int(1, 12)}号`,
  // A range typed with an ASCII tilde: in a Markdown field GFM strikethrough once ate a pair of them.
  (r) => `${r.int(1, 9)}~${r.int(10, 30)}个工作日`,
];
export const token = (r: Random): string => r.pick(tokens)(r);

const quoted = [
  '《中国共产党纪律处分条例》',
  '《中国共产党问责条例》',
  '《中华人民共和国监察法》',
  '《关于进一步加强基层监督工作的实施意见》',
  '《某某市政府投资项目管理办法（试行）》',
  '“三重一大”',
  '“四风”',
  '“一岗双责”',
  '“最后一公里”',
  '“靠企吃企”',
];

const subjects = [
  '部分单位',
  '个别领导干部',
  '该局党组',
  '有的科室负责人',
  '项目建设单位',
  '财务审核人员',
  '基层站所',
  '主管部门',
  '派驻纪检监察组',
  '相关责任人',
];
const actions = [
  '对上级决策部署落实不到位',
  '履行全面从严治党主体责任不力',
  '执行财经纪律不严格',
  '违规发放津贴补贴',
  '未按规定履行集体决策程序',
  '对工程变更签证把关不严',
  '落实中央八项规定精神有差距',
  '对群众反映强烈的问题回应不及时',
  '日常监督流于形式',
  '档案资料管理混乱',
  '对巡察反馈问题整改推进缓慢',
  '存在形式主义、官僚主义问题',
];
const details = [
  '涉及资金',
  '涉及项目',
  '抽查合同',
  '累计发放',
  '整改完成率仅为',
  '超过规定时限',
  '登记编号为',
  '联系电话',
  '举报邮箱',
  '相关文件见',
  '依据',
  '截至',
];
const tails = [
  '造成不良影响',
  '群众反映较为强烈',
  '问题具有一定普遍性',
  '暴露出制度执行上的薄弱环节',
  '须引起高度重视',
  '已责令限期改正',
  '相关情况已移送有关部门处理',
  '在干部群众中造成了负面影响',
];
const requirements = [
  '要切实提高政治站位',
  '要建立健全长效机制',
  '要压紧压实主体责任',
  '要加强对关键岗位的监督制约',
  '要举一反三开展自查自纠',
  '要把整改成效体现到推动高质量发展上来',
  '要严格落实请示报告制度',
  '要对照问题清单逐项销号',
];

/** One sentence ending in 。, with 0–3 tokens or quoted titles spliced in. */
export function sentence(r: Random): string {
  const parts: string[] = [];
  if (r.chance(0.4)) parts.push(`${token(r).replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$1年$2月$3日')}以来`);
  parts.push(`${r.pick(subjects)}${r.pick(actions)}`);
  const extra = r.int(0, 3);
  for (let k = 0; k < extra; k++) {
    if (r.chance(0.25)) parts.push(`违反${r.pick(quoted)}有关规定`);
    else parts.push(`${r.pick(details)}${token(r)}`);
  }
  if (r.chance(0.6)) parts.push(r.pick(tails));
  return `${parts.join('，')}。`;
}

export function requirement(r: Random): string {
  const tail = r.chance(0.5) ? `，确保${r.int(1, 12)}月底前完成${r.chance(0.3) ? `（联系人：${person(r)}，电话：${token(r)}）` : ''}` : '';
  return `${r.pick(requirements)}${tail}。`;
}

export function paragraph(r: Random, min = 1, max = 4): string {
  const n = r.int(min, max);
  return Array.from({ length: n }, () => (r.chance(0.2) ? requirement(r) : sentence(r))).join('');
}

/** A short heading (no end punctuation). */
export function heading(r: Random): string {
  const base = r.pick([...actions, ...requirements.map((q) => q.replace(/^要/, ''))]);
  return r.chance(0.2) ? `${base}，${r.pick(tails)}` : base;
}

/**
 * A Markdown field: paragraphs, now and then bold runs, an ordered or bullet list, or a table.
 * (Never a Markdown heading: the kinds number their own headings.)
 */
export function markdown(r: Random, paragraphs: [number, number] = [1, 3]): string {
  const blocks: string[] = [];
  const n = r.int(paragraphs[0], paragraphs[1]);
  for (let k = 0; k < n; k++) {
    let text = paragraph(r);
    if (r.chance(0.25)) {
      const cut = text.indexOf('，');
      if (cut > 2) text = `**${text.slice(0, cut)}**${text.slice(cut)}`;
    }
    blocks.push(text);
  }
  if (r.chance(0.2)) {
    const items = Array.from({ length: r.int(2, 5) }, (_, i) => `${r.chance(0.5) ? `${i + 1}.` : '-'} ${sentence(r).replace(/。$/, '；')}`);
    items[items.length - 1] = items[items.length - 1]!.replace(/；$/, '。');
    const marker = items[0]!.startsWith('-') ? '-' : null;
    blocks.push(items.map((item, i) => (marker ? item.replace(/^\d+\./, '-') : item.replace(/^-/, `${i + 1}.`))).join('\n'));
  }
  if (r.chance(0.1)) blocks.push(table(r));
  return blocks.join('\n\n');
}

export function table(r: Random): string {
  const rows = r.int(2, 6);
  const lines = ['| 序号 | 单位 | 问题 | 金额 |', '|---|---|---|---|'];
  for (let k = 1; k <= rows; k++) lines.push(`| ${k} | ${unit(r)} | ${r.pick(actions)} | ${token(r)} |`);
  return lines.join('\n');
}

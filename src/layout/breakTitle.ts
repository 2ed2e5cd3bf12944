/**
 * Breaks a title into centred rows the way GB/T 9704 asks: keep words whole, and shape
 * the rows as a trapezoid (upper rows no longer than lower ones) or a diamond, never an
 * inverted trapezoid, never a lone character on a row. Both writers print these rows, so
 * DOCX and PDF titles break identically.
 */
import { titleMaxCharsPerRow } from './gbt9704.ts';
import { canEndRow, canStartRow } from './line/kinsoku.ts';

/** Characters after which a title breaks well (function words, enumerations). */
const GOOD_AFTER = new Set(['的', '、', '，', '和', '与', '及', '对', '于', '在', '关']);
/**
 * Words of official titles that must not be split across rows. A small lexicon is enough:
 * titles are built from a narrow vocabulary of organs, actions and document names.
 */
const WORDS = [
  '党组', '党委', '党工委', '纪委', '监委', '委员会', '人民政府', '办公室', '城乡', '建设', '住房',
  '工作', '问题', '建议书', '建议', '整改', '巡察', '巡视', '监督', '检查', '纪律', '监察', '审查',
  '调查', '问责', '决定', '同志', '干部', '队伍', '全面', '从严', '治党', '纵深', '发展', '推进',
  '加强', '改进', '进一步', '落实', '责任', '主体', '政治', '会议', '纪要', '讲话', '要点', '记录',
  '谈话', '专题', '警示', '教育', '大会', '全市', '全县', '全区', '全省', '若干', '关于', '开展',
  '推动', '意见', '通知', '报告', '情况', '领导', '班子', '作风', '廉洁', '廉政', '风险', '防控',
  '制度', '机制', '管理', '处分', '纪律处分', '中国共产党', '条例', '规定', '办法', '专项', '治理', '重点', '领域', '部署', '中共', '常委会', '常务',
  // Offices and posts named in decisions' titles (副书记、镇长王某某同志…).
  '书记', '副书记', '镇长', '乡长', '县长', '区长', '市长', '局长', '副局长', '主任', '副主任', '科长', '处长', '组长', '主席', '委员',
  '党支部', '党总支', '街道', '乡镇', '社区', '村委会', '交通', '运输', '自然资源', '规划', '卫生', '健康', '生态', '环境', '市场',
  '农业', '农村', '水利', '教育', '财政', '审计', '国有', '资产', '医疗', '保障', '耕地', '保护', '粮食', '安全', '生产', '不力',
  '履职', '失职', '失责', '违规', '违纪', '违法', '形式主义', '官僚主义', '八项规定', '精神', '集中', '整治', '民生', '群众', '身边',
];
const WORD_SPANS = WORDS.map((word) => [...word]);

/** Beyond the 禁则 (layout/line/kinsoku.ts): a title row never starts with the particle 的. */
const NO_TITLE_ROW_START = new Set(['的']);

export function breakTitle(title: string, maxPerRow: number = titleMaxCharsPerRow): string[] {
  return title
    .split('\n')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0)
    .flatMap((segment) => breakSegment(segment, maxPerRow));
}

function breakSegment(segment: string, maxPerRow: number): string[] {
  const chars = [...segment];
  if (chars.length <= maxPerRow) return [segment];
  const rowCount = Math.ceil(chars.length / maxPerRow);
  const rows: string[] = [];
  let start = 0;
  for (let row = 0; row < rowCount - 1; row++) {
    const remaining = chars.length - start;
    const rowsLeft = rowCount - row;
    // Upper rows take the floor of an even share, so the shape widens downwards.
    const target = start + Math.floor(remaining / rowsLeft);
    const end = bestBreak(chars, start, target, maxPerRow, rowsLeft);
    rows.push(chars.slice(start, end).join(''));
    start = end;
  }
  rows.push(chars.slice(start).join(''));
  return rows;
}

/** Chooses where the row starting at `start` ends, near `target`. */
function bestBreak(chars: string[], start: number, target: number, maxPerRow: number, rowsLeft: number): number {
  let best = target;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let end = start + 2; end <= Math.min(start + maxPerRow, chars.length - 2); end++) {
    // The rows after this one must still fit.
    if (chars.length - end > maxPerRow * (rowsLeft - 1)) continue;
    const before = chars[end - 1] ?? '';
    const after = chars[end] ?? '';
    if (!canStartRow(after.codePointAt(0) ?? 0) || NO_TITLE_ROW_START.has(after) || !canEndRow(before.codePointAt(0) ?? 0)) continue;
    if (isLatin(before) && isLatin(after)) continue;
    let score = Math.abs(end - target);
    // Splitting a quoted name is the last resort, used only when it is longer than a row allows.
    if (insideBrackets(chars, end)) score += 40;
    if (splitsWord(chars, end)) score += 8;
    // An upper row longer than the rest would make an inverted trapezoid.
    const rowLength = end - start;
    const rest = (chars.length - end) / (rowsLeft - 1);
    if (rowLength > rest + 0.5) score += 6;
    if (!GOOD_AFTER.has(before)) score += 2;
    if (before === '关' && after === '于') score += 20;
    if (score < bestScore) {
      bestScore = score;
      best = end;
    }
  }
  return best;
}

/** Whether a break before index `end` falls inside a lexicon word. */
function splitsWord(chars: string[], end: number): boolean {
  for (const word of WORD_SPANS) {
    for (let offset = 1; offset < word.length; offset++) {
      const from = end - offset;
      if (from < 0 || from + word.length > chars.length) continue;
      if (word.every((c, i) => chars[from + i] === c)) return true;
    }
  }
  return false;
}

function insideBrackets(chars: string[], index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = chars[i];
    if (c === '《' || c === '“' || c === '（') depth++;
    if (c === '》' || c === '”' || c === '）') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

function isLatin(char: string): boolean {
  return /[A-Za-z0-9]/.test(char);
}

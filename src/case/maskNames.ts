/**
 * De-identified copies (--mask-names): every personal name given in the case's person fields
 * (personFields: subject, interviewee, interviewers, recorder, speaker, contact, host,
 * attendees …) is replaced everywhere in the case's text by its 某某 form: 韩晓东 → 韩某某,
 * 欧阳明远 → 欧阳某某 (compound surnames kept). Markdown fields and tables are text like any
 * other; organisation names (an organisation as subject, issuers, addressees) are untouched.
 */
import { type PersonNameForm, personFields } from './personFields.ts';
import type { CaseData } from './types.ts';

const COMPOUND_SURNAMES = new Set(
  ('欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 南宫 独孤 百里 呼延 ' +
    '澹台 公冶 太史 申屠 闻人 万俟 濮阳 淳于 单于 赫连 钟离 仲孙 司空 拓跋 羊舌 微生 东郭 梁丘 左丘 段干 ' +
    '巫马 公西 漆雕 乐正 壤驷 公良 谷梁 宰父 夹谷 即墨 东门 公羊 子车 第五 呼延 鲜于 闾丘 亓官 司寇 南门').split(' '),
);

/** 韩晓东 → 韩某某, 欧阳明远 → 欧阳某某; a name already masked (张某某, 王某) stays as it is. */
export function maskedName(name: string): string {
  if (name.includes('某')) return name;
  const surname = name.length > 2 && COMPOUND_SURNAMES.has(name.slice(0, 2)) ? name.slice(0, 2) : name.slice(0, 1);
  return `${surname}某某`;
}

// The last post before the name in 市纪委常委、市监委委员周某某: where the name starts.
const POST_END =
  /(?:书记|主任|委员|常委|局长|部长|处长|科长|股长|主席|组长|队长|所长|院长|校长|庭长|经理|董事长|秘书长|秘书|干部|科员|代表|成员|厅长|省长|市长|县长|区长|镇长|乡长|站长|馆长|行长|总监|监察员|检察官|调查员|审查员|专员|助理|负责人|会计|出纳)([\u4e00-\u9fff·]{2,5})$/u;

/** The name inside a field's value, or undefined when it names no person. */
export function nameIn(value: string, form: PersonNameForm): string | undefined {
  const text = value.replace(/[（(][^）)]*[）)]\s*$/u, '').trim();
  if (form === 'name') return /^[\u4e00-\u9fff·]{2,6}$/u.test(text) ? text : undefined;
  const tokens = text.split(/[\s\u3000]+/u);
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length > 1 && /^[\u4e00-\u9fff·]{2,5}$/u.test(last)) return last;
  const m = POST_END.exec(text);
  if (m) return m[1];
  return /^[\u4e00-\u9fff·]{2,4}$/u.test(text) ? text : undefined;
}

/** The personal names the case gives in its person fields (longest first). */
export function personNames(data: CaseData): string[] {
  const names = new Set<string>();
  for (const { path, form } of personFields(data.kind)) {
    for (const { value, parent } of valuesAt(data, path.split('/').slice(1))) {
      if (typeof value !== 'string') continue;
      // An organisation as subject (问责决定书) is no person.
      if (parent && typeof parent === 'object' && (parent as Record<string, unknown>).type === 'organization') continue;
      const name = nameIn(value, form);
      if (name && !name.includes('某')) names.add(name);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/** A copy of the case with every personal name replaced by its 某某 form in every text field. */
export function maskNames<T extends CaseData>(data: T): T {
  const names = personNames(data);
  if (names.length === 0) return data;
  const pattern = new RegExp(names.map(escapeRegExp).join('|'), 'gu');
  const masks = new Map(names.map((n) => [n, maskedName(n)]));
  const mask = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return KEEP.has(key) ? value : value.replace(pattern, (n) => masks.get(n) ?? n);
    if (Array.isArray(value)) return value.map((v) => mask(v, ''));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'extensions' ? v : mask(v, k)]));
    }
    return value;
  };
  return mask(data, '') as T;
}

/** Fields that are identifiers or paths, not text. */
const KEEP = new Set(['kind', 'id', '$schema', 'image', 'sourceFile', 'layout', 'lang']);

function valuesAt(value: unknown, segments: string[], parent?: unknown): { value: unknown; parent: unknown }[] {
  if (segments.length === 0) return [{ value, parent }];
  const [head, ...rest] = segments;
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest, value)) : [];
  if (value && typeof value === 'object' && !Array.isArray(value) && head !== undefined && head in value) {
    return valuesAt((value as Record<string, unknown>)[head], rest, value);
  }
  return [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The speeches in fixtures/speeches/ and the outlines they must yield, as written in their text. */
import { resolve } from 'node:path';

export const speechDir = resolve('fixtures', 'speeches');

type Expected = { title: string; salutation: string; parts: [string, string[]][]; closing: number };

export const expectedOutlines: Record<string, Expected> = {
  // 第一，… with announced counts: a fifth 紧盯 sentence, a third 坚持 and a fourth 强化 that are
  // not points (they carry a comma); part 3's heading lacks 要.
  'count-ordinal.txt': {
    title: '在全县作风建设推进会上的讲话',
    salutation: '同志们：',
    parts: [
      ['要做到“四个紧盯”，推动作风建设见行见效', ['紧盯节假日等关键节点', '紧盯公务接待和公车使用', '紧盯基层“微腐败”', '紧盯“四风”隐形变异问题']],
      ['要坚持“两个结合”，推动监督检查常态长效', ['坚持日常监督与专项检查相结合', '坚持查处问题与完善制度相结合']],
      ['落实“三个强化”，推动责任链条层层压实', ['强化党委主体责任', '强化纪委监督责任', '强化职能部门监管责任']],
    ],
    closing: 2,
  },
  // Markdown: ## 一、 headings, （一） points opening paragraphs, one with **bold** lead sentences.
  'dun-paren.md': {
    title: '在全市巡察工作动员部署会上的讲话',
    salutation: '同志们：',
    parts: [
      ['提高政治站位，深刻认识巡察工作的重要意义', ['巡察是推动政令畅通的有力抓手', '巡察是密切党群关系的重要纽带']],
      ['突出监督重点，精准发现问题', ['聚焦“关键少数”', '聚焦群众身边问题', '聚焦选人用人']],
      ['加强组织领导，确保巡察工作取得实效', ['落实工作责任', '严守纪律规矩']],
    ],
    closing: 1,
  },
  // 一、 headings alone on their line (indented with full-width spaces), 一是/二是 points inside paragraphs.
  'dun-shi.txt': {
    title: '在全区纪检监察干部队伍建设工作会议上的讲话',
    salutation: '同志们：',
    parts: [
      [
        '清醒认识干部队伍建设面临的形势',
        ['能力本领还有短板，一些干部对新领域新业态的监督办法不多', '斗争精神还需增强，个别干部遇到矛盾绕着走', '纪律作风还要锤炼，极少数干部存在跑风漏气等问题'],
      ],
      ['全面加强干部队伍的能力建设', ['强化政治训练', '强化专业训练', '强化实践锻炼', '强化激励保障']],
    ],
    closing: 1,
  },
  // 首先/其次/最后, no count: the short lead sentences opening the paragraphs of each part.
  'sequence.txt': {
    title: '在全镇警示教育大会上的讲话',
    salutation: '各位同志：',
    parts: [
      ['要以案为鉴，筑牢思想防线', ['理想信念是共产党人精神上的钙', '敬畏之心不可少']],
      ['要以案促改，堵塞制度漏洞', ['完善内控机制', '加强权力监督']],
      ['要以案促治，营造清风正气', ['弘扬廉洁文化', '抓好家风建设']],
    ],
    closing: 1,
  },
  // 第一，… in one paragraph each, no count: the short sentences inside the paragraph.
  'ordinal-nocount.txt': {
    title: '在全市审查调查安全工作会议上的讲话',
    salutation: '同志们：',
    parts: [
      ['要把安全责任扛在肩上', ['健全责任体系', '完善工作预案']],
      ['要把制度规范落到实处', ['严格执行谈话规程', '规范留置场所管理']],
      ['要把队伍建设摆在突出位置', ['强化安全培训', '加强监督检查']],
    ],
    closing: 1,
  },
  // 一是/二是 parts; unquoted counts (把好三个关口: points begin with the verb 把好); a part without points.
  'shi-parts.txt': {
    title: '在全县信访举报工作培训会上的讲话',
    salutation: '同志们：',
    parts: [
      ['要把好三个关口，提高信访举报办理质量', ['把好受理关', '把好办理关', '把好反馈关']],
      ['要坚持两个导向，提升分析研判水平', ['坚持问题导向', '坚持效果导向']],
      ['要加强队伍建设，打造过硬信访干部队伍', []],
    ],
    closing: 1,
  },
};

/** The outline's parts as [heading, point headings] pairs. */
export function partPairs(outline: { parts: { heading: string; points: { heading: string }[] }[] }): [string, string[]][] {
  return outline.parts.map((p) => [p.heading, p.points.map((q) => q.heading)]);
}

/**
 * A Markdown aid (not part of npm run bench): a body like the fixtures' (headings, paragraphs
 * with dates, amounts and bold lead sentences, a list, a table) parsed by the processor in use
 * and by plain remark-parse, to see what GFM and CJK-friendly emphasis cost a document.
 */
import { performance } from 'node:perf_hooks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../src/model/parseMarkdown.ts';

const paragraph = '**压实整改责任。**2026 年 9 月 22 日前，各被巡察单位要对照反馈意见逐条制定整改措施，涉及资金 1,234.56 万元（占比 12.5%），台账编号 GW-2026-0001，联系邮箱 zhenggai@example.gov.cn。';
const body = [
  '# 一、正视问题，切实增强整改落实的思想自觉',
  ...Array.from({ length: 6 }, () => paragraph),
  '## （一）对账销号',
  '1. 建立问题清单；\n2. 建立任务清单；\n3. 建立责任清单。',
  '| 单位 | 问题数 | 已整改 |\n| --- | --- | --- |\n| 某某局 | 12 | 10 |\n| 某某办 | 8 | 8 |',
  ...Array.from({ length: 6 }, () => paragraph),
].join('\n\n');
const plain = unified().use(remarkParse);
const gfmOnly = unified().use(remarkParse).use(remarkGfm);
// parseMarkdown keeps only GFM's tables, footnotes and task lists (no strikethrough, no literal autolinks).
const variants: Record<string, () => unknown> = {
  'in use (gfm + cjk-friendly)': () => parseMarkdown(body),
  'remark-parse + gfm': () => gfmOnly.parse(body),
  'remark-parse alone': () => plain.parse(body),
};
for (const run of Object.values(variants)) for (let i = 0; i < 200; i++) run();
for (const [name, run] of Object.entries(variants)) {
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(30)} median ${times[150]!.toFixed(3)} ms (${body.length} characters)`);
}

import { loadFontSet } from '../src/fonts/loadFontSet.ts';
import { renderCase } from '../src/render/renderCase.ts';
import { loaded, rectification } from './kinds/sampleCases.ts';
const fonts = await loadFontSet();
const field = process.argv[2]!; const sizes = process.argv.slice(3).map(Number);
const CJK = process.env.LATIN ? 'lorem ipsum dolor sit amet ' : '某市区县纪律检查委员会监察关于问题整改落实情况的报告工作要求进一步加强监督管理制度建设';
const text = (n: number) => { let s = ''; while (s.length < n) s += CJK; return s.slice(0, n); };
for (const n of sizes) {
  const data: any = { ...rectification() };
  if (field === 'cc') data.cc = [text(n)]; else data.title = text(n);
  const t = performance.now();
  try { const r = await renderCase(loaded(data), { formats: ['pdf'], fonts }); console.log(field, n, 'pages', r.plan.pageCount, Math.round(performance.now() - t), 'ms'); }
  catch (e) { console.log(field, n, (e as Error).name, Math.round(performance.now() - t), 'ms', (e as Error).message.slice(-80)); }
}

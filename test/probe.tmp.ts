import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseCases } from '../src/case/parseCases.ts';
import { loadFontSet } from '../src/fonts/loadFontSet.ts';
import { renderCase } from '../src/render/renderCase.ts';
import { checkPdf } from '../src/check/checkPdf.ts';
import { mutate, random, toJsonText } from './robust/mutateCase.ts';
const want = Number(process.argv[2]); const seed = Number(process.argv[3]);
const fixtures = readdirSync('fixtures').filter((n) => n.endsWith('.json')).sort();
const rand = random(seed);
const fonts = await loadFontSet();
for (let m = 0; m <= want; m++) {
  const name = fixtures[m % fixtures.length]!;
  const base = JSON.parse(readFileSync(`fixtures/${name}`, 'utf8'));
  const { json, operations } = mutate(rand, base);
  if (m !== want) continue;
  writeFileSync('/tmp/h11/m.json', toJsonText(json));
  const c = parseCases(toJsonText(json), `/work/wt/harden11/fixtures/${name}`)[0]!;
  const r = await renderCase(c, { formats: ['pdf'], fonts });
  writeFileSync('/tmp/h11/m.pdf', r.outputs[0]!.bytes);
  console.log(operations.map(o=>o.slice(0,80)), 'pages', r.plan.pageCount, 'sig', JSON.stringify(r.document.signature).slice(0, 200));
  const rep = await checkPdf(r.outputs[0]!.bytes);
  console.log(rep.findings.map((f) => `${f.rule}@${f.page} ${f.message.en} ${f.text ?? ''}`).slice(0, 10));
}

// Probe: deflated subset size of the same code points, TrueType (npm Noto Serif SC) vs CFF (system Noto Serif CJK).
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { createSubsetter } from '../../../src/fonts/harfbuzzSubset.ts';
import { sfntTable } from '../../../src/fonts/sfntTables.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
const cps = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((c) => c > 32);
console.log('code points', cps.length);
const ttf = readFileSync('node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf');
const t = createSubsetter(ttf, 0).subset(cps);
const glyf = sfntTable(t, 'glyf')!;
console.log('ttf subset', t.length, 'glyf', glyf.length, 'deflated glyf', deflateSync(glyf, { level: 9 }).length);
for (let i = 0; i < 5; i++) {
  try {
    const otc = readFileSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc');
    const s = createSubsetter(otc, i).subset(cps);
    const cff = sfntTable(s, 'CFF ')!;
    console.log('face', i, 'cff', cff.length, 'deflated', deflateSync(cff).length);
  } catch (e) { console.log(i, String(e)); }
}

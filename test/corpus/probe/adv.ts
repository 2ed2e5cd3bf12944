import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { createMeasureChar } from '../../../src/fonts/measureChar.ts';
const fonts = await loadFontSet({ systemFonts: false });
const m = createMeasureChar(fonts);
for (const ch of '0123456789-/GBTQDW.,%@') { const r = m(ch, { text: '', font: 'fangsong', sizePt: 16 } as any); console.log(ch, r.faceKey, r.advancePt, (r.advancePt * 20).toFixed(3)); }
console.log(m.shapeWord ? 'shapes words' : '');

/** Scratch: a DOCX's 版记 frame under variations of its w:framePr, converted by LibreOffice; prints where 抄送 lands. */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';

const bytes = readFileSync(process.argv[2]!);
const B = (side: string, sz: number) => `<w:${side} w:val="single" w:sz="${sz}" w:space="0" w:color="000000"/>`;
const variants: Record<string, (xml: string) => string> = {
  asIs: (x) => x,
  twoFrames: (x) => {
    // The last framed paragraph (印发) becomes a frame of its own, one row at the foot.
    const frames = [...x.matchAll(/<w:framePr w:w="(\d+)" w:h="(\d+)"([^>]*)w:y="(\d+)"\/>/g)];
    const last = frames[frames.length - 1]!;
    const h = Number(last[2]);
    const y = Number(last[4]);
    let k = 0;
    return x.replace(/<w:framePr w:w="(\d+)" w:h="(\d+)"([^>]*)w:y="(\d+)"\/>/g, (_m, w, _h, mid) => (++k === frames.length ? `<w:framePr w:w="${w}" w:h="579"${mid}w:y="${y + h - 579}"/>` : `<w:framePr w:w="${w}" w:h="${h - 579}"${mid}w:y="${y}"/>`));
  },
  ccTB8prB8: (x) => { let k = 0; return x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, () => (k++ === 0 ? `<w:pBdr>${B('top', 8)}${B('bottom', 8)}</w:pBdr>` : `<w:pBdr>${B('bottom', 8)}</w:pBdr>`)); },
  ccTB6prB6: (x) => { let k = 0; return x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, () => (k++ === 0 ? `<w:pBdr>${B('top', 6)}${B('bottom', 6)}</w:pBdr>` : `<w:pBdr>${B('bottom', 6)}</w:pBdr>`)); },
  allTB6: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, `<w:pBdr>${B('top', 6)}${B('bottom', 6)}</w:pBdr>`),
  allT8B6: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, `<w:pBdr>${B('top', 8)}${B('bottom', 6)}</w:pBdr>`),
  noBorders: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, ''),
  sameTopBottom: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, `<w:pBdr>${B('top', 8)}${B('bottom', 8)}</w:pBdr>`),
  sameWithBetween: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, `<w:pBdr>${B('top', 8)}${B('bottom', 8)}${B('between', 6)}</w:pBdr>`),
  onlyBottoms: (x) => x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, `<w:pBdr>${B('bottom', 8)}</w:pBdr>`),
  topOnlyFirst: (x) => { let k = 0; return x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, () => (k++ === 0 ? `<w:pBdr>${B('top', 8)}</w:pBdr>` : '')); },
  bottomOnlyLast: (x) => { const n = (x.match(/<w:pBdr>/g) ?? []).length; let k = 0; return x.replace(/<w:pBdr>.*?<\/w:pBdr>/g, () => (++k === n ? `<w:pBdr>${B('bottom', 8)}</w:pBdr>` : '')); },
};
const docs: Record<string, Uint8Array> = {};
for (const [name, f] of Object.entries(variants)) {
  const zip = new PizZip(bytes);
  zip.file('word/document.xml', f(zip.file('word/document.xml')!.asText()));
  docs[name] = zip.generate({ type: 'uint8array' });
}
const pdfs = docxToPdfBatch(docs, 20);
for (const [name, pdf] of Object.entries(pdfs)) {
  const g = await extractPdfGeometry(new Uint8Array(pdf), { fonts: false });
  const hits = g.pages.flatMap((p) => p.rows.filter((r) => /抄送|印发/.test(r.text)).map((r) => `p${p.page}@${r.baseline.toFixed(1)}`));
  console.log(name.padEnd(14), g.pages.length, 'pages', hits.join(' '));
}

/**
 * Scratch: variants of where the 版记 text box is anchored in one DOCX (`tsx boxVariants.ts
 * FILE.docx OUTDIR`), each converted by LibreOffice (our faces); prints where 抄送 lands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import PizZip from 'pizzip';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

const [file, outDir] = process.argv.slice(2) as [string, string];
const zip = new PizZip(readFileSync(file));
const xml = zip.file('word/document.xml')!.asText();
const boxRe = /<w:r><mc:AlternateContent>(?:(?!<\/mc:AlternateContent>)[\s\S])*?GongwenColophon[\s\S]*?<\/mc:AlternateContent><\/w:r>/;
const box = boxRe.exec(xml)![0];
const without = xml.replace(box, '');
const at = xml.indexOf(box);
const pStart = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
const pPrEnd = xml.indexOf('</w:pPr>', pStart) + '</w:pPr>'.length;
const pEnd = xml.indexOf('</w:p>', at) + '</w:p>'.length;
const anchorP = `<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>${box}</w:p>`;
const variants: Record<string, string> = {
  asIs: xml,
  atStart: xml.slice(0, pPrEnd) + box + xml.slice(pPrEnd, at) + xml.slice(at + box.length),
  ownParagraph: without.slice(0, pEnd - box.length) + anchorP + without.slice(pEnd - box.length),
  noLayoutInCell: xml.replace(box, box.replace('layoutInCell="1"', 'layoutInCell="0"')),
  row10: xml.replace(box, box.replace(/(<wp:positionV relativeFrom="page"><wp:posOffset>)(\d+)/, (_m, a: string) => `${a}${(2098 + 9 * 579) * 635}`)),
  row21: xml.replace(box, box.replace(/(<wp:positionV relativeFrom="page"><wp:posOffset>)(\d+)/, (_m, a: string) => `${a}${(2098 + 20 * 579) * 635}`)),
  noLetterMarks: xml.replace(/<w:r><mc:AlternateContent>(?:(?!<\/mc:AlternateContent>)[\s\S])*?GongwenLetter[\s\S]*?<\/mc:AlternateContent><\/w:r>/g, ''),
  noLetterDrawings: xml.replace(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:drawing>(?:(?!<\/w:drawing>)[\s\S])*?GongwenLetter[\s\S]*?<\/w:drawing><\/w:r>/g, ''),
  halfHeight: xml.replace(box, box.replaceAll(/cy="(\d+)"/g, (_m, v: string) => `cy="${Math.round(Number(v) / 2)}"`)),
};
// The box alone in a paragraph of its own inserted before body paragraph k (by fraction of the body).
const starts = [...without.matchAll(/<w:p>|<w:p /g)].map((m) => m.index!);
for (const f of [0.2, 0.4, 0.6, 0.8, 0.9, 0.95]) {
  const k = starts[Math.floor(f * starts.length)]!;
  variants[`before${f}`] = without.slice(0, k) + anchorP + without.slice(k);
}
variants.emptyAfter = xml.slice(0, pEnd) + '<w:p/>' + xml.slice(pEnd);
variants.ownThenEmpty = without.slice(0, pEnd - box.length) + anchorP + '<w:p/>' + without.slice(pEnd - box.length);
for (const n of [5, 10, 15, 19]) variants[`empty${n}own`] = without.slice(0, pEnd - box.length) + '<w:p/>'.repeat(n) + anchorP + without.slice(pEnd - box.length);
for (const n of [5, 19]) variants[`own${n}empty`] = without.slice(0, pEnd - box.length) + anchorP + '<w:p/>'.repeat(n) + without.slice(pEnd - box.length);
variants.vMargin = xml.replace(box, box.replace(/<wp:positionV relativeFrom="page"><wp:posOffset>(\d+)/, (_m, v: string) => `<wp:positionV relativeFrom="margin"><wp:posOffset>${Number(v) - 2098 * 635}`));
variants.vParagraph = xml.replace(box, box.replace(/<wp:positionV relativeFrom="page"><wp:posOffset>(\d+)/, () => `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${579 * 635 * 3}`));
variants.noFallback = xml.replace(box, box.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/, ''));
for (const k of Object.keys(variants)) if (/^(empty|own\d|v[MP]|noF)/.test(k)) delete variants[k];
// The body's paragraphs from the 10th to the k-th dropped: a shorter document, same ending.
const topLevel = (i: number): boolean => (xml.slice(0, i).match(/<w:tbl>/g)?.length ?? 0) === (xml.slice(0, i).match(/<\/w:tbl>/g)?.length ?? 0);
const top = [...xml.matchAll(/<w:p>|<w:p /g)].map((m) => m.index!).filter(topLevel);
variants.noPageBreak = xml.replace('<w:pageBreakBefore/>', '');
variants.breakRun = xml.replace(/<w:pageBreakBefore\/>([\s\S]*?<\/w:pPr>)/, '$1<w:r><w:br w:type="page"/></w:r>');
console.log('top-level paragraphs', top.length);
for (const k of Object.keys(variants)) if (k.startsWith('before') || ['row10', 'row21', 'halfHeight', 'noLetterMarks', 'noLetterDrawings', 'noLayoutInCell'].includes(k)) delete variants[k];
const docs: Record<string, Uint8Array> = {};
for (const [name, text] of Object.entries(variants)) {
  const z = new PizZip(readFileSync(file));
  z.file('word/document.xml', text);
  docs[name] = z.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
const fonts = await loadFontSet({ systemFonts: false });
const pdfs = docxToPdfBatch(docs, 2, writeSameFacesConf(fonts));
for (const [name, pdf] of Object.entries(pdfs)) {
  const path = join(outDir, `${basename(file, '.docx')}.${name}.pdf`);
  writeFileSync(path, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];
  const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const hits: string[] = [];
  let page = 0;
  for (const line of bbox.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /yMin="([\d.]+)".*>(抄送|印发)/.exec(line);
    if (m) hits.push(`p${page}@${m[1]}`);
  }
  console.log(name.padEnd(16), 'pages', pages, hits.join(' ') || '(no 抄送/印发)');
}

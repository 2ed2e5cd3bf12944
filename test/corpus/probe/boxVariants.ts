/**
 * Scratch: variants of where the 版记 text box is anchored in one DOCX (`tsx boxVariants.ts
 * FILE.docx OUTDIR`), each converted by LibreOffice (our faces); prints where 抄送 lands.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import PizZip from 'pizzip';
import { convertVariants } from './convertVariants.ts';

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
variants.topOfPage = xml.replace(box, box.replace(/(<wp:positionV relativeFrom="page"><wp:posOffset>)(\d+)/, (_m, a: string) => `${a}${2098 * 635 * 2}`).replace(/margin-top:[\d.]+pt/, 'margin-top:200pt'));
variants.noPbbEmpties = xml.replace(/<w:p><w:pPr>((?:(?!<\/w:pPr>).)*?)<w:pageBreakBefore\/>/s, (m) => '<w:p/>'.repeat(16) + m.replace('<w:pageBreakBefore/>', ''));
variants.noLetterMarks = xml.replace(/<w:r><mc:AlternateContent>(?:(?!<\/mc:AlternateContent>)[\s\S])*?GongwenLetter[\s\S]*?<\/mc:AlternateContent><\/w:r>/g, '');
variants.noTitlePg = xml.replace('<w:titlePg/>', '');
variants.noEvenFooter = xml.replace('<w:footerReference w:type="even" r:id="rIdFooterEven"/>', '');
variants.noFooters = xml.replace(/<w:footerReference[^>]*\/>/g, '');
{
  const pbb = xml.indexOf('<w:pageBreakBefore/>');
  const pbbP = xml.lastIndexOf('<w:p>', pbb);
  const after = top.filter((i) => i > pbbP);
  const before = top.filter((i) => i < pbbP);
  // Everything between the 8th top-level paragraph and the attachment's break dropped.
  variants.dropBefore = xml.slice(0, before[8]) + xml.slice(pbbP);
  variants.dropBeforeNoPbb = variants.dropBefore.replace('<w:pageBreakBefore/>', '');
  void after;
}
{
  const body = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(xml)![0];
  const pbbP = xml.lastIndexOf('<w:p>', xml.indexOf('<w:pageBreakBefore/>'));
  const prev = top.filter((i) => i < pbbP).at(-1)!;
  const prevPPrEnd = xml.indexOf('</w:pPr>', prev);
  const last = body.replace('<w:titlePg/>', '').replace('<w:pgSz', '<w:type w:val="nextPage"/><w:pgSz');
  const sect = xml.slice(0, prevPPrEnd) + body + xml.slice(prevPPrEnd, pbbP) + xml.slice(pbbP).replace('<w:pageBreakBefore/>', '');
  const lastAt = sect.lastIndexOf('<w:sectPr>');
  variants.sectBreak = sect.slice(0, lastAt) + last + sect.slice(lastAt + body.length);
}
variants.vmlOnly = xml.replace(box, box.replace(/<mc:AlternateContent>[\s\S]*?<mc:Fallback>([\s\S]*?)<\/mc:Fallback><\/mc:AlternateContent>/, '$1'));
variants.behindLocked = xml.replace(box, box.replace('behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"', 'behindDoc="1" locked="1" layoutInCell="0" allowOverlap="1"'));
variants.noLetterMarks2 = xml.replace(/<w:r><mc:AlternateContent>(?:(?!<\/mc:AlternateContent>)[\s\S])*?GongwenLetter[\s\S]*?<\/mc:AlternateContent><\/w:r>/g, '');
variants.noLetterMarks2NoTitle = variants.noLetterMarks2.replace('<w:titlePg/>', '');
{
  // The anchor paragraph two rows longer: its text repeated before the box.
  const runs = xml.slice(pPrEnd, at);
  variants.longerLast = xml.slice(0, at) + '<w:r><w:t>再加上四十个字再加上四十个字再加上四十个字再加上四十个字再加上四十个字再加上四十个字</w:t></w:r>' + xml.slice(at);
  variants.shorterBody = xml.replace(/(<w:t[^>]*>)([^<]{30,})(<\/w:t>)/, (_m, a: string, t: string, b: string) => a + t.slice(0, t.length - 28) + b);
  void runs;
}
{
  let v = xml;
  for (;;) {
    const k = v.indexOf('name="GongwenLetter');
    if (k < 0) break;
    const a = v.lastIndexOf('<mc:AlternateContent>', k);
    const b = v.indexOf('</mc:AlternateContent>', k) + '</mc:AlternateContent>'.length;
    v = v.slice(0, a) + v.slice(b);
  }
  variants.noLetterMarks3 = v;
  console.log('letter marks left', (v.match(/GongwenLetter/g) ?? []).length);
}
{
  const pbbP2 = xml.lastIndexOf('<w:p>', xml.indexOf('<w:pageBreakBefore/>'));
  const boxAt = xml.indexOf(box);
  const plainText = (part: string) => part.replace(/(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g, (_m, a: string, t: string, b: string) => a + '某'.repeat([...t].length) + b);
  variants.plainAttachment = xml.slice(0, pbbP2) + plainText(xml.slice(pbbP2, boxAt)) + xml.slice(boxAt);
  const paras = [...xml.slice(pbbP2, boxAt).matchAll(/<w:p>|<w:p /g)].map((m) => pbbP2 + m.index!);
  paras.forEach((start, k) => {
    const end = k + 1 < paras.length ? paras[k + 1]! : boxAt;
    variants[`plain${k}`] = xml.slice(0, start) + plainText(xml.slice(start, end)) + xml.slice(end);
  });
  variants.noBoldAttachment = xml.slice(0, pbbP2) + xml.slice(pbbP2, boxAt).replace(/<w:b\/><w:bCs\/>/g, '') + xml.slice(boxAt);
}
variants.keepLinesAnchor = xml.slice(0, pStart) + xml.slice(pStart, pPrEnd).replace('<w:pPr>', '<w:pPr><w:keepLines/>') + xml.slice(pPrEnd);
variants.widowAnchor = xml.slice(0, pStart) + xml.slice(pStart, pPrEnd).replace('<w:pPr>', '<w:pPr><w:widowControl/>') + xml.slice(pPrEnd);
variants.relHeightHigh = xml.replace(box, box.replace(/relativeHeight="\d+"/, 'relativeHeight="251660000"'));

for (const k of Object.keys(variants)) if (k.startsWith('before') || ['row10', 'row21', 'halfHeight', 'noLetterMarks', 'noLetterDrawings', 'noLayoutInCell'].includes(k)) delete variants[k];
for (const [name, path] of Object.entries(await convertVariants(file, variants, outDir))) {
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

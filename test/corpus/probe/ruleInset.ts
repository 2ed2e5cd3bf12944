/**
 * Scratch: where LibreOffice draws the 版记's rules for variants of the 抄送 paragraph's indents
 * (`tsx ruleInset.ts FILE.docx OUTDIR`); prints each variant's PDF path for test/corpus/probe/rules.py.
 */
import { readFileSync } from 'node:fs';
import PizZip from 'pizzip';
import { convertVariants } from './convertVariants.ts';

const [file, outDir] = process.argv.slice(2) as [string, string];
const xml = new PizZip(readFileSync(file)).file('word/document.xml')!.asText();
const cc = /<w:p><w:pPr><w:pStyle w:val="GwColophon"\/>(?:(?!<\/w:p>)[\s\S])*?抄送[\s\S]*?<\/w:p>/.exec(xml)![0];
const ind = /<w:ind [^>]*\/>/.exec(cc)![0];
const left = Number(/w:left="(\d+)"/.exec(ind)![1]);
const tabbed = (rightTwips: number) =>
  cc
    .replace(ind, `<w:tabs><w:tab w:val="left" w:pos="280"/></w:tabs><w:ind w:left="${left}" w:right="${rightTwips}" w:hanging="${left}"/>`)
    .replace(/<w:t xml:space="preserve">抄送/, '<w:tab/><w:t xml:space="preserve">抄送');
const variants: Record<string, string> = {
  asIs: xml,
  tabRight0: xml.replace(cc, tabbed(0)),
  tabRight280: xml.replace(cc, tabbed(280)),
};
for (const [name, path] of Object.entries(await convertVariants(file, variants, outDir))) console.log(name, path);

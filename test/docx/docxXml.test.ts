/** Assertions on the OOXML the DOCX writer produces (no office suite needed). */
import { describe, expect, it } from 'vitest';
import { breakTitle } from '../../src/layout/breakTitle.ts';
import { paragraphTexts } from '../../src/docx/shellTags.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { sampleDocument, sampleLetter, sampleMinutes, sampleSpeech, sampleTalkRecord } from '../support/sampleDocuments.ts';
import { blankPagePlan, samplePlans } from './samplePlans.ts';
import { footerOf, openDocx, sections, styleXml, wellFormedProblem } from './support.ts';
import { docxOf, planOf } from '../support/planOf.ts';

const documentParts = openDocx(docxOf(sampleDocument));

/** The 版记's paragraphs, read from the text box's mc:Choice (its VML fallback repeats them). */
function colophonBoxParagraphs(xml: string): string[] {
  const box = /<wp:anchor [^>]*>(?:(?!<\/wp:anchor>)[\s\S])*?name="GongwenColophon"[\s\S]*?<\/wp:anchor>/.exec(xml)?.[0] ?? '';
  const content = /<w:txbxContent>([\s\S]*?)<\/w:txbxContent>/.exec(box)?.[1] ?? '';
  return content.match(/<w:p><w:pPr><w:pStyle w:val="GwColophon"\/>[\s\S]*?<\/w:p>/g) ?? [];
}

describe('section and grid', () => {
  const sectPr = sections(documentParts.document).at(-1) ?? '';
  it('is A4 with the GB/T 9704 margins in twips', () => {
    expect(sectPr).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(sectPr).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
  });
  it('has a line grid of 579 twips (22 rows), not a character grid', () => {
    expect(sectPr).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(sectPr).not.toContain('linesAndChars');
  });
  it('uses odd and even footers', () => {
    expect(documentParts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(sectPr).toMatch(/<w:footerReference w:type="default"/);
    expect(sectPr).toMatch(/<w:footerReference w:type="even"/);
  });
});

describe('styles', () => {
  const styles = documentParts.styles;
  const eastAsia = (id: string): string | undefined => /w:eastAsia="([^"]+)"/.exec(styleXml(styles, id))?.[1];
  it('names the office faces with w:eastAsia', () => {
    expect(eastAsia('Normal')).toBe('仿宋_GB2312');
    expect(eastAsia('Heading1')).toBe('黑体');
    expect(eastAsia('Heading2')).toBe('楷体_GB2312');
    expect(eastAsia('GwTitle')).toBe('方正小标宋简体');
    expect(eastAsia('GwMark')).toBe('方正小标宋简体');
    expect(eastAsia('Footer')).toBe('宋体');
    expect(styleXml(styles, 'Normal')).toMatch(/w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/);
  });
  it('sets 16 pt body text with −0.25 pt spacing, justified, no widow control', () => {
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain('<w:sz w:val="32"/>');
    expect(normal).toContain('<w:spacing w:val="-5"/>');
    expect(normal).toContain('<w:jc w:val="both"/>');
    expect(normal).toContain('<w:widowControl w:val="0"/>');
    expect(normal).toContain('<w:overflowPunct w:val="1"/>');
  });
  it('indents body paragraphs two characters in both forms', () => {
    expect(styleXml(styles, 'GwBody')).toContain('<w:ind w:firstLineChars="200" w:firstLine="630"/>');
  });
  it('sets the title 22 pt, off the grid, one row per line; the mark red', () => {
    const title = styleXml(styles, 'GwTitle');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:snapToGrid w:val="0"/>');
    expect(title).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
    expect(styleXml(styles, 'GwMark')).toContain('<w:color w:val="FF0000"/>');
  });
});

describe('frame', () => {
  const doc = documentParts.document;
  it('prints the mark in red 方正小标宋简体, five rows tall', () => {
    const mark = doc.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*中共某某市纪律检查委员会文件[\s\S]*?<\/w:p>/)?.[0] ?? '';
    expect(mark).toContain('<w:color w:val="FF0000"/>');
    expect(mark).toContain('w:eastAsia="方正小标宋简体"');
    const spacing = /<w:spacing w:before="(\d+)"[^>]*w:after="(\d+)"[^>]*w:line="(\d+)" w:lineRule="exact"/.exec(mark);
    expect(spacing).not.toBeNull();
    const [, before, after, line] = spacing!.map(Number);
    // Three rows of 份号/密级/紧急程度 above it: together exactly five grid rows.
    expect(3 * 579 + before! + after! + line!).toBe(5 * 579);
  });
  it('draws the red separator, 156 mm, anchored to the page, with a VML fallback', () => {
    const anchor = /<wp:anchor\b[\s\S]*?name="GongwenSeparator"[\s\S]*?<\/wp:anchor>/.exec(doc)?.[0] ?? '';
    expect(anchor).toContain('<wp:positionH relativeFrom="page"><wp:posOffset>1008380</wp:posOffset>');
    expect(anchor).toContain('relativeFrom="page"');
    expect(anchor).toContain('<a:ext cx="5616000" cy="0"/>');
    expect(anchor).toContain('<a:srgbClr val="FF0000"/>');
    expect(doc).toMatch(/<mc:Fallback><w:pict><v:line [^>]*strokecolor="#FF0000"/);
  });
  it('places the title on row 10: nine rows of frame before it', () => {
    const texts = paragraphTexts(doc);
    const titleIndex = texts.indexOf(breakTitle(sampleDocument.title)[0]!);
    // 份号, 密级, 紧急程度 + mark paragraph (rows 1–5), row 6, row 7 number, rows 8–9.
    expect(texts.slice(0, titleIndex)).toEqual(['000123', '机密★1年', '特急', '中共某某市纪律检查委员会文件', '', '某纪建〔2026〕3号', '', '']);
  });
  it('prints exactly the rows breakTitle gives', () => {
    const rows = breakTitle(sampleDocument.title);
    const titleParagraphs = doc.match(/<w:p><w:pPr><w:pStyle w:val="GwTitle"\/>[\s\S]*?<\/w:p>/g) ?? [];
    // The body title plus the two attachment titles.
    expect(titleParagraphs.slice(0, rows.length).map((p) => paragraphTexts(p)[0])).toEqual(rows);
  });
  it('puts 签发人 right and the number flush left with one cell of space', () => {
    const upward: OfficialDocument = { ...sampleDocument, header: { ...sampleDocument.header, signers: ['王某某'] } };
    const xml = openDocx(docxOf(upward)).document;
    const row = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*签发人：[\s\S]*?<\/w:p>/)?.[0] ?? '';
    expect(row).toContain('<w:tab w:val="right" w:pos="8528"/>');
    expect(row).toContain('<w:ind w:left="316"');
    expect(row).toMatch(/w:eastAsia="楷体_GB2312"[^]*王某某/);
  });
});

describe('footers', () => {
  const sectPr = sections(documentParts.document).at(-1) ?? '';
  it('prints — PAGE — right on odd pages and left on even pages, 14 pt 宋体 one character in', () => {
    const odd = footerOf(documentParts, sectPr, 'default');
    const even = footerOf(documentParts, sectPr, 'even');
    for (const footer of [odd, even]) {
      expect(footer).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
      expect(footer).toContain('<w:t xml:space="preserve">— </w:t>');
      expect(footer).toContain('<w:t xml:space="preserve"> —</w:t>');
      expect(footer).toContain('<w:snapToGrid w:val="0"/>');
    }
    expect(odd).toContain('<w:ind w:right="280"/><w:jc w:val="right"/>');
    expect(even).toContain('<w:ind w:left="280"/><w:jc w:val="left"/>');
    expect(styleXml(documentParts.styles, 'Footer')).toContain('<w:sz w:val="28"/>');
  });
  it('prints 第X页 共Y页 with page signatures for the talk record', () => {
    const parts = openDocx(docxOf(sampleTalkRecord));
    const last = sections(parts.document).at(-1) ?? '';
    const footer = footerOf(parts, last, 'default');
    expect(footerOf(parts, last, 'even')).toBe(footer);
    expect(footer).toContain(' PAGE ');
    expect(footer).toContain(' NUMPAGES ');
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(paragraphTexts(footer)).toEqual(['被谈话人签名：＿＿＿＿＿＿　　记录人签名：＿＿＿＿＿＿', '第1页 共1页']);
    // Two footer rows fit under the block without taking a body row.
    expect(last).toMatch(/w:footer="1264"/);
  });
  it('prints no folio on the letter’s first page', () => {
    const parts = openDocx(docxOf(sampleLetter));
    const last = sections(parts.document).at(-1) ?? '';
    expect(last).toContain('<w:titlePg/>');
    expect(footerOf(parts, last, 'first')).not.toContain('PAGE');
    expect(footerOf(parts, last, 'default')).toContain(' PAGE ');
  });
  it('prints nothing with folio none', () => {
    const parts = openDocx(docxOf({ ...sampleSpeech, furniture: { folio: 'none' } }));
    const last = sections(parts.document).at(-1) ?? '';
    expect(footerOf(parts, last, 'default')).not.toContain('PAGE');
    expect(footerOf(parts, last, 'even')).not.toContain('PAGE');
  });
});

describe('body parts', () => {
  const doc = documentParts.document;
  const paragraphWith = (xml: string, text: string): string =>
    xml.match(new RegExp(`<w:p>(?:(?!</w:p>)[\\s\\S])*${text}[\\s\\S]*?</w:p>`))?.[0] ?? '';
  it('sets heading faces per level and runs a run-in heading into its paragraph', () => {
    expect(paragraphWith(doc, '主要问题')).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*w:eastAsia="黑体"[\s\S]*一、/);
    expect(paragraphWith(doc, '政治建设有差距')).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*（一）/);
    const runIn = paragraphWith(doc, '议事规则落实不到位。');
    expect(paragraphTexts(runIn)[0]).toBe('1.议事规则落实不到位。局党组工作规则修订后未及时组织学习，部分同志对议事范围和程序掌握不准。');
  });
  it('keeps a heading standing alone whole and with the next paragraph; a run-in heading is a paragraph like any other', () => {
    for (const text of ['主要问题', '政治建设有差距', '权力运行监督不到位', '整改建议']) {
      expect(paragraphWith(doc, text)).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    }
    expect(paragraphWith(doc, '议事规则落实不到位。')).not.toContain('<w:keepNext/>');
  });
  it('rules tables as wide as the block, rows of whole grid rows', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(table).toContain('<w:tblW w:w="8844" w:type="dxa"/>');
    expect(table).toContain('<w:tblStyle w:val="GwTable"/>');
    expect(table).toContain('<w:trHeight w:val="579" w:hRule="exact"/>');
    expect(table).toContain('<w:tblHeader/>');
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b)).toBe(8844);
    expect(documentParts.styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="GwTable">[\s\S]*<w:insideV w:val="single"/);
  });
  it('hangs the attachment note so names align', () => {
    const first = paragraphWith(doc, '附件：');
    expect(paragraphTexts(first)[0]).toBe('附件：1.整改任务清单');
    // Two LibreOffice advances (630 twips) in, then 附件：1. (1264 twips) hanging.
    expect(first).toContain('<w:ind w:left="1894" w:hanging="1264"/>');
    expect(paragraphWith(doc, '关键岗位人员交流情况登记表（样表）</w:t></w:r></w:p>')).toContain('<w:ind w:left="1894" w:hanging="316"/>');
  });
  it('anchors the seal centred over issuer and date, in front of the text', () => {
    const anchor = /<wp:anchor\b[^>]*>(?:(?!<\/wp:anchor>)[\s\S])*GongwenSeal1[\s\S]*?<\/wp:anchor>/.exec(doc)?.[0] ?? '';
    expect(anchor).toContain('behindDoc="0"');
    expect(anchor).toContain('<wp:positionV relativeFrom="paragraph">');
    expect(anchor).toContain('<wp:extent cx="1512000" cy="1512000"/>');
    const relId = /r:embed="([^"]+)"/.exec(anchor)?.[1];
    expect(documentParts.part('word/_rels/document.xml.rels')).toMatch(new RegExp(`Id="${relId}"[^>]*Target="media/gongwen1.png"`));
    expect(documentParts.zip.file('word/media/gongwen1.png')).not.toBeNull();
    const date = paragraphWith(doc, '2026年11月24日');
    // Four cells (4 × 315.86 twips) of right indent.
    expect(date).toMatch(/<w:ind w:left="0" w:right="126[34]"/);
    expect(date).toContain('<w:jc w:val="right"/>');
  });
  it('stacks joint sealed names that would overlap side by side, one per row over the date', () => {
    const seal = sampleDocument.signature!.seals![0]!;
    const joint: OfficialDocument = {
      ...sampleDocument,
      signature: { issuers: ['中共某某市纪律检查委员会', '某某市监察委员会'], date: '2026年11月24日', seals: [seal, seal] },
    };
    // 12 and 8 cells centred under seals 42 mm + 3 mm apart would overlap by about two cells.
    expect(planOf(joint).signature!.stackedNames).toBe(true);
    const xml = openDocx(docxOf(joint)).document;
    const first = paragraphWith(xml, '中共某某市纪律检查委员会<');
    const second = paragraphWith(xml, '某某市监察委员会<');
    expect(first).toContain('GongwenSeal1');
    expect(first).toContain('GongwenSeal2');
    expect(paragraphTexts(first)[0]).toBe('中共某某市纪律检查委员会');
    for (const row of [first, second]) expect(row).toContain('<w:jc w:val="right"/>');
    expect(xml.indexOf(first)).toBeLessThan(xml.indexOf(second));
  });
  it('sets joint seals side by side, in order, not touching', () => {
    const seal = sampleDocument.signature!.seals![0]!;
    const joint: OfficialDocument = {
      ...sampleDocument,
      signature: { issuers: ['某某市纪委', '某某市监委'], date: '2026年11月24日', seals: [seal, seal] },
    };
    const xml = openDocx(docxOf(joint)).document;
    const offsets = [1, 2].map((n) => {
      const anchor = new RegExp(`<wp:anchor\\b[^>]*>(?:(?!</wp:anchor>)[\\s\\S])*GongwenSeal${n}`).exec(xml)?.[0] ?? '';
      return Number(/<wp:positionH relativeFrom="margin"><wp:posOffset>(-?\d+)</.exec(anchor)?.[1]);
    });
    expect(offsets[1]! - offsets[0]!).toBeGreaterThan(1512000);
    const row = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*GongwenSeal1[\s\S]*?<\/w:p>/)?.[0] ?? '';
    expect(row).toMatch(/<w:tabs><w:tab w:val="center" w:pos="\d+"\/><w:tab w:val="center" w:pos="\d+"\/><\/w:tabs>/);
    expect(paragraphTexts(row)[0]).toBe('某某市纪委某某市监委');
  });
  it('puts an unsealed date two cells right of the issuer’s first character, both rows right-anchored', () => {
    const xml = openDocx(docxOf(sampleLetter)).document;
    const issuer = /w:right="(\d+)"[^>]*\/><w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">中共某某市纪律检查委员会<\/w:t>/.exec(xml);
    const date = /w:right="(\d+)"[^>]*\/><w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">2026年11月24日<\/w:t>/.exec(xml);
    // 12 characters, two cells in from the right: starts at cell 14; the date at cell 16, so its
    // right inset is what the date's width leaves of the last 12 cells.
    const cell = 8844 / 28;
    expect(Number(issuer?.[1])).toBe(Math.round(2 * cell));
    const plan = planOf(sampleLetter).signature!;
    const dateWidthTwips = 28 * cell - 16 * cell - Number(date?.[1]);
    expect(Math.abs(Number(date?.[1]) - Math.round(plan.dateRightInsetPt * 20))).toBeLessThanOrEqual(1);
    // The date (4 + 2 + 2 digits, 3 Han, Han–digit spaces) is between 7 and 9 cells wide.
    expect(dateWidthTwips / cell).toBeGreaterThan(7);
    expect(dateWidthTwips / cell).toBeLessThan(9);
  });
  it('writes the attendance label in 黑体 with continuation rows after the colon', () => {
    const xml = openDocx(docxOf(sampleMinutes)).document;
    const row = paragraphWith(xml, '出席：');
    expect(row).toMatch(/w:eastAsia="黑体"[^]*出席：/);
    expect(row).toContain('<w:ind w:left="1578" w:hanging="948"/>');
  });
  it('starts each attachment on a new page with 附件N in 黑体', () => {
    const label = paragraphWith(doc, '附件1<');
    expect(label).toContain('<w:pageBreakBefore/>');
    expect(label).toContain('w:eastAsia="黑体"');
  });
});

describe('colophon', () => {
  it('draws thick first and last rules and a thin one between, rows exactly one grid row', () => {
    const cc = colophonBoxParagraphs(documentParts.document);
    expect(cc).toHaveLength(2);
    expect(cc[0]).toMatch(/<w:top w:val="single" w:sz="8"[\s\S]*<w:bottom w:val="single" w:sz="6"/);
    expect(cc[1]).toMatch(/<w:bottom w:val="single" w:sz="8"/);
    expect(cc[1]).not.toContain('<w:top ');
    expect(paragraphTexts(cc[0]!)[0]).toBe('抄送：省纪委监委第三监督检查室，市委组织部，市住房和城乡建设局机关纪委，市财政局，市审计局。');
    expect(cc[1]).toContain('<w:tab w:val="left" w:pos="280"/><w:tab w:val="right" w:pos="8564"/>');
    expect(paragraphTexts(cc[1]!)[0]).toBe('中共某某市纪律检查委员会办公室2026年11月25日印发');
    // Each row one grid row including its rules: exact line = 579 − rule widths.
    expect(cc[1]).toContain('w:line="559" w:lineRule="exact"');
  });
  it("spans the block with the 抄送 paragraph's rules: no right indent, a tab for the inset, the plan's row breaks", () => {
    const plan = planOf(sampleDocument);
    const [cc] = colophonBoxParagraphs(documentParts.document);
    // LibreOffice draws a paragraph's borders between its indents: the first row starts at the
    // block's edge (left − hanging = 0), nothing on the right.
    expect(cc).toMatch(/<w:ind w:left="(\d+)" w:right="0" w:hanging="\1"\/>/);
    expect(cc).toContain('<w:tabs><w:tab w:val="left" w:pos="280"/></w:tabs>');
    expect(cc).toMatch(/<w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/>/);
    // Its rows break where the layout engine broke them.
    const breaks = plan.colophonCcBreaks!;
    expect(breaks.length).toBeGreaterThan(0);
    expect((cc!.match(/<w:br\/>/g) ?? []).length).toBe(breaks.length);
    const text = '抄送：省纪委监委第三监督检查室，市委组织部，市住房和城乡建设局机关纪委，市财政局，市审计局。';
    const rows = /<w:t xml:space="preserve">([^<]*)<\/w:t>/g;
    expect([...cc!.matchAll(rows)].map((m) => m[1])).toEqual([text.slice(0, breaks[0]), ...breaks.map((b, i) => text.slice(b, breaks[i + 1]))]);
  });
  it("is a text box fixed to the page at the plan's first 版记 row, text flowing past it, not a frame or flowed rows", () => {
    const plan = planOf(sampleDocument);
    const place = plan.colophon!;
    // On a page of its own right after the content's: the box too, after filler rows, no page break.
    expect(place.newPage ? place.page === plan.contentEnd.page + 1 && !place.blankPageBefore : true).toBe(true);
    const xml = documentParts.document;
    const anchor = /<wp:anchor [^>]*>(?:(?!<\/wp:anchor>)[\s\S])*?name="GongwenColophon"/.exec(xml)?.[0] ?? '';
    const emu = (twips: number): number => twips * 635;
    expect(anchor).toContain(`<wp:positionH relativeFrom="page"><wp:posOffset>${emu(1588)}</wp:posOffset>`);
    // Half a point below its first row's top edge, so the row above it is clear of the box, which
    // the text flows above and below (a body a substituted face sets longer goes past it, not under it).
    expect(anchor).toContain(`<wp:positionV relativeFrom="page"><wp:posOffset>${emu(2098 + (place.firstRow - 1) * 579 + 10)}</wp:posOffset>`);
    expect(anchor).toContain('<wp:wrapTopAndBottom/>');
    expect(xml).not.toContain('<w:framePr');
    // Outside the box no 版记 paragraph is flowed.
    const outside = xml.replace(/<mc:AlternateContent>[\s\S]*?<\/mc:AlternateContent>/g, '');
    expect(outside).not.toContain('GwColophon');
  });
  it('fills the colophon page with empty rows and gives it a section without folio (plan)', () => {
    const parts = openDocx(docxOf(sampleDocument, { plan: samplePlans.document! }));
    const all = sections(parts.document);
    expect(all).toHaveLength(2);
    expect(footerOf(parts, all[0]!, 'default')).toContain(' PAGE ');
    const last = all[1]!;
    expect(last).toContain('<w:type w:val="nextPage"/>');
    for (const type of ['default', 'even', 'first'] as const) expect(footerOf(parts, last, type)).not.toContain('PAGE');
    // After the section break: 19 empty rows, then the two colophon paragraphs (3 rows).
    const tail = parts.document.slice(parts.document.indexOf(all[0]!) + all[0]!.length);
    const texts = paragraphTexts(tail);
    // (the tail starts inside the section-ending paragraph, which paragraphTexts skips)
    expect(texts.slice(0, 19).every((t) => t === '')).toBe(true);
    expect(texts[19]).toMatch(/^抄送：/);
  });
  it('inserts a blank page before the colophon when the plan asks', () => {
    const parts = openDocx(docxOf(sampleDocument, { plan: blankPagePlan }));
    const all = sections(parts.document);
    const tail = parts.document.slice(parts.document.indexOf(all[0]!) + all[0]!.length);
    const paragraphs = tail.match(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
    // The blank page opens the new section; the colophon page after it needs a page break.
    expect(paragraphs[0]).toBe('<w:p/>');
    expect(paragraphs[1]).toContain('<w:pageBreakBefore/>');
  });
  it('fills the rows of the same page when the colophon fits (letter: no rules, no printer)', () => {
    const parts = openDocx(docxOf(sampleLetter, { plan: samplePlans.letter! }));
    expect(sections(parts.document)).toHaveLength(1);
    const colophon = colophonBoxParagraphs(parts.document);
    expect(colophon).toHaveLength(1);
    expect(colophon[0]).not.toContain('<w:pBdr>');
  });
  it("is flowed after filler rows where the content's last paragraph began alone on the previous page's last row", () => {
    const base = samplePlans.letter!;
    const place = base.colophon!;
    expect(place.newPage).toBe(false);
    // The letter as if its last paragraph's first row had been the previous page's last.
    const plan = { ...base, lastBlockStart: { page: place.page - 1, row: 22 } };
    const parts = openDocx(docxOf(sampleLetter, { plan }));
    expect(parts.document).not.toContain('GongwenColophon');
    const texts = paragraphTexts(parts.document);
    const at = texts.findIndex((t) => t.startsWith('抄送：'));
    // The rows between the content's end and the 版记's first row are empty paragraphs.
    const filler = place.firstRow - base.contentEnd.row - 1;
    expect(filler).toBeGreaterThan(0);
    expect(texts.slice(at - filler, at).every((t) => t === '')).toBe(true);
    expect(texts[at - filler - 1]).not.toBe('');
    // Begun one row earlier, the box stays (LibreOffice draws it there).
    const earlier = openDocx(docxOf(sampleLetter, { plan: { ...base, lastBlockStart: { page: place.page - 1, row: 21 } } }));
    expect(colophonBoxParagraphs(earlier.document)).toHaveLength(1);
  });
});

describe('escaping hostile text', () => {
  const hostile = '<w:p>&amp; {{x}} {title} {@body} ]]> "q" \u0001\u000B\uFFFE end';
  const printed = '<w:p>&amp; {{x}} {title} {@body} ]]> "q"  end';
  const doc: OfficialDocument = {
    ...sampleDocument,
    title: `关于${hostile}的建议`,
    addressees: [hostile],
    body: [
      { type: 'paragraph', children: [{ type: 'text', value: hostile }] },
      { type: 'table', headerRows: 0, rows: [{ cells: [{ children: [{ type: 'paragraph', children: [{ type: 'text', value: hostile }] }] }] }] },
    ],
    // The printer's name shares its row with the date: a short hostile one.
    colophon: { cc: [hostile], printer: { name: '<w:p>&amp; {{x}} ]]>', date: '2026年11月25日' } },
  };
  const parts = openDocx(docxOf(doc));
  it('keeps the text literal in w:t', () => {
    const texts = paragraphTexts(parts.document);
    expect(texts).toContain(printed);
    expect(texts).toContain(`${printed}：`);
    expect(parts.document).toContain('&lt;w:p&gt;&amp;amp; {{x}} {title} {@body} ]]&gt; &quot;q&quot;  end');
  });
  it('drops XML-invalid control characters', () => {
    expect(parts.document).not.toMatch(/[\u0001\u000B\uFFFE]/);
  });
  it('keeps every XML part well-formed', () => {
    for (const name of Object.keys(parts.zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect([name, wellFormedProblem(parts.part(name))]).toEqual([name, undefined]);
    }
    expect(wellFormedProblem('<a><b></a>')).toMatch(/unbalanced/);
    expect(wellFormedProblem('<a>x & y</a>')).toMatch(/raw &/);
  });
  it('leaves no stray tags or markup from the data', () => {
    expect(parts.document.match(/<w:p>/g)?.length).toBe(parts.document.match(/<\/w:p>/g)?.length);
    expect(parts.document).not.toContain('<w:p>&amp; {{x}}');
  });
});

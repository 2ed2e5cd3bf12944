/**
 * The checker on PDFs LibreOffice makes: a hand-built grid DOCX (the Word-shell values
 * of docx-libreoffice.md: 579-twip line grid, −0.25 pt character spacing, footer 1454)
 * passes; a plain-text file, which is not on the grid, yields findings, not a throw.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/check/checkPdf.ts';
import { extractText } from '../../src/check/extractPdfGeometry.ts';
import { SAMPLE } from './buildTestPdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts `files` to PDF with LibreOffice in one run (one start-up), in a private profile so parallel runs do not clash. */
function soffice(files: string[]): Uint8Array[] {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return files.map((file) => new Uint8Array(readFileSync(file.replace(/\.[a-z]+$/, '.pdf'))));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:spacing w:val="-5"/><w:sz w:val="32"/></w:rPr>';

function footer(jc: string, ind: string): string {
  const r = '<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="${jc}"/><w:ind ${ind}/></w:pPr><w:r>${r}<w:t xml:space="preserve">— </w:t></w:r><w:r>${r}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${r}<w:instrText>PAGE</w:instrText></w:r><w:r>${r}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${r}<w:t>1</w:t></w:r><w:r>${r}<w:fldChar w:fldCharType="end"/></w:r><w:r>${r}<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;
}

/** A minimal DOCX: nine body paragraphs (two pages) on the GB/T 9704 grid, odd/even folios. */
function gridDocx(): Uint8Array {
  const text = SAMPLE.repeat(3);
  const paras = Array.from({ length: 9 }, (_, i) => {
    const t = [...text].slice(i * 7, i * 7 + 120).join('');
    return `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r>${RPR}<w:t>${t}</w:t></w:r></w:p>`;
  }).join('');
  const sect =
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1454" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>';
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'word/document.xml')}</Relationships>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rIdS', 'styles', 'styles.xml')}${rel('rIdT', 'settings', 'settings.xml')}${rel('rIdF1', 'footer', 'footer1.xml')}${rel('rIdF2', 'footer', 'footer2.xml')}</Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paras}${sect}</w:body></w:document>`);
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>${RPR}</w:style></w:styles>`,
  );
  zip.file('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${W}><w:evenAndOddHeaders/></w:settings>`);
  zip.file('word/footer1.xml', footer('right', 'w:right="280"'));
  zip.file('word/footer2.xml', footer('left', 'w:left="280"'));
  return zip.generate({ type: 'uint8array' });
}

describe('checkPdf on LibreOffice output', () => {
  let grid: Uint8Array;
  let note: Uint8Array;

  beforeAll(() => {
    writeFileSync(join(dir, 'grid.docx'), gridDocx());
    writeFileSync(join(dir, 'note.txt'), `某某市某某局工作联系单\n\n${SAMPLE}\n${SAMPLE.slice(0, 40)}\n`);
    [grid, note] = soffice([join(dir, 'grid.docx'), join(dir, 'note.txt')]) as [Uint8Array, Uint8Array];
  });

  it('passes a grid DOCX converted by LibreOffice, with its measured figures', async () => {
    const report = await checkPdf(grid, { layout: 'plain' });
    expect(report.findings.map((f) => `${f.rule}@${f.page}: ${f.message.en}`)).toEqual([]);
    expect(report.pages).toBeGreaterThanOrEqual(2);
    expect(report.figures.marginsMm.left).toBeCloseTo(28, 0);
    expect(Math.abs(report.figures.marginsMm.top! - 37)).toBeLessThan(0.5);
    // LibreOffice's 579-twip grid: 28.95 pt.
    expect(report.figures.pitchMm).toBeCloseTo(10.21, 1);
    expect(report.figures.charsPerFullRow['28']).toBeGreaterThan(20);
    const folios = report.figures.pages.map((p) => p.folio);
    expect(folios.map((f) => f?.text)).toEqual(report.figures.pages.map((p) => `— ${p.page} —`));
    // footer 1454 twips: the dash's ink top about 7 mm under the block (6.7 mm measured at 600 dpi).
    for (const f of folios) expect(Math.abs(f!.dashTopBelowBlockMm! - 7)).toBeLessThan(0.5);
    expect(report.figures.fonts.every((f) => f.embedded && f.subset)).toBe(true);
  });

  it('reports findings, without throwing, on a plain-text file LibreOffice converted', async () => {
    const pdf = note;
    const report = await checkPdf(pdf);
    expect(report.ok).toBe(false);
    expect(report.pages).toBe(1);
    const rules = new Set(report.findings.map((f) => f.rule));
    // Not on the grid: 20 mm margins, 12 pt text (nothing to measure the grid on), no folio;
    // nothing red, so the layout is taken to be plain.
    expect(report.figures).toMatchObject({ layout: 'plain', layoutDetected: true });
    expect(rules).toContain('body.size');
    expect(rules).toContain('row.overflow');
    expect(rules).toContain('folio.present');
    expect(rules).not.toContain('red.mark');
    const [text] = await extractText(pdf);
    expect(text!.split('\n')[0]).toBe('某某市某某局工作联系单');
    expect(text!.replace(/\s/g, '')).toContain(SAMPLE.slice(0, 20));
  });
});

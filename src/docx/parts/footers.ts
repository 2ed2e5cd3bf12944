/**
 * Footers the writer generates (the shell's own footers hold the — N — folio):
 * an empty footer (folio 'none', unnumbered blank/colophon pages, the letter's first page)
 * and the talk record's 第X页 共Y页 footer with the page-signature row above it.
 */
import { folio } from '../../layout/gbt9704.ts';
import { element, fragment, toXmlString, type Xml } from '../xml.ts';
import { paragraph, run, runWith } from '../ooxml.ts';

const NS = {
  'xmlns:w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'xmlns:r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** Height of each row of the 第X页 footer (exact, twips). */
export const OF_TOTAL_ROW = 320;
/**
 * Footer distance for the two-row 第X页 footer: both rows fit under the block
 * (bottom margin 1984) with a millimetre to spare, so the body keeps its 22 rows.
 */
export const OF_TOTAL_FOOTER_DISTANCE = 1984 - 2 * OF_TOTAL_ROW - 80;

function field(instruction: string, placeholder: string): Xml {
  return fragment([
    runWith([element('w:fldChar', { 'w:fldCharType': 'begin' })]),
    runWith([element('w:instrText', { 'xml:space': 'preserve' }, [` ${instruction} `])]),
    runWith([element('w:fldChar', { 'w:fldCharType': 'separate' })]),
    run(placeholder),
    runWith([element('w:fldChar', { 'w:fldCharType': 'end' })]),
  ]);
}

const footerPart = (paragraphs: Xml[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + toXmlString(element('w:ftr', NS, paragraphs));

export function emptyFooterXml(): string {
  return footerPart([paragraph({ style: 'Footer', snapToGrid: false })]);
}

/** 第X页 共Y页 centred, with the page-signature row (e.g. 被谈话人签名：＿＿＿＿) above it. */
export function ofTotalFooterXml(pageSignatures: string[]): string {
  const exact = { line: OF_TOTAL_ROW, lineRule: 'exact' as const, before: 0, after: 0 };
  const signatureRow = paragraph(
    { style: 'Footer', snapToGrid: false, spacing: exact, jc: 'center' },
    pageSignatures.length > 0 ? [run(pageSignatures.map((s) => `${s.replace(/[：:]?$/, '：')}＿＿＿＿＿＿`).join('　　'), { font: 'fangsong', sizePt: folio.sizePt })] : [],
  );
  const folioRow = paragraph({ style: 'Footer', snapToGrid: false, spacing: exact, jc: 'center' }, [
    run('第', { font: 'songti', sizePt: folio.sizePt }),
    field('PAGE', '1'),
    run('页 共', { font: 'songti', sizePt: folio.sizePt }),
    field('NUMPAGES', '1'),
    run('页', { font: 'songti', sizePt: folio.sizePt }),
  ]);
  return footerPart([signatureRow, folioRow]);
}

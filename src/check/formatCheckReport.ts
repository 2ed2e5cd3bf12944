/** Human-readable text of a CheckReport, Chinese by default. */
import type { Lang } from '../errors.ts';
import type { CheckReport, Finding } from './types.ts';

const unitText = (unit: Finding['unit'], lang: Lang): string => {
  if (!unit) return '';
  if (lang === 'en') return ` ${unit}`;
  return { mm: '毫米', pt: '磅', cells: '字', rows: '行' }[unit];
};

export function formatCheckReport(report: CheckReport, lang: Lang = 'zh', file?: string): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  const head = file ? `${file}${zh ? '：' : ': '}` : '';
  const verdict = report.ok
    ? zh
      ? `符合 GB/T 9704-2012（共${report.pages}页，${report.warnings}条提示）`
      : `conforms to GB/T 9704-2012 (${report.pages} pages, ${report.warnings} warnings)`
    : zh
      ? `不符合 GB/T 9704-2012：${report.errors}处错误，${report.warnings}条提示（共${report.pages}页）`
      : `does not conform to GB/T 9704-2012: ${report.errors} errors, ${report.warnings} warnings (${report.pages} pages)`;
  lines.push(head + verdict);

  const f = report.figures;
  const mm = zh ? '毫米' : ' mm';
  const parts: string[] = [];
  if (report.pages > 0) {
    const names = { document: '文件格式', letter: '信函格式', minutes: '纪要格式', plain: '无版头' } as const;
    const how = f.layoutDetected ? (zh ? '（自动判断）' : ' (detected)') : '';
    parts.push(`${zh ? '版式' : 'layout'} ${zh ? names[f.layout] : f.layout}${how}`);
  }
  if (f.marginsMm.top !== undefined) parts.push(`${zh ? '天头' : 'top'} ${f.marginsMm.top}${mm}`);
  if (f.marginsMm.left !== undefined) parts.push(`${zh ? '订口' : 'left'} ${f.marginsMm.left}${mm}`);
  if (f.marginsMm.right !== undefined) parts.push(`${zh ? '右白边' : 'right'} ${f.marginsMm.right}${mm}`);
  if (f.pitchMm !== undefined) parts.push(`${zh ? '行距' : 'pitch'} ${f.pitchMm}${mm}`);
  if (parts.length) lines.push(`  ${zh ? '实测' : 'measured'}: ${parts.join(zh ? '，' : ', ')}`);
  const histogram = Object.entries(f.charsPerFullRow)
    .map(([k, v]) => `${zh ? k.replace(' (indented)', '（缩进）').replace('mixed', '含西文') : k}×${v}`)
    .join(' ');
  if (histogram) lines.push(`  ${zh ? '整行字数（字数×行数）' : 'characters per full row (chars×rows)'}: ${histogram}`);
  const folios = f.pages
    .filter((p) => p.folio)
    .map((p) => `${p.page}:${p.folio!.text}${p.folio!.dashTopBelowBlockMm !== undefined ? `@${p.folio!.dashTopBelowBlockMm}${zh ? '毫米' : 'mm'}` : ''}`);
  if (folios.length) lines.push(`  ${zh ? '页码（页:文字@一字线距版心）' : 'folios (page:text@dash below block)'}: ${folios.join(' ')}`);
  if (f.fonts.length) {
    const fonts = f.fonts.map((x) => `${x.baseFont}${x.embedded ? '' : zh ? '（未嵌入）' : ' (not embedded)'}`);
    lines.push(`  ${zh ? '字体' : 'fonts'}: ${fonts.join(', ')}`);
  }

  for (const finding of report.findings) {
    const tag = finding.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '提示' : 'warning';
    const where = finding.page !== undefined ? (zh ? `第${finding.page}页` : `page ${finding.page}`) : zh ? '全文' : 'document';
    const sep = zh ? '：' : ': ';
    const text = finding.text ? (zh ? `（“${finding.text}”）` : ` ("${finding.text}")`) : '';
    const figure =
      typeof finding.measured === 'number' && typeof finding.expected === 'number'
        ? zh
          ? ` [实测 ${finding.measured}${unitText(finding.unit, lang)}，应为 ${finding.expected}${unitText(finding.unit, lang)}]`
          : ` [measured ${finding.measured}${unitText(finding.unit, lang)}, expected ${finding.expected}${unitText(finding.unit, lang)}]`
        : '';
    lines.push(`  ${tag} ${where} ${finding.rule}${sep}${finding.message[lang]}${text}${figure}`);
  }
  return lines.join('\n');
}

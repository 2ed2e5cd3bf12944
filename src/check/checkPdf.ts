/**
 * `gongwen check`: the conformance report of any PDF against gbt9704.md. Extracts the
 * geometry once, measures each page, runs every rule (pure functions), and collects the
 * figures. A PDF that cannot be read yields a report with one error, never a throw.
 * Without `layout`, the layout is guessed from the first page (detectLayout).
 */
import { detectLayout } from './detectLayout.ts';
import { extractPdfGeometry } from './extractPdfGeometry.ts';
import { dashTopBelowBlockMm } from './rules/folio.ts';
import { measurePage, type PageMeasure } from './measurePage.ts';
import { rules } from './rules/index.ts';
import { round, toMm } from './standard.ts';
import type { CheckOptions, CheckReport, Finding, PageFigures, PdfGeometry } from './types.ts';

export async function checkPdf(pdf: Uint8Array, options: CheckOptions = {}): Promise<CheckReport> {
  let geometry: PdfGeometry;
  try {
    geometry = await extractPdfGeometry(pdf, { colourPages: options.layout === 'plain' ? [-1] : [1, -1] });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return unreadable({ zh: `无法读取PDF：${reason}`, en: `cannot read the PDF: ${reason}` });
  }
  return checkGeometry(geometry, options);
}

/** The rules on geometry already extracted (extractPdfGeometry with colourPages [1, −1], as checkPdf asks). */
export function checkGeometry(geometry: PdfGeometry, options: CheckOptions = {}): CheckReport {
  const measureOptions = options.rowPitchPt !== undefined ? { rowPitchPt: options.rowPitchPt } : {};
  const layout = options.layout ?? detectLayout(geometry.pages[0]);
  const measures = geometry.pages.map((p) => measurePage(p, measureOptions));
  const ctx = { geometry, measures, layout };
  const findings = rules.flatMap((rule) => rule(ctx));
  findings.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    ok: errors === 0,
    pages: geometry.pages.length,
    errors,
    warnings: findings.length - errors,
    figures: { layout, layoutDetected: options.layout === undefined, ...figures(geometry, measures) },
    findings,
  };
}

function unreadable(message: Finding['message']): CheckReport {
  return {
    ok: false,
    pages: 0,
    errors: 1,
    warnings: 0,
    figures: { layout: 'document', layoutDetected: false, marginsMm: {}, charsPerFullRow: {}, fonts: [], pages: [] },
    findings: [{ severity: 'error', rule: 'pdf.unreadable', message }],
  };
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function figures(geometry: PdfGeometry, measures: PageMeasure[]): Omit<CheckReport['figures'], 'layout' | 'layoutDetected'> {
  const pages: PageFigures[] = measures.map((m) => {
    const page = geometry.pages[m.page - 1]!;
    const f: PageFigures = {
      page: m.page,
      widthMm: round(toMm(page.widthPt)),
      heightMm: round(toMm(page.heightPt)),
      bodyRows: m.bodyRows.length,
    };
    if (m.left !== undefined) f.leftMm = round(toMm(m.left));
    if (m.right !== undefined) f.rightMm = round(toMm(page.widthPt - m.right));
    if (m.top !== undefined) f.topMm = round(toMm(m.top));
    if (m.pitch !== undefined) f.pitchMm = round(toMm(m.pitch), 3);
    if (m.folio) {
      f.folio = {
        text: m.folio.text,
        number: m.folio.number,
        sizePt: round(m.folio.fontSize, 1),
        leftMm: round(toMm(m.folio.left)),
        rightMm: round(toMm(m.folio.right)),
        baselineMm: round(toMm(m.folio.baseline)),
        kind: m.folio.kind,
      };
      if (m.folio.kind === 'dashes') f.folio.dashTopBelowBlockMm = round(dashTopBelowBlockMm(m.folio));
    }
    return f;
  });
  const histogram: Record<string, number> = {};
  for (const m of measures) {
    for (const r of m.fullRows) {
      const key = r.allFullWidth ? `${r.chars}${r.indented ? ' (indented)' : ''}` : 'mixed';
      histogram[key] = (histogram[key] ?? 0) + 1;
    }
  }
  const pick = (xs: (number | undefined)[]): number | undefined => {
    const m = median(xs.filter((x): x is number => x !== undefined));
    return m === undefined ? undefined : round(m);
  };
  const marginsMm: CheckReport['figures']['marginsMm'] = {};
  const left = pick(pages.map((p) => p.leftMm));
  const right = pick(pages.map((p) => p.rightMm));
  const top = pick(pages.map((p) => p.topMm));
  if (left !== undefined) marginsMm.left = left;
  if (right !== undefined) marginsMm.right = right;
  if (top !== undefined) marginsMm.top = top;
  const result: Omit<CheckReport['figures'], 'layout' | 'layoutDetected'> = { marginsMm, charsPerFullRow: histogram, fonts: geometry.fonts, pages };
  const pitch = pick(measures.map((m) => m.pitch));
  if (pitch !== undefined) result.pitchMm = round(toMm(pitch), 3);
  return result;
}

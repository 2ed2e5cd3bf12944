/**
 * Issue 3: `gongwen check` passes on every fixture. Each fixture is rendered to PDF and
 * DOCX; our PDF and LibreOffice's rendering of the DOCX (one soffice run for all, with
 * the test fontconfig mapping the office faces to Noto CJK) are checked as the CLI checks
 * a file (layout guessed from the first page), and must have no findings at all, with
 * the layout guessed right and the margins and pitch of gbt9704.md.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import { checkPdf } from '../../src/check/checkPdf.ts';
import type { CheckReport } from '../../src/check/types.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import type { Layout } from '../../src/model/types.ts';
import { renderDocument } from '../../src/render/renderCase.ts';
import { docxToPdfBatch } from '../pdf/libreofficeBatch.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';
import { describeFindings } from '../support/pdfGeometry.ts';

const fixturesDir = resolve('fixtures');
const fixtureFiles = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

interface Rendered {
  name: string;
  layout: Layout;
  pdf: Uint8Array;
  docx: Uint8Array;
}

/** Findings as "rule p.N: message (row text)" lines, so a failure names the row. */
const lines = (report: CheckReport): string[] =>
  describeFindings(report.findings).map((line, i) => {
    const text = report.findings[i]!.text;
    return text ? `${line} ("${text}")` : line;
  });

function expectConforming(report: CheckReport, layout: Layout): void {
  expect(lines(report)).toEqual([]);
  expect(report.ok).toBe(true);
  expect(report.figures.layout).toBe(layout);
  const { left, right, top } = report.figures.marginsMm;
  expect(Math.abs(left! - 28)).toBeLessThanOrEqual(1);
  expect(Math.abs(right! - 26)).toBeLessThanOrEqual(1);
  expect(Math.abs(top! - 37)).toBeLessThanOrEqual(1);
  expect(Math.abs(report.figures.pitchMm! - 10.227)).toBeLessThanOrEqual(0.1);
  expect(report.figures.fonts.length).toBeGreaterThan(0);
  expect(report.figures.fonts.every((f) => f.embedded && f.subset)).toBe(true);
}

describe('gongwen check passes on every fixture, ours and LibreOffice’s', () => {
  const rendered: Rendered[] = [];
  const fromLibreOffice: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    requireLibreOffice();
    const fonts = await loadFontSet();
    for (const file of fixtureFiles) {
      const cases = await loadCaseFile(join(fixturesDir, file));
      for (const [i, loaded] of cases.entries()) {
        const doc = await buildDocument(loaded);
        const { outputs } = await renderDocument(doc, { formats: ['pdf', 'docx'], fonts });
        const bytes = (format: string): Uint8Array => outputs.find((o) => o.format === format)!.bytes;
        const name = cases.length > 1 ? `${file.replace(/\.json$/, '')}-${i + 1}` : file.replace(/\.json$/, '');
        rendered.push({ name, layout: doc.layout, pdf: bytes('pdf'), docx: bytes('docx') });
      }
    }
    Object.assign(fromLibreOffice, docxToPdfBatch(Object.fromEntries(rendered.map((r) => [r.name, r.docx]))));
  });

  it('renders every fixture', () => {
    expect(rendered.length).toBeGreaterThanOrEqual(fixtureFiles.length);
    expect(Object.keys(fromLibreOffice).sort()).toEqual(rendered.map((r) => r.name).sort());
  });

  for (const file of fixtureFiles) {
    const stem = file.replace(/\.json$/, '');
    const mine = (): Rendered[] => rendered.filter((r) => r.name === stem || r.name.startsWith(`${stem}-`));

    it(`${stem}: our PDF`, async () => {
      expect(mine().length).toBeGreaterThan(0);
      for (const r of mine()) expectConforming(await checkPdf(r.pdf), r.layout);
    });

    it(`${stem}: LibreOffice’s PDF of our DOCX`, async () => {
      expect(mine().length).toBeGreaterThan(0);
      for (const r of mine()) expectConforming(await checkPdf(fromLibreOffice[r.name]!), r.layout);
    });
  }
});

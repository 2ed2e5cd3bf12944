/**
 * Renders every sample document to DOCX, converts it with LibreOffice and writes the DOCX,
 * PDF and a PNG of each page under output/docx-samples/ for people to look at.
 *   npx tsx test/docx/renderSamples.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../src/docx/renderDocx.ts';
import { sampleDocuments } from '../support/sampleDocuments.ts';
import { docxToPdf, requireLibreOffice } from '../support/libreoffice.ts';
import { samplePlans } from './samplePlans.ts';
import { planOf } from '../support/planOf.ts';

export const SAMPLES_DIR = 'output/docx-samples';

export function renderSample(name: keyof typeof sampleDocuments, dir = SAMPLES_DIR): { docx: Uint8Array; pdf: Uint8Array; pdfPath: string } {
  mkdirSync(dir, { recursive: true });
  const plan = samplePlans[name];
  const docx = renderDocx(sampleDocuments[name], { plan: { ...planOf(sampleDocuments[name]), ...(plan ?? {}) } });
  const pdf = docxToPdf(docx, name);
  writeFileSync(join(dir, `${name}.docx`), docx);
  const pdfPath = join(dir, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(dir, name)]);
  return { docx, pdf, pdfPath };
}

if (process.argv[1]?.endsWith('renderSamples.ts')) {
  requireLibreOffice();
  for (const name of Object.keys(sampleDocuments) as (keyof typeof sampleDocuments)[]) {
    renderSample(name);
    console.log(name);
  }
}

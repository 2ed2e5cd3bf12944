/**
 * Renders the sample documents to output/pdf-samples/*.pdf and PNG pages (pdftoppm -r 70),
 * for looking at: npx tsx test/pdf/renderSamples.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderPdf } from '../../src/render/renderPdf.ts';
import { sampleDocuments } from '../support/sampleDocuments.ts';

const out = join(process.cwd(), 'output', 'pdf-samples');
mkdirSync(out, { recursive: true });
const fonts = await loadFontSet({ systemFonts: false });
for (const [name, doc] of Object.entries(sampleDocuments)) {
  const { pdf, plan, warnings } = await renderPdf(doc, { fonts });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '70', file, join(out, name)]);
  console.log(name, `${pdf.length} bytes`, JSON.stringify(plan), warnings.join('; '));
}

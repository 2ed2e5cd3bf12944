/**
 * Scratch helper of the DOCX probes: variants of one DOCX's word/document.xml, each converted by
 * LibreOffice with our faces; writes OUTDIR/<name>.<variant>.pdf and returns those paths.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import PizZip from 'pizzip';
import { loadFontSet } from '../../../src/fonts/loadFontSet.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { writeSameFacesConf } from '../sameFacesConf.ts';

export async function convertVariants(file: string, variants: Record<string, string>, outDir: string): Promise<Record<string, string>> {
  const docs: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(variants)) {
    const zip = new PizZip(readFileSync(file));
    zip.file('word/document.xml', text);
    docs[name] = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  }
  const fonts = await loadFontSet({ systemFonts: false });
  const paths: Record<string, string> = {};
  for (const [name, pdf] of Object.entries(docxToPdfBatch(docs, 2, writeSameFacesConf(fonts)))) {
    paths[name] = join(outDir, `${basename(file, '.docx')}.${name}.pdf`);
    writeFileSync(paths[name]!, pdf);
  }
  return paths;
}

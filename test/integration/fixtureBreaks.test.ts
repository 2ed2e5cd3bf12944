/**
 * Every fixture (fixtures/*.json, each case of a file): our PDF and LibreOffice's rendering of
 * our DOCX start and end every page with the same text on at least 95% of pages (issue 3's
 * figure; the current fixtures agree on every page). Prints the figure and the pages that differ.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCaseFiles, loadCaseFile } from '../../src/case/loadCaseFile.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { compareBreaks } from '../pdf/compareBreaks.ts';
import { requireLibreOffice } from '../support/libreoffice.ts';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

async function fixtureDocuments(): Promise<Record<string, OfficialDocument>> {
  const docs: Record<string, OfficialDocument> = {};
  for (const file of await listCaseFiles(FIXTURES)) {
    const cases = await loadCaseFile(file);
    const stem = basename(file).replace(/\.[^.]+$/, '');
    for (const [k, loaded] of cases.entries()) docs[cases.length > 1 ? `${stem}-${k + 1}` : stem] = await buildDocument(loaded);
  }
  return docs;
}

describe('fixtures: page breaks agree with LibreOffice rendering the DOCX', () => {
  it('at least 95% of pages start and end with the same text', async () => {
    requireLibreOffice();
    const docs = await fixtureDocuments();
    expect(Object.keys(docs).length).toBeGreaterThanOrEqual(9);
    const { agree, total, notes } = await compareBreaks(docs);
    console.log(`fixture pages agreeing with LibreOffice: ${agree}/${total} (${((agree / total) * 100).toFixed(1)}%)`);
    for (const note of notes) console.log(`  differs: ${note}`);
    expect(total).toBeGreaterThanOrEqual(Object.keys(docs).length);
    expect(agree / total).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});

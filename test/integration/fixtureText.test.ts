/**
 * For every fixture, the text extracted from our PDF (pdftotext, reading order) is exactly the
 * document's text: every piece of the model in order, and nothing else but page furniture
 * (folios, 第X页 共Y页 and the talk record's signature lines).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import { inlineText } from '../../src/model/inlines.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { renderDocument } from '../../src/render/renderCase.ts';
import { documentPieces } from '../pdf/documentText.ts';

const fixturesDir = resolve('fixtures');
const fixtureFiles = readdirSync(fixturesDir).filter((name) => name.endsWith('.json'));

function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'gw-text-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page's extracted text without page furniture and white space. */
function pageText(text: string, doc: OfficialDocument): string {
  let rest = text.replace(/—\s*\d+\s*—/g, '').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
  for (const label of doc.furniture.pageSignatures ?? []) rest = rest.split(label).join('');
  return rest.replace(/[＿_]+/g, '').replace(/\s+/g, '');
}

/** The text of each table's header rows (repeated at the top of a page the table continues on). */
function tableHeaders(doc: OfficialDocument): string[] {
  const blocks = [...doc.body, ...doc.attachments.flatMap((a) => a.body)];
  return blocks.flatMap((b) =>
    b.type === 'table' && b.headerRows > 0
      ? [b.rows.slice(0, b.headerRows).flatMap((row) => row.cells.map((cell) => cell.children.map((p) => inlineText(p.children)).join(''))).join('').replace(/\s+/g, '')]
      : [],
  );
}

/**
 * The extracted text without page furniture, white space and the header rows a table repeats at
 * the top of a page it continues on (dropped only where the text before it then reads on).
 */
function bodyText(text: string, doc: OfficialDocument, expected: string): string {
  const headers = tableHeaders(doc);
  let kept = '';
  for (const page of text.split('\f').map((p) => pageText(p, doc))) {
    const repeated = headers.find((h) => h !== '' && kept !== '' && page.startsWith(h) && !expected.startsWith(kept + page) && expected.startsWith(kept + page.slice(h.length)));
    kept += repeated ? page.slice(repeated.length) : page;
  }
  return kept;
}

describe('text extracted from every fixture PDF equals the document text', async () => {
  const fonts = await loadFontSet();
  for (const file of fixtureFiles) {
    it(file, async () => {
      for (const loaded of await loadCaseFile(join(fixturesDir, file))) {
        const doc = await buildDocument(loaded);
        const { outputs } = await renderDocument(doc, { formats: ['pdf'], fonts });
        const expected = documentPieces(doc).join('').replace(/\s+/g, '');
        const extracted = bodyText(pdftotext(outputs[0]!.bytes), doc, expected);
        expect(extracted).toBe(expected);
      }
    });
  }
});

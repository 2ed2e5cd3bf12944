/**
 * docxtemplater's pass runs once per shell, with sentinels for {@frame} and {@body}: a document
 * filled that way must be the package docxtemplater writes when it fills that document itself,
 * for values of every shape (empty, paragraphs, tables first or last) and shells whose tags sit
 * after a table, before one, or in a table cell.
 */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { PreparedShell, preparedShell } from '../../src/docx/preparedShell.ts';
import { defaultShellBytes } from '../../src/docx/shell/shellFiles.ts';
import type { ZipEntry } from '../../src/docx/zipWriter.ts';
import { sampleLetter } from '../support/sampleDocuments.ts';
import { docxOf } from '../support/planOf.ts';

const FRAME = '<w:p><w:r><w:t>{@frame}</w:t></w:r></w:p>';
const BODY = '<w:p><w:r><w:t>{@body}</w:t></w:r></w:p>';
const TABLE = '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
const PARAGRAPH = '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>正文 {@body}</w:t></w:r></w:p>';

function shellWith(edit: (xml: string) => string): PreparedShell {
  const zip = new PizZip(defaultShellBytes());
  zip.file('word/document.xml', edit(zip.file('word/document.xml')!.asText()));
  const bytes = zip.generate({ type: 'uint8array' });
  return new PreparedShell(() => new PizZip(bytes));
}

const summary = (parts: Map<string, ZipEntry>): string[] => [...parts.values()].map((e) => `${e.path} ${e.size} ${e.crc32}`);

describe('a shell prepared once', () => {
  const shells = {
    default: preparedShell(),
    tableBeforeFrame: shellWith((xml) => xml.replace(FRAME, TABLE + FRAME)),
    tableAfterBody: shellWith((xml) => xml.replace(BODY, BODY + TABLE)),
    bodyInCell: shellWith((xml) => xml.replace(BODY, TABLE.replace(/<w:p>.*?<\/w:p>/, BODY))),
  };
  const values = ['', PARAGRAPH, TABLE, PARAGRAPH + TABLE, TABLE + PARAGRAPH];
  for (const [name, shell] of Object.entries(shells)) {
    it(`fills documents as docxtemplater does (${name} shell)`, () => {
      const sectPr = shell.baseSectPr.replace('<w:pgSz', '<w:titlePg/><w:pgSz');
      for (const frame of values) {
        for (const body of values) {
          expect(summary(shell.fill(frame, body, sectPr)), `${frame} | ${body}`).toEqual(summary(shell.fillByTemplatePass(frame, body, sectPr)));
        }
      }
    });
  }

  it('gives the same bytes for the same document, every entry dated 1980-01-01', () => {
    const bytes = docxOf(sampleLetter);
    expect(Buffer.from(docxOf(sampleLetter)).equals(Buffer.from(bytes))).toBe(true);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    let entries = 0;
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; entries++) {
      expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([0, (1 << 5) | 1]);
      at += 30 + view.getUint16(at + 26, true) + view.getUint32(at + 18, true);
    }
    expect(entries).toBe(Object.keys(new PizZip(bytes).files).length);
  });
});

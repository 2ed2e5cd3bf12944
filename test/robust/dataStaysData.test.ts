/**
 * Data stays data in every part of the DOCX and in the PDF: every free-text string field of a
 * case of every kind gets template and markup syntax ({, }, {{x}}, {@raw}, <w:p>, ]]>, &) and
 * must come out literally — in the text of word/document.xml, in the document properties
 * (core.xml: title, creator; app.xml: company), and in the text pdftotext extracts from the PDF.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import { renderCase } from '../../src/render/renderCase.ts';
import { openDocx, wellFormedProblem } from '../docx/support.ts';
import { pdfText, writeTemp } from '../pdf/pdfProbe.ts';
import { injectFields } from './injectFields.ts';

export const SYNTAX = '{}{{x}}{@raw}<w:p>]]>&';
const marker = (n: number): string => `〔F${n}〕${SYNTAX}`;

/** One fixture of every kind (the {case, documents} file adds a second talk record and an inherited case). */
const FIXTURES = [
  'rectification-suggestion-housing-bureau.json',
  'accountability-decision-district-official.json',
  'talk-record-admonition.json',
  'speech-grassroots-conduct.json',
  'speech-summary-inspection-rectification.json',
  'meeting-minutes-standing-committee.json',
  'case-documents-township-inspection.json',
];

/**
 * Fields that are not the document's text: the id names the files, $schema is for editors; a
 * letter's mark is the issuer's name (GB/T 9704 信函格式), and a speech prints its meeting's
 * date, not its place. The issuer's name of plain and minutes documents is in the properties.
 */
const NOT_PRINTED = [/^(\/documents\/\d+|\/case)?\/(id|\$schema)$/, /^\/case\/issuer\/mark$/, /^\/meeting\/place$/];
const LETTER_MARK = 'case-documents-township-inspection.json';
const SPEECH_PLACE = 'speech-grassroots-conduct.json';

const unescape = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of every w:t of a part, joined. */
const runText = (xml: string): string => unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const elementText = (xml: string, name: string): string => unescape(new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '');

describe('template and markup syntax in every string field stays literal text', async () => {
  const fonts = await loadFontSet();
  for (const file of FIXTURES) {
    it(file, async () => {
      const source = resolve('fixtures', file);
      // The printing office shares its one row with the date: its name is the marker alone.
      const injected = injectFields(JSON.parse(readFileSync(source, 'utf8')), source, marker, (pointer) => pointer.endsWith('/printer/name'));
      const exempt = NOT_PRINTED.filter((re) => !(re.source.includes('mark') && file !== LETTER_MARK) && !(re.source.includes('place') && file !== SPEECH_PLACE));
      const printed = injected.fields.filter((f) => !exempt.some((re) => re.test(f.pointer)));
      expect(printed.length).toBeGreaterThan(10);
      let docxText = '';
      let pdfAll = '';
      for (const loaded of injected.cases) {
        const { document, outputs } = await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
        const docx = openDocx(outputs[0]!.bytes);
        for (const name of Object.keys(docx.zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
          expect(wellFormedProblem(docx.part(name)), name).toBeUndefined();
        }
        const core = docx.part('docProps/core.xml');
        expect(elementText(core, 'dc:title')).toBe(document.meta.title);
        expect(elementText(core, 'dc:creator')).toBe(document.meta.author);
        expect(elementText(docx.part('docProps/app.xml'), 'Company')).toBe(document.meta.author);
        expect(document.meta.author).toContain(SYNTAX);
        const parts = Object.keys(docx.zip.files).filter((n) => /^word\/(document|header\d*|footer\w*)\.xml$/.test(n));
        expect(parts.some((n) => n.startsWith('word/footer'))).toBe(true);
        docxText += parts.map((n) => runText(docx.part(n))).join('') + elementText(core, 'dc:title') + elementText(core, 'dc:creator');
        const pdf = outputs[1]!.bytes;
        const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', writeTemp(pdf)], { encoding: 'utf8' });
        const infoField = (name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(info)?.[1] ?? '';
        expect(infoField('Title')).toBe(document.meta.title || document.title.replace(/\n/g, ''));
        expect(infoField('Author')).toBe(document.meta.author);
        pdfAll += pdfText(pdf, false).join('').replace(/\s+/g, '') + infoField('Author').replace(/\s+/g, '');
      }
      const missingDocx = printed.filter((f) => !docxText.includes(f.marker)).map((f) => f.pointer);
      const missingPdf = printed.filter((f) => !pdfAll.includes(f.marker.replace(/\s+/g, ''))).map((f) => f.pointer);
      expect({ missingDocx, missingPdf }).toEqual({ missingDocx: [], missingPdf: [] });
    });
  }
});

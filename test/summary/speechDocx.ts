/**
 * A minimal Word document (.docx) holding the given paragraphs, as a user's speech would arrive:
 * each paragraph its own w:p, long ones split over several runs (so only a real DOCX reader,
 * not a pattern over the XML, gets the sentences back whole).
 */
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraphXml(text: string): string {
  const runs: string[] = [];
  for (let i = 0; i < text.length; i += 17) {
    const bold = i === 0 ? '<w:rPr><w:b/></w:rPr>' : '';
    runs.push(`<w:r>${bold}<w:t xml:space="preserve">${escapeXml(text.slice(i, i + 17))}</w:t></w:r>`);
  }
  return `<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr>${runs.join('')}</w:p>`;
}

export function speechDocx(paragraphs: readonly string[]): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generate({ type: 'uint8array' });
}

/** The shell tag contract: an office's own shell is checked on load and fails loudly. */
import { describe, expect, it } from 'vitest';
import PizZip from 'pizzip';
import { checkShellTags, paragraphTexts, REQUIRED_TAGS } from '../../src/docx/shellTags.ts';
import { defaultShellBytes, readShellParts } from '../../src/docx/shell/shellFiles.ts';
import { ShellError } from '../../src/errors.ts';
import { sampleLetter } from '../support/sampleDocuments.ts';
import { openDocx } from './support.ts';
import { docxOf } from '../support/planOf.ts';

/** The default shell with word/document.xml (or another part) edited. */
function shellWith(edit: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const zip = new PizZip(defaultShellBytes());
  zip.file(part, edit(zip.file(part)!.asText()));
  return zip.generate({ type: 'uint8array' });
}

function shellError(shell: Uint8Array): ShellError {
  try {
    docxOf(sampleLetter, { shell });
  } catch (error) {
    if (error instanceof ShellError) return error;
    throw error;
  }
  throw new Error('renderDocx accepted the shell');
}

describe('default shell', () => {
  it('is built from the readable XML files, with exactly the required tags', () => {
    const parts = readShellParts();
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels',
      'word/document.xml', 'word/fontTable.xml', 'word/footerEven.xml', 'word/footerOdd.xml', 'word/settings.xml', 'word/styles.xml',
    ]);
    expect(REQUIRED_TAGS).toEqual(['frame', 'body']);
    expect(() => checkShellTags(new PizZip(defaultShellBytes()))).not.toThrow();
  });
  it('accepts an office shell that keeps the tags (restyled, tag split across runs by Word)', () => {
    const shell = shellWith((xml) =>
      xml.replace('<w:p><w:r><w:t>{@frame}</w:t></w:r></w:p>', '<w:p><w:r><w:t>{@fr</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ame}</w:t></w:r></w:p>'),
    );
    const restyled = new PizZip(shell);
    restyled.file('word/styles.xml', restyled.file('word/styles.xml')!.asText().replace('w:eastAsia="仿宋_GB2312"', 'w:eastAsia="仿宋"'));
    const out = openDocx(docxOf(sampleLetter, { shell: restyled.generate({ type: 'uint8array' }) }));
    expect(out.document).toContain('关于商请协助核查有关情况的函');
    expect(paragraphTexts(out.document).join('')).not.toContain('{@');
    expect(out.styles).toContain('w:eastAsia="仿宋"');
  });
});

describe('shell errors', () => {
  it('names a missing tag', () => {
    const error = shellError(shellWith((xml) => xml.replace('<w:p><w:r><w:t>{@body}</w:t></w:r></w:p>', '')));
    expect(error.describe('zh')).toContain('缺少必需的标签 {@body}');
    expect(error.describe('en')).toContain('lacks the required tag {@body}');
  });
  it('names a misspelt tag and suggests the right one', () => {
    const error = shellError(shellWith((xml) => xml.replace('<w:t>{@body}</w:t>', '<w:t>{@bdoy}</w:t>')));
    expect(error.describe('en')).toContain('unknown tag {@bdoy} in word/document.xml (did you mean {@body}?)');
    expect(error.describe('zh')).toContain('未知标签 {@bdoy}（是否应为 {@body}？）');
    expect(error.describe('en')).toContain('lacks the required tag {@body}');
  });
  it('rejects a tag without the raw-XML @', () => {
    const error = shellError(shellWith((xml) => xml.replace('<w:t>{@frame}</w:t>', '<w:t>{frame}</w:t>')));
    expect(error.describe('en')).toContain('unknown tag {frame} in word/document.xml (did you mean {@frame}?)');
  });
  it('rejects unknown tags in footers', () => {
    const error = shellError(shellWith((xml) => xml.replace('<w:t xml:space="preserve">— </w:t>', '<w:t xml:space="preserve">{page} </w:t>'), 'word/footerOdd.xml'));
    expect(error.describe('en')).toContain('unknown tag {page} in word/footerOdd.xml');
  });
  it('requires each tag alone in its paragraph, once, frame before body', () => {
    expect(shellError(shellWith((xml) => xml.replace('<w:t>{@body}</w:t>', '<w:t>正文：{@body}</w:t>'))).describe('en')).toContain(
      'tag {@body} must be alone in its paragraph',
    );
    expect(shellError(shellWith((xml) => xml.replace('<w:t>{@frame}</w:t>', '<w:t>{@body}</w:t>'))).describe('en')).toContain(
      'appears 2 times',
    );
  });
  it('reports unbalanced braces', () => {
    expect(shellError(shellWith((xml) => xml.replace('<w:t>{@body}</w:t>', '<w:t>{@body</w:t>'))).describe('en')).toContain('unbalanced brace');
  });
  it('rejects a file that is not a .docx', () => {
    expect(shellError(new TextEncoder().encode('not a zip')).describe('en')).toContain('not a valid .docx');
  });
  it('rejects a shell without section properties', () => {
    const error = shellError(shellWith((xml) => xml.replace(/<w:sectPr>[\s\S]*<\/w:sectPr>/, '')));
    expect(error.describe('en')).toContain('no final w:sectPr');
  });
});

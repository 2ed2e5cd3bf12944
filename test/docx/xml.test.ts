/** The escaping XML builder. */
import { describe, expect, it } from 'vitest';
import { element, escapeXml, fragment, stripInvalidXmlChars, toXmlString } from '../../src/docx/xml.ts';

describe('xml builder', () => {
  it('escapes & < > " in text and attributes', () => {
    expect(toXmlString(element('w:t', { a: '"<&>"' }, ['<w:p>&x</w:p> ]]> "q"']))).toBe(
      '<w:t a="&quot;&lt;&amp;&gt;&quot;">&lt;w:p&gt;&amp;x&lt;/w:p&gt; ]]&gt; &quot;q&quot;</w:t>',
    );
  });
  it('strips characters XML 1.0 forbids, keeps tab, newline and astral characters', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\uFFFEh\uD800i😀')).toBe('abcde\tf\nghi😀');
    expect(escapeXml('\u0001<')).toBe('&lt;');
  });
  it('omits absent attributes, self-closes empty elements, nests children', () => {
    expect(toXmlString(element('w:p', { x: undefined, y: null, z: false, n: 0 }, [element('w:r'), null, false, 'a']))).toBe('<w:p n="0"><w:r/>a</w:p>');
    expect(toXmlString(fragment([element('a'), 'b&']))).toBe('<a/>b&amp;');
  });
  it('refuses invalid element and attribute names', () => {
    expect(() => element('w:p><x', {})).toThrow(/invalid XML name/);
    expect(() => element('w:p', { 'a="1" b': 'x' })).toThrow(/invalid XML name/);
  });
});

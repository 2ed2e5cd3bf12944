/**
 * A tiny escaping XML builder. Every piece of user text reaches the DOCX through
 * `element(...)` children, which escapes & < > " and drops characters XML 1.0 forbids,
 * so data can never inject markup (`<w:p>`, `]]>`, docxtemplater tags stay literal text).
 */

/** Serialised, well-formed XML produced by this module (or trusted constant markup). */
export interface Xml {
  readonly __xml: string;
}

export type Child = Xml | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Characters outside the XML 1.0 Char production (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

/** Removes characters that may not appear in an XML document at all. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/** Any character escapeXml changes; most texts have none and are returned as they are. */
const NEEDS_ESCAPING = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes text for element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Names already checked: the writer uses a few dozen, thousands of times a document. */
const checkedNames = new Set<string>();

function checkName(name: string): string {
  if (checkedNames.has(name)) return name;
  if (!NAME.test(name)) throw new Error(`invalid XML name: ${JSON.stringify(name)}`);
  if (checkedNames.size < 1024) checkedNames.add(name);
  return name;
}

function serialiseChild(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (typeof child === 'string') return escapeXml(child);
  if (typeof child === 'number') return String(child);
  return child.__xml;
}

/** `<name attr="v">children</name>`; attributes whose value is null/undefined/false are omitted. */
export function element(name: string, attrs: Attrs = {}, children: Child[] = []): Xml {
  checkName(name);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    open += ` ${checkName(key)}="${typeof value === 'number' ? String(value) : escapeXml(value === true ? 'true' : String(value))}"`;
  }
  const inner = children.map(serialiseChild).join('');
  return { __xml: inner === '' ? `${open}/>` : `${open}>${inner}</${name}>` };
}

/** Concatenates nodes without a wrapper. */
export function fragment(children: Child[]): Xml {
  return { __xml: children.map(serialiseChild).join('') };
}

/**
 * Wraps markup that comes from the repository or the office's own shell, never from case data
 * (e.g. a section's properties copied from the shell). Do not pass user data here.
 */
export function trustedXml(markup: string): Xml {
  return { __xml: markup };
}

export function toXmlString(node: Xml): string {
  return node.__xml;
}

/**
 * Checks a Word shell's docxtemplater tags before anything is filled, so an office's own
 * shell (--docx-template) with a missing or misspelt tag fails loudly instead of printing
 * a silent blank. The scan joins each paragraph's w:t texts, as Word splits a typed tag
 * across several runs, and looks for {…} tags the way docxtemplater's lexer does.
 */
import type PizZip from 'pizzip';
import { ShellError } from '../errors.ts';
import { nearestName } from '../suggestName.ts';

/** The raw-XML tags the writer fills, in the order they must appear in word/document.xml. */
export const REQUIRED_TAGS = ['frame', 'body'] as const;
export type ShellTag = (typeof REQUIRED_TAGS)[number];

export interface FoundTag {
  /** The text between the braces, e.g. "@body". */
  raw: string;
  /** The part it was found in, e.g. word/document.xml. */
  part: string;
  /** The whole text of the paragraph holding it. */
  paragraph: string;
}

/** Parts docxtemplater templates in a .docx: the main document, headers, footers, notes. */
function templatedParts(zip: PizZip): string[] {
  return Object.keys(zip.files)
    .filter((name) => /^word\/(document|header\d*\w*|footer\d*\w*|footnotes|endnotes)\.xml$/i.test(name))
    .sort();
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

/** The visible text of each paragraph of an XML part. */
export function paragraphTexts(xml: string): string[] {
  const texts: string[] = [];
  for (const p of xml.matchAll(/<w:p\/>|<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const t of p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += decode(t[1] ?? '');
    texts.push(text);
  }
  return texts;
}

/** Every {…} tag in the shell's templated parts; unbalanced braces are reported as errors. */
export function findTags(zip: PizZip): FoundTag[] {
  const found: FoundTag[] = [];
  for (const part of templatedParts(zip)) {
    const xml = zip.file(part)?.asText() ?? '';
    for (const text of paragraphTexts(xml)) {
      const tagRe = /\{([^{}]*)\}/g;
      for (const match of text.matchAll(tagRe)) found.push({ raw: (match[1] ?? '').trim(), part, paragraph: text });
      const rest = text.replace(tagRe, '');
      if (rest.includes('{') || rest.includes('}')) {
        throw new ShellError({
          zh: `Word 模板 ${part} 中有不成对的花括号：“${text}”`,
          en: `Word shell ${part} has an unbalanced brace: "${text}"`,
        });
      }
    }
  }
  return found;
}

/** The required tag a misspelt one most likely meant. */
function nearest(raw: string): ShellTag | undefined {
  return nearestName(raw.replace(/^[@#/^]/, '').trim().toLowerCase(), REQUIRED_TAGS, 2);
}

/**
 * Throws ShellError unless word/document.xml holds {@frame} then {@body}, once each, and no
 * templated part holds any other tag. The English and Chinese messages name the tag.
 */
export function checkShellTags(zip: PizZip): void {
  if (!zip.file('word/document.xml')) {
    throw new ShellError({ zh: 'Word 模板缺少 word/document.xml，不是有效的 .docx 文件', en: 'Word shell has no word/document.xml: not a .docx file' });
  }
  const tags = findTags(zip);
  const problems: { zh: string; en: string }[] = [];
  for (const tag of tags) {
    const name = tag.raw.slice(1);
    const known = tag.raw.startsWith('@') && (REQUIRED_TAGS as readonly string[]).includes(name);
    if (known && tag.part === 'word/document.xml') {
      if (tag.paragraph.trim() !== `{${tag.raw}}`) {
        problems.push({
          zh: `标签 {${tag.raw}} 必须独占一个段落，现在所在段落为“${tag.paragraph}”`,
          en: `tag {${tag.raw}} must be alone in its paragraph, found "${tag.paragraph}"`,
        });
      }
      continue;
    }
    const guess = nearest(tag.raw);
    const hint = guess ? { zh: `（是否应为 {@${guess}}？）`, en: ` (did you mean {@${guess}}?)` } : { zh: '', en: '' };
    problems.push(
      known
        ? { zh: `标签 {${tag.raw}} 只能用在 word/document.xml，不能在 ${tag.part}`, en: `tag {${tag.raw}} belongs in word/document.xml, not ${tag.part}` }
        : { zh: `${tag.part} 中有未知标签 {${tag.raw}}${hint.zh}`, en: `unknown tag {${tag.raw}} in ${tag.part}${hint.en}` },
    );
  }
  const inDocument = tags.filter((t) => t.part === 'word/document.xml').map((t) => t.raw);
  for (const tag of REQUIRED_TAGS) {
    const count = inDocument.filter((raw) => raw === `@${tag}`).length;
    if (count === 0) problems.push({ zh: `word/document.xml 缺少必需的标签 {@${tag}}`, en: `word/document.xml lacks the required tag {@${tag}}` });
    if (count > 1) problems.push({ zh: `标签 {@${tag}} 出现了 ${count} 次，只能出现一次`, en: `tag {@${tag}} appears ${count} times; it must appear once` });
  }
  if (problems.length === 0 && inDocument.indexOf('@frame') > inDocument.indexOf('@body')) {
    problems.push({ zh: '标签 {@frame} 必须在 {@body} 之前', en: 'tag {@frame} must come before {@body}' });
  }
  if (problems.length > 0) {
    throw new ShellError({
      zh: `Word 模板的标签有误：\n${problems.map((p) => `  ${p.zh}`).join('\n')}`,
      en: `The Word shell's tags are wrong:\n${problems.map((p) => `  ${p.en}`).join('\n')}`,
    });
  }
}

/**
 * A Word shell made ready once per process rather than once per document: read, its tags
 * checked, docxtemplater's pass run with sentinel values in place of {@frame} and {@body},
 * and every part of the result deflated. A document then only puts its frame, body and final
 * section into the templated word/document.xml; the writer adds its own parts after that.
 *
 * The sentinels stand for a document's values exactly: docxtemplater inserts a raw-XML value
 * as it is and only looks at how it begins and ends (joinUncorrupt adds a <w:p/> after a table,
 * an empty paragraph to a cell left without one), so a sentinel is made with the same first
 * and last tags as the value. A shell the sentinels cannot stand for (a section break before
 * the tags, a tag docxtemplater drops) is filled by docxtemplater for each document, as before.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import PizZip from 'pizzip';
import { ShellError } from '../errors.ts';
import { defaultShellZip } from './shell/shellFiles.ts';
import { checkShellTags } from './shellTags.ts';
import { replaceFinalSectPr, shellPackageFiles, shellSectPr } from './sections.ts';
import { templatePass } from './templatePass.ts';
import { DOCUMENT_LEVEL, folderEntry, SHELL_LEVEL, zipEntry, type ZipEntry } from './zipWriter.ts';

const DOCUMENT = 'word/document.xml';
/** Unique to this process, so no shell's text can hold it. */
const MARK = `gongwen-sentinel-${randomUUID()}`;
/**
 * An empty value is as if absent to docxtemplater, and so is a value of only blanks: the
 * sentinel of an empty value is 128 random blanks between two CRs, again unique to the process.
 */
const blankMark = (): string => `\r${[...randomBytes(16)].flatMap((byte) => [...byte.toString(2).padStart(8, '0')]).map((bit) => (bit === '1' ? '\t' : ' ')).join('')}\r`;
const BLANK_MARKS = { frame: blankMark(), body: blankMark() };

/** How a value begins and ends, the only things docxtemplater's pass looks at in it. */
interface Shape {
  head: '' | '<w:p>' | '<w:tbl>';
  tail: '' | '</w:p>' | '</w:tbl>';
}

function shapeOf(xml: string): Shape | undefined {
  if (xml === '') return { head: '', tail: '' };
  const head = /^<w:p[ >/]/.test(xml) ? '<w:p>' : /^<w:tbl[ >/]/.test(xml) ? '<w:tbl>' : undefined;
  if (!head) return undefined;
  return { head, tail: xml.endsWith('</w:tbl>') ? '</w:tbl>' : '</w:p>' };
}

const sentinel = (tag: 'frame' | 'body', shape: Shape): string => (shape.head === '' ? BLANK_MARKS[tag] : `${shape.head}${MARK}-${tag}${shape.tail}`);

/** The templated document.xml around the two values and the final sectPr. */
interface DocumentTemplate {
  /** Text before the frame, between frame and body, between body and the final sectPr, after it. */
  pieces: [string, string, string, string];
}

/** Every part of the pass's output, in its order, deflated. */
function packageParts(zip: PizZip, level: number): Map<string, ZipEntry> {
  const parts = new Map<string, ZipEntry>();
  for (const [path, file] of Object.entries(zip.files)) parts.set(path, file.dir ? folderEntry(path) : zipEntry(path, file.asUint8Array(), level));
  return parts;
}

function openShellZip(shell: Uint8Array): PizZip {
  try {
    return new PizZip(shell);
  } catch (cause) {
    throw new ShellError({ zh: 'Word 模板不是有效的 .docx（zip）文件', en: 'The Word shell is not a valid .docx (zip) file' }, { cause });
  }
}

export class PreparedShell {
  readonly rels: string;
  readonly types: string;
  /** The shell's final sectPr: the template of every section the writer emits. */
  readonly baseSectPr: string;
  readonly hasAppProperties: boolean;
  private readonly documentXml: string;
  private readonly parts: Map<string, ZipEntry>;
  /** By the shapes of frame and body; null: docxtemplater fills each document of that shape. */
  private readonly templates = new Map<string, DocumentTemplate | null>();

  /** Throws the ShellError a bad shell earns; `open` gives a fresh zip of the shell for each pass. */
  constructor(private readonly open: () => PizZip) {
    const zip = open();
    checkShellTags(zip);
    ({ rels: this.rels, types: this.types } = shellPackageFiles(zip));
    this.documentXml = zip.file(DOCUMENT)?.asText() ?? '';
    this.baseSectPr = shellSectPr(this.documentXml);
    this.hasAppProperties = zip.file('docProps/app.xml') !== null;
    const paragraphs: Shape = { head: '<w:p>', tail: '</w:p>' };
    const out = templatePass(zip, { frame: sentinel('frame', paragraphs), body: sentinel('body', paragraphs) });
    this.parts = packageParts(out, SHELL_LEVEL);
    this.templates.set(shapeKey(paragraphs, paragraphs), this.documentTemplate(out, paragraphs, paragraphs));
  }

  /**
   * The package of one document after the template pass (word/document.xml filled), in the
   * pass's part order; the caller adds or replaces parts (a replaced part keeps its place).
   */
  fill(frame: string, body: string, finalSectPr: string): Map<string, ZipEntry> {
    const template = this.templateFor(frame, body);
    // A '$' would be a replacement pattern in the old regex replace of the sectPr: take that path.
    if (template && !finalSectPr.includes('$')) {
      const [beforeFrame, between, afterBody, end] = template.pieces;
      const parts = new Map(this.parts);
      parts.set(DOCUMENT, zipEntry(DOCUMENT, beforeFrame + frame + between + body + afterBody + finalSectPr + end));
      return parts;
    }
    return this.fillByTemplatePass(frame, body, finalSectPr);
  }

  /** The same package, docxtemplater filling this one document itself (the tests compare the two). */
  fillByTemplatePass(frame: string, body: string, finalSectPr: string): Map<string, ZipEntry> {
    const zip = this.open();
    zip.file(DOCUMENT, replaceFinalSectPr(this.documentXml, finalSectPr));
    return packageParts(templatePass(zip, { frame, body }), DOCUMENT_LEVEL);
  }

  private templateFor(frame: string, body: string): DocumentTemplate | null {
    const frameShape = shapeOf(frame);
    const bodyShape = shapeOf(body);
    if (!frameShape || !bodyShape) return null;
    const key = shapeKey(frameShape, bodyShape);
    let template = this.templates.get(key);
    if (template === undefined) {
      const out = templatePass(this.open(), { frame: sentinel('frame', frameShape), body: sentinel('body', bodyShape) });
      template = this.documentTemplate(out, frameShape, bodyShape);
      this.templates.set(key, template);
    }
    return template;
  }

  /** Where the sentinels landed in the pass's document.xml; null when they cannot stand for values. */
  private documentTemplate(out: PizZip, frameShape: Shape, bodyShape: Shape): DocumentTemplate | null {
    const xml = out.file(DOCUMENT)?.asText() ?? '';
    const find = (tag: 'frame' | 'body', shape: Shape) => {
      const text = sentinel(tag, shape);
      const start = xml.indexOf(text);
      return start >= 0 && xml.indexOf(text, start + 1) < 0 ? { start, end: start + text.length } : undefined;
    };
    const frame = find('frame', frameShape);
    const body = find('body', bodyShape);
    if (!frame || !body || frame.end > body.start) return null;
    const section = /<w:sectPr\b[\s\S]*?<\/w:sectPr>(\s*<\/w:body>)/.exec(xml);
    if (!section || section.index < body.end) return null;
    const sectPr = section[0].slice(0, section[0].length - section[1]!.length);
    if (sectPr !== this.baseSectPr) return null;
    const sectEnd = section.index + sectPr.length;
    return { pieces: [xml.slice(0, frame.start), xml.slice(frame.end, body.start), xml.slice(body.end, section.index), xml.slice(sectEnd)] };
  }
}

const shapeKey = (frame: Shape, body: Shape): string => `${frame.head}${frame.tail}|${body.head}${body.tail}`;

/** Prepared shells of this process, by the shell's bytes (the default shell: 'default'). */
const prepared = new Map<string, PreparedShell>();
const MAX_SHELLS = 8;

/** The shell prepared once per distinct shell; a bad shell throws its ShellError on every call. */
export function preparedShell(shell?: Uint8Array): PreparedShell {
  const key = shell ? createHash('sha256').update(shell).digest('hex') : 'default';
  let hit = prepared.get(key);
  if (!hit) {
    const bytes = shell?.slice();
    hit = new PreparedShell(bytes ? () => openShellZip(bytes) : defaultShellZip);
    if (prepared.size >= MAX_SHELLS) prepared.delete(prepared.keys().next().value!);
    prepared.set(key, hit);
  }
  return hit;
}

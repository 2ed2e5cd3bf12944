/**
 * Measures where LibreOffice breaks Latin/digit tokens (codes with hyphens and slashes, e-mails,
 * URLs, numbers, dates) at the end of a row of our DOCX: every token is set after k Han characters
 * for every k that makes it straddle the first row's end, LibreOffice renders the DOCX, and the
 * first row's text says where it broke. Each token is measured twice: alone in its paragraph, and
 * on the second row after a first row holding another code (Q/GDW 4485-2019): LibreOffice's line
 * breaker took a slash break or not depending on such earlier Latin text until the DOCX spelt
 * those breaks out (src/docx/explicitBreaks.ts). Writes the observations to
 * libreofficeBreaks.json (the corpus the line breaker is tested against) and prints them:
 *   npx tsx test/layout-line/breaks/measureLibreOfficeBreaks.ts [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { renderDocx } from '../../../src/docx/renderDocx.ts';
import { extractPdfGeometry } from '../../../src/check/extractPdfGeometry.ts';
import { layoutDocument } from '../../../src/layout/page/layoutDocument.ts';
import { resolveFontSet } from '../../../src/fonts/loadFontSet.ts';
import type { Block } from '../../../src/model/types.ts';
import { plainDocument } from '../../support/plainDocument.ts';
import { docxToPdfBatch } from '../../pdf/libreofficeBatch.ts';
import { createContext } from '../../../src/layout/page/context.ts';
import { gridOptions, layoutParagraph } from '../../../src/layout/line/layoutParagraph.ts';
import { BREAK_TOKENS } from './tokens.ts';

const HAN = '监督检查工作推进整改落实情况报告制度建设廉政风险防控';
const han = (n: number): string => Array.from({ length: n }, (_, i) => HAN[i % HAN.length]).join('');

export interface BreakObservation {
  token: string;
  /** A first row of other text before the row measured (then a full 28-cell row), or absent. */
  context?: string;
  /** Han characters before the token on its row (a first row is indented two cells: 26 cells). */
  before: number;
  /** What LibreOffice's first row holds after the Han characters (spaces removed): the part of the token on it, and any Han after a whole token ('' = broke before the token). */
  head: string;
}

const fonts = resolveFontSet({ systemFonts: false });
const measure = createContext(fonts).measure;
const firstRow = (text: string): string => layoutParagraph([{ font: 'fangsong', sizePt: 16, text }], gridOptions(), measure)[0]!.glyphs.map((g) => g.char).join('');
/** A first row that ends exactly with its text: an earlier code, then Han up to the row's end. */
const CONTEXT = ((code: string): string => {
  for (let k = 0; k < 26; k++) {
    const row = `依据${code}，${han(k)}`;
    if (firstRow(`${row}${HAN}`) === row) return row;
  }
  throw new Error(`no Han filling makes a first row end after ${code}`);
})('Q/GDW 4485-2019');

const cases: { token: string; context?: string; before: number }[] = [];
for (const context of [undefined, CONTEXT]) {
  const cells = context ? 28 : 26;
  for (const token of BREAK_TOKENS) for (let before = cells - Math.ceil(token.length / 2) - 2; before <= cells - 1; before++) cases.push({ token, before, ...(context ? { context } : {}) });
}

const PER_DOC = 40;
const docs: Record<string, Uint8Array> = {};
const groups: (typeof cases)[] = [];
for (let i = 0; i < cases.length; i += PER_DOC) {
  const group = cases.slice(i, i + PER_DOC);
  const body: Block[] = group.map(({ token, context, before }) => ({ type: 'paragraph', children: [{ type: 'text', value: `${context ?? ''}${han(before)}${token}${han(8)}` }] }));
  const doc = plainDocument(`breaks${groups.length}`, body);
  docs[doc.meta.id] = renderDocx(doc, { plan: layoutDocument(doc, fonts).plan });
  groups.push(group);
}
const pdfs = docxToPdfBatch(docs);
const observations: BreakObservation[] = [];
for (const [g, group] of groups.entries()) {
  const geometry = await extractPdfGeometry(pdfs[`breaks${g}`]!, { fonts: false });
  const rows = geometry.pages.flatMap((p) => p.rows.map((r) => r.text.replace(/\s+/g, ''))).filter((t) => !/^—\d+—$/.test(t));
  // Each paragraph takes exactly two rows after its context row: the first ends inside or
  // before the token, the second holds the token’s rest and eight Han characters.
  let r = 0;
  for (const { token, context, before } of group) {
    if (context) {
      if (rows[r] !== context.replace(/\s+/g, '')) throw new Error(`document ${g}: LibreOffice's context row is ${JSON.stringify(rows[r])}`);
      r++;
    }
    observations.push({ token, ...(context ? { context } : {}), before, head: [...rows[r]!].slice(before).join('') });
    r += 2;
  }
  if (r !== rows.length) throw new Error(`document ${g}: ${rows.length} rows for ${group.length} paragraphs`);
}
const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : new URL('./libreofficeBreaks.json', import.meta.url).pathname;
writeFileSync(out, `${JSON.stringify({ measuredWith: 'LibreOffice 7.4, Noto Serif SC standing in for 仿宋_GB2312, DOCX from src/docx', observations }, null, 1)}\n`);
for (const o of observations) console.log(`${o.token.padEnd(28)}${o.context ? ' (after a code)' : ''} after ${String(o.before).padStart(2)} Han: the row ends with ${JSON.stringify(o.head)}`);

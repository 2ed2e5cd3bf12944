/**
 * Builds small synthetic PDFs on the 22 × 28 grid with pdf-lib, for the checker's tests:
 * rows of characters placed cell by cell, a folio, optional faults. TEST USE ONLY: it
 * subsets Noto Serif SC with the project's harfbuzz subsetter (pdf-lib's own subsetting
 * drops glyphs of this font: the text extracts but does not print), embeds the subset
 * whole and gives it the ABCDEF+ tag a subset carries.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { isFullWidth } from '../../src/check/charClass.ts';
import { baselineInRow, DASH_TOP_EM, nominal } from '../../src/check/standard.ts';
import { createSubsetter, type Subsetter } from '../../src/fonts/harfbuzzSubset.ts';

const FONT_PATH = 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf';
let subsetter: Subsetter | undefined;
const RED_MARK = '某某市某某局文件';
const MM = 72 / 25.4;

export interface TestRow {
  text: string;
  /** 0-based grid row (a fraction puts the row between two grid rows, as a label centred in a two-row cell). */
  row: number;
  /** Cells of indent (2 for a first row; fractions allowed, e.g. text inset in a table cell). */
  indent?: number;
  /** Spread the characters so the row touches both edges (as after a 禁则 carry). */
  spread?: boolean;
  size?: number;
  /** Draw with an unembedded Helvetica instead (Latin text only). */
  helvetica?: boolean;
}

export interface TestFolio {
  text: string;
  side: 'left' | 'right';
  size?: number;
  /** Dash ink top under the block, mm (default 7). */
  dashTopBelowMm?: number;
}

export interface TestPage {
  rows: TestRow[];
  folio?: TestFolio;
  /** A red mark (text) and a red rule of this length (mm) on the page. */
  red?: { ruleMm: number };
  /** Black rules at the top edge of 0-based grid rows, as wide as the block less `insetMm` each side. */
  rules?: { row: number; insetMm?: number; thickness?: number }[];
}

export interface TestLayout {
  leftMm?: number;
  topMm?: number;
  pitchPt?: number;
}

export async function buildTestPdf(pages: TestPage[], layout: TestLayout = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  subsetter ??= createSubsetter(new Uint8Array(readFileSync(FONT_PATH)));
  const text = pages.flatMap((p) => [...p.rows.map((r) => r.text), p.folio?.text ?? '', p.red ? RED_MARK : '']).join('');
  const codePoints = new Set([...text].map((c) => c.codePointAt(0)!));
  const font = await doc.embedFont(subsetter.subset(codePoints), { subset: false });
  let helvetica: PDFFont | undefined;
  const left = (layout.leftMm ?? 28) * MM;
  const top = (layout.topMm ?? 37) * MM;
  const pitch = layout.pitchPt ?? nominal.pitch;
  for (const spec of pages) {
    const page = doc.addPage([nominal.paperWidth, nominal.paperHeight]);
    for (const row of spec.rows) {
      const size = row.size ?? 16;
      const baseline = top + row.row * pitch + baselineInRow(pitch, size);
      if (row.helvetica) {
        helvetica ??= await doc.embedFont(StandardFonts.Helvetica);
        drawAt(page, row.text, left, baseline, size, helvetica);
        continue;
      }
      const chars = [...row.text];
      const start = left + (row.indent ?? 0) * nominal.cell;
      if (row.spread && chars.length > 1) {
        const step = (left + nominal.blockWidth - size - start) / (chars.length - 1);
        chars.forEach((ch, i) => drawAt(page, ch, start + i * step, baseline, size, font));
        continue;
      }
      // Full-width characters one cell each; Latin letters and digits at their own advance.
      let x = start;
      for (const ch of chars) {
        drawAt(page, ch, x, baseline, size, font);
        x += isFullWidth(ch) ? nominal.cell : font.widthOfTextAtSize(ch, size);
      }
    }
    if (spec.folio) drawFolio(page, spec.folio, font);
    for (const rule of spec.rules ?? []) {
      const inset = (rule.insetMm ?? 0) * MM;
      const y = nominal.paperHeight - (top + rule.row * pitch);
      page.drawLine({ start: { x: left + inset, y }, end: { x: left + nominal.blockWidth - inset, y }, thickness: rule.thickness ?? 1, color: rgb(0, 0, 0) });
    }
    if (spec.red) {
      // In the top margin, clear of the body rows (text.overlap would see it over row 1).
      page.drawText(RED_MARK, { x: left + 5 * nominal.cell, y: nominal.paperHeight - top + 10, size: 36, font, color: rgb(1, 0, 0) });
      const width = spec.red.ruleMm * MM;
      const x = left + (nominal.blockWidth - width) / 2;
      page.drawLine({ start: { x, y: nominal.paperHeight - top - 200 }, end: { x: x + width, y: nominal.paperHeight - top - 200 }, thickness: 1.4, color: rgb(1, 0, 0) });
    }
  }
  await doc.flush();
  tagSubsets(doc);
  return doc.save();
}

/** Draws text with its baseline `baseline` pt below the page's top edge. */
function drawAt(page: PDFPage, text: string, x: number, baseline: number, size: number, font: PDFFont): void {
  page.drawText(text, { x, y: nominal.paperHeight - baseline, size, font });
}

function drawFolio(page: PDFPage, folio: TestFolio, font: PDFFont): void {
  const size = folio.size ?? 14;
  const width = font.widthOfTextAtSize(folio.text, size);
  const x = folio.side === 'right' ? nominal.blockRight - nominal.folioInset - width : nominal.blockLeft + nominal.folioInset;
  const baseline = nominal.blockBottom + (folio.dashTopBelowMm ?? 7) * MM + DASH_TOP_EM * size;
  drawAt(page, folio.text, x, baseline, size, font);
}

/** Gives the embedded subset the ABCDEF+ tag a subset carries. */
function tagSubsets(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    const base = obj.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName && base.decodeText().startsWith('NotoSerifSC')) {
      obj.set(PDFName.of('BaseFont'), PDFName.of('ABCDEF+NotoSerifSC-Regular'));
    }
  }
}

/** Invented body text (某某市 offices), cut into rows of `n` characters. */
export const SAMPLE =
  '某某市某某区人民政府办公室关于进一步做好基层公共服务工作的意见要求各街道各部门结合本地实际认真组织实施按时报送工作进展情况并对发现的问题及时整改落实到位确保各项措施取得实效切实提升群众满意度推动各项工作再上新台阶某某区将适时组织督查';

export function takeChars(n: number, offset = 0): string {
  const chars = [...SAMPLE];
  return Array.from({ length: n }, (_, i) => chars[(offset + i) % chars.length]).join('');
}

/**
 * A paragraph of `rows` rows starting on grid row `first`: an indented first row of 26
 * characters, full rows of 28, a last row of `lastChars` characters.
 */
export function paragraph(first: number, rows: number, lastChars = 12, offset = 0): TestRow[] {
  const out: TestRow[] = [];
  let at = offset;
  for (let i = 0; i < rows; i++) {
    const n = i === 0 ? 26 : i === rows - 1 ? lastChars : 28;
    out.push({ text: takeChars(n, at), row: first + i, indent: i === 0 ? 2 : 0 });
    at += n;
  }
  return out;
}

/**
 * The signature block (发文机关署名, 成文日期, 印章) as flow lines kept with the row before, and
 * its geometry for the page plan, so both writers place it identically.
 * Unsealed (GB/T 9704 7.3.5.2): one empty row; the issuer right with 2 cells of space; the date
 * on the next row, its first character 2 cells right of the issuer's (or, if longer, ending 2
 * cells from the right with the issuer moved left). Sealed: two empty rows; the date right with
 * 4 cells; the issuer centred over it; the seal centred on both, pressing them from above.
 * Every row is anchored at its right edge (the standard words both forms as 右空N字): the plan
 * gives right insets, so a renderer that substitutes a wider face grows the row to the left and
 * never wraps it.
 */
import { mmToPt, rowPlan, signature as sig } from '../gbt9704.ts';
import { DoesNotFitError } from '../../errors.ts';
import type { SignaturePlan } from '../pagePlan.ts';
import type { Signature } from '../../model/types.ts';
import { geometry, gridLineAt, gridWidth, type LayoutContext } from './context.ts';
import { emptyLine, type FlowLine } from './flow.ts';
import { lineText } from './blockLines.ts';
import type { PageElement, Picture, TextLine } from './pageModel.ts';
import { styles } from './toRuns.ts';

const cell = geometry.cell;

const oneRow = {
  zh: '在一行之内排完的署名（至多约 28 个汉字）',
  en: 'a signature name that fits one row (about 28 Chinese characters at most)',
};

/** Each signature row is a paragraph of its own (as in the DOCX). */
function line(text: TextLine, extra: PageElement[] = []): FlowLine {
  return { elements: [text, ...extra], text: lineText(text), keepWithPrevious: true, paragraphStart: true };
}

/** Where each part of the signature goes (points, from the block's edges). */
export function signatureGeometry(ctx: LayoutContext, s: Signature): SignaturePlan {
  const width = (text: string): number => gridWidth(ctx, text, styles.body);
  const dateWidth = width(s.date);
  s.issuers.forEach((name, i) => {
    // A name is one row (GB/T 9704 7.3.5): one longer than the block would run off the page.
    if (width(name) > geometry.blockWidth) throw new DoesNotFitError(s.issuerFields?.[i] ?? '/issuer/name', oneRow, `${[...name].length} 个字符 (characters)`);
  });
  const names = s.issuers.length > 0 ? s.issuers : [''];
  const sealed = (s.seals?.length ?? 0) > 0;
  if (!sealed) {
    const right = geometry.blockWidth - sig.unsealedIssuerRightInsetCells * cell;
    const longest = Math.max(0, ...names.map(width));
    let issuerLeft = right - longest;
    let dateLeft = issuerLeft + sig.unsealedDateOffsetCells * cell;
    if (dateLeft + dateWidth > right) {
      dateLeft = right - dateWidth;
      issuerLeft = dateLeft - sig.unsealedDateOffsetCells * cell;
    }
    // Joint issuers: one per row, each ending where the longest ends.
    const issuerRight = geometry.blockWidth - (issuerLeft + longest);
    return { sealed, issuerRightInsetPt: names.map(() => issuerRight), dateRightInsetPt: geometry.blockWidth - dateLeft - dateWidth, sealCentresPt: [] };
  }
  const seals = s.seals ?? [];
  const dateRight = sig.sealedDateRightInsetCells * cell;
  const dateCentre = geometry.blockWidth - dateRight - dateWidth / 2;
  // Seals side by side, the last centred over the date, the others to its left, not touching.
  let diameters = seals.map((seal) => mmToPt(seal.diameterMm ?? sig.sealDiameterMm));
  const gap = mmToPt(3);
  const span = diameters.reduce((a, d) => a + d, 0) + gap * (seals.length - 1);
  const room = dateCentre + (diameters[diameters.length - 1] ?? 0) / 2;
  if (span > room) diameters = diameters.map((d) => (d * room) / span);
  const centres: number[] = new Array(seals.length);
  let x = dateCentre;
  for (let i = seals.length - 1; i >= 0; i--) {
    centres[i] = x;
    if (i > 0) x -= diameters[i]! / 2 + gap + diameters[i - 1]! / 2;
  }
  // One name centred under each seal (a single issuer: over the date), never past the block's right edge.
  const issuerRightInsetPt = names.map((name, i) => {
    const centre = centres[Math.min(i + Math.max(0, seals.length - names.length), centres.length - 1)] ?? dateCentre;
    return Math.max(0, geometry.blockWidth - centre - width(name) / 2);
  });
  // Names side by side need a cell between them and room on the block.
  const crowded = names.some((name, i) => {
    const left = geometry.blockWidth - issuerRightInsetPt[i]! - width(name);
    if (left < -0.01) return true;
    const next = names[i + 1];
    return next !== undefined && geometry.blockWidth - issuerRightInsetPt[i]! + cell > geometry.blockWidth - issuerRightInsetPt[i + 1]! - width(next) + 0.01;
  });
  if (names.length > 1 && crowded) {
    const stacked = names.map((name) => Math.max(0, geometry.blockWidth - dateCentre - width(name) / 2));
    return { sealed, issuerRightInsetPt: stacked, dateRightInsetPt: dateRight, sealCentresPt: centres, sealDiametersPt: diameters, stackedNames: true };
  }
  return { sealed, issuerRightInsetPt, dateRightInsetPt: dateRight, sealCentresPt: centres, sealDiametersPt: diameters };
}

export function signatureLines(ctx: LayoutContext, signature: Signature | undefined): FlowLine[] {
  if (!signature) return [];
  ctx.where = '落款';
  const plan = signatureGeometry(ctx, signature);
  const lines = plan.sealed ? sealed(ctx, signature, plan) : unsealed(ctx, signature, plan);
  ctx.where = '';
  return lines;
}

/** A row of text whose right edge lies `inset` points left of the block's right edge. */
function rightAnchored(ctx: LayoutContext, text: string, inset: number): TextLine {
  return gridLineAt(ctx, [{ ...styles.body, text }], geometry.blockWidth - inset - gridWidth(ctx, text, styles.body));
}

function unsealed(ctx: LayoutContext, s: Signature, plan: SignaturePlan): FlowLine[] {
  const lines: FlowLine[] = [];
  for (let i = 0; i < rowPlan.emptyRowsBeforeUnsealedSignature; i++) lines.push(emptyLine({ keepWithPrevious: true }));
  s.issuers.forEach((name, i) => lines.push(line(rightAnchored(ctx, name, plan.issuerRightInsetPt[i]!))));
  lines.push(line(rightAnchored(ctx, s.date, plan.dateRightInsetPt)));
  return lines;
}

function sealed(ctx: LayoutContext, s: Signature, plan: SignaturePlan): FlowLine[] {
  const seals = s.seals ?? [];
  const lines: FlowLine[] = [];
  const empty = rowPlan.emptyRowsBeforeSealedSignature;
  for (let i = 0; i < empty; i++) lines.push(emptyLine({ keepWithPrevious: true }));
  const names = s.issuers.length > 0 ? s.issuers : [''];
  const parts = names.map((name, i) => rightAnchored(ctx, name, plan.issuerRightInsetPt[i]!));
  // Stacked names: the first row carries the seals, the others follow it one per row.
  const issuerLine: TextLine = plan.stackedNames ? parts[0]! : { ...parts[0]!, glyphs: parts.flatMap((p) => p.glyphs) };
  // The seal's top lies a quarter row into the first empty row: within one row of the text
  // above, and its centre above the middle of the issuer/date pair (pressing from above).
  // y is relative to the issuer row's top; the empty rows lie above it.
  const pictures: Picture[] = seals.map((image, i) => {
    const d = plan.sealDiametersPt![i]!;
    return {
      type: 'image',
      x: geometry.blockLeft + plan.sealCentresPt[i]! - d / 2,
      y: -empty * geometry.pitch + geometry.pitch / 4,
      width: d,
      height: d,
      image,
    };
  });
  lines.push(line(issuerLine, pictures));
  if (plan.stackedNames) for (const part of parts.slice(1)) lines.push(line(part));
  lines.push(line(rightAnchored(ctx, s.date, plan.dateRightInsetPt)));
  return lines;
}

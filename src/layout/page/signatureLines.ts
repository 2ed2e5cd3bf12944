/**
 * The signature block (发文机关署名, 成文日期, 印章) as flow lines kept with the row before.
 * Unsealed: one empty row; issuer right with 2 cells of space; the date on the next row, its
 * first character 2 cells right of the issuer's (or, if longer, ending 2 cells from the
 * right with the issuer moved left). Sealed: two empty rows; the date right with 4 cells;
 * the issuer centred over it; the seal centred on both, pressing them from above.
 */
import { mmToPt, rowPlan, signature as sig } from '../gbt9704.ts';
import type { Signature } from '../../model/types.ts';
import { geometry, gridLineAt, gridWidth, type LayoutContext } from './context.ts';
import { emptyLine, type FlowLine } from './flow.ts';
import { lineText } from './blockLines.ts';
import type { PageElement, Picture, TextLine } from './pageModel.ts';
import { styles } from './toRuns.ts';

const cell = geometry.cell;

function line(text: TextLine, extra: PageElement[] = []): FlowLine {
  return { elements: [text, ...extra], text: lineText(text), keepWithPrevious: true };
}

export function signatureLines(ctx: LayoutContext, signature: Signature | undefined): FlowLine[] {
  if (!signature) return [];
  ctx.where = '落款';
  const lines = signature.seals && signature.seals.length > 0 ? sealed(ctx, signature) : unsealed(ctx, signature);
  ctx.where = '';
  return lines;
}

function unsealed(ctx: LayoutContext, s: Signature): FlowLine[] {
  const lines: FlowLine[] = [];
  for (let i = 0; i < rowPlan.emptyRowsBeforeUnsealedSignature; i++) lines.push(emptyLine({ keepWithPrevious: true }));
  const right = geometry.blockWidth - sig.unsealedIssuerRightInsetCells * cell;
  const widths = s.issuers.map((name) => gridWidth(ctx, name, styles.body));
  const dateWidth = gridWidth(ctx, s.date, styles.body);
  let issuerLeft = right - Math.max(0, ...widths);
  let dateLeft = issuerLeft + sig.unsealedDateOffsetCells * cell;
  if (dateLeft + dateWidth > right) {
    dateLeft = right - dateWidth;
    issuerLeft = dateLeft - sig.unsealedDateOffsetCells * cell;
  }
  // Joint issuers: one per row, each ending where the longest ends.
  const longestRight = issuerLeft + Math.max(0, ...widths);
  s.issuers.forEach((name, i) => {
    lines.push(line(gridLineAt(ctx, [{ ...styles.body, text: name }], longestRight - widths[i]!)));
  });
  lines.push(line(gridLineAt(ctx, [{ ...styles.body, text: s.date }], dateLeft)));
  return lines;
}

function sealed(ctx: LayoutContext, s: Signature): FlowLine[] {
  const seals = s.seals ?? [];
  const lines: FlowLine[] = [];
  const empty = rowPlan.emptyRowsBeforeSealedSignature;
  for (let i = 0; i < empty; i++) lines.push(emptyLine({ keepWithPrevious: true }));
  const dateWidth = gridWidth(ctx, s.date, styles.body);
  const dateLeft = geometry.blockWidth - sig.sealedDateRightInsetCells * cell - dateWidth;
  const dateCentre = dateLeft + dateWidth / 2;

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

  // Issuers on one row: one name centred under each seal (a single issuer: over the date).
  const names = s.issuers.length > 0 ? s.issuers : [''];
  const issuerParts = names.map((name, i) => {
    const centre = centres[Math.min(i + Math.max(0, seals.length - names.length), centres.length - 1)] ?? dateCentre;
    const width = gridWidth(ctx, name, styles.body);
    return gridLineAt(ctx, [{ ...styles.body, text: name }], centre - width / 2);
  });
  const issuerLine: TextLine = { ...issuerParts[0]!, glyphs: issuerParts.flatMap((p) => p.glyphs) };

  // The seal's top lies a quarter row into the first empty row: within one row of the text
  // above, and its centre above the middle of the issuer/date pair (pressing from above).
  // y is relative to the issuer row's top; the empty rows lie above it.
  const pictures: Picture[] = seals.map((image, i) => {
    const d = diameters[i]!;
    return {
      type: 'image',
      x: geometry.blockLeft + centres[i]! - d / 2,
      y: -empty * geometry.pitch + geometry.pitch / 4,
      width: d,
      height: d,
      image,
    };
  });
  lines.push(line(issuerLine, pictures));
  lines.push(line(gridLineAt(ctx, [{ ...styles.body, text: s.date }], dateLeft)));
  return lines;
}

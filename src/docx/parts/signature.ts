/**
 * 署名 and 成文日期, with the seal when there is one (GB/T 9704 7.3.5).
 * Unsealed: the issuer right with two cells of space; the date on the next row starting two
 * cells right of the issuer's first character (computed from character counts), or, when the
 * date is longer, ending two cells from the right with the issuer moved left.
 * Sealed: the date right with four cells of space, the issuer centred over it, the red seal
 * centred on both and pressing them from above (its top within one row of the text above).
 * Joint sealed documents: issuers side by side, each under its own seal, seals not touching.
 */
import type { Signature } from '../../model/types.ts';
import { signature as spec } from '../../layout/gbt9704.ts';
import { CELL, cellsOf, NO_INDENT, ROW, run } from '../ooxml.ts';
import { anchoredPicture, EMU_PER_TWIP, mmToEmu } from '../drawing.ts';
import { p, type BodyItem } from '../body.ts';
import type { DocxContext } from '../context.ts';

const COLS = 28;
const at = (cells: number): number => Math.round(cells * CELL);

export function unsealedSignature(sig: Signature): BodyItem[] {
  const issuerCells = Math.max(0, ...sig.issuers.map(cellsOf));
  const dateCells = cellsOf(sig.date);
  const inset = spec.unsealedIssuerRightInsetCells;
  const offset = spec.unsealedDateOffsetCells;
  // Where the longest issuer name starts, in cells from the block's left edge.
  let issuerStart = COLS - inset - issuerCells;
  let dateStart = issuerStart + offset;
  if (dateStart + dateCells > COLS - inset) {
    dateStart = COLS - inset - dateCells;
    issuerStart = dateStart - offset;
  }
  const issuerRows = sig.issuers.map((name) =>
    p({ ind: { ...NO_INDENT, left: at(issuerStart) }, jc: 'left' }, [run(name)]),
  );
  const dateRow = p({ ind: { ...NO_INDENT, left: at(dateStart) }, jc: 'left' }, [run(sig.date)]);
  return [...issuerRows, dateRow];
}

export function sealedSignature(sig: Signature, ctx: DocxContext): BodyItem[] {
  const seals = sig.seals ?? [];
  const dateCells = cellsOf(sig.date);
  const dateRight = COLS - spec.sealedDateRightInsetCells;
  const dateCentre = dateRight - dateCells / 2;
  const diameterMm = seals[0]?.diameterMm ?? spec.sealDiameterMm;
  const diameter = mmToEmu(diameterMm);
  const gapEmu = mmToEmu(3);
  const cellEmu = CELL * EMU_PER_TWIP;
  // Seal centres, left to right, the last one over the date; they never touch.
  const n = Math.max(1, sig.issuers.length);
  // In cells: seals never touch, and neither do the names under them.
  const step = Math.max((diameter + gapEmu) / cellEmu, Math.max(...sig.issuers.map(cellsOf)) + 1);
  const centres = Array.from({ length: n }, (_, i) => dateCentre - (n - 1 - i) * step);
  // The seal's top lies within one row of the text above: the issuer row is the third row below that text.
  const sealTopFromIssuerRow = -(spec.sealedEmptyRowsBefore - 1) * ROW * EMU_PER_TWIP + Math.round(0.5 * ROW * EMU_PER_TWIP) - mmToEmu(2);
  const pictures = seals.slice(0, n).map((seal, i) =>
    anchoredPicture({
      relId: ctx.addImage(seal.data, seal.format),
      x: Math.round((centres[i] ?? dateCentre) * cellEmu - (mmToEmu(seal.diameterMm ?? diameterMm)) / 2),
      xFrom: 'margin',
      y: sealTopFromIssuerRow,
      yFrom: 'paragraph',
      size: mmToEmu(seal.diameterMm ?? diameterMm),
      id: ctx.ids.take(),
      name: `GongwenSeal${i + 1}`,
      behindDoc: false,
    }),
  );
  let issuerRow: BodyItem;
  if (n === 1) {
    const half = Math.min(dateCentre, COLS - dateCentre);
    issuerRow = p({ ind: { ...NO_INDENT, left: at(dateCentre - half), right: at(COLS - dateCentre - half) }, jc: 'center' }, [
      run(sig.issuers[0] ?? ''),
      ...pictures,
    ]);
  } else {
    const tabs = centres.map((c) => ({ val: 'center' as const, pos: at(c) }));
    issuerRow = p({ ind: NO_INDENT, jc: 'left', tabs }, [run(sig.issuers.map((name) => `\t${name}`).join('')), ...pictures]);
  }
  const dateRow = p({ ind: { ...NO_INDENT, right: at(spec.sealedDateRightInsetCells) }, jc: 'right' }, [run(sig.date)]);
  return [issuerRow, dateRow];
}

export function signatureItems(sig: Signature | undefined, ctx: DocxContext): { items: BodyItem[]; sealed: boolean } {
  if (!sig) return { items: [], sealed: false };
  const sealed = (sig.seals?.length ?? 0) > 0;
  return { items: sealed ? sealedSignature(sig, ctx) : unsealedSignature(sig), sealed };
}


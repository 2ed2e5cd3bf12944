/**
 * 署名 and 成文日期, with the seal when there is one (GB/T 9704 7.3.5), placed where the page
 * plan's SignaturePlan says. Every row is right-aligned with a right indent (右空N字): a face
 * that LibreOffice or Word substitutes (wider digits) grows the row to the left, never wraps it.
 * Sealed: the date four cells from the right, the issuer centred over it (its right inset from
 * the plan), the red seal centred on both and pressing them from above. Joint sealed documents:
 * the names side by side on one row, each centred (centre tab) under its own seal; names too
 * long for that (the plan's stackedNames) one per row, centred over the date.
 */
import type { Signature } from '../../model/types.ts';
import type { SignaturePlan } from '../../layout/pagePlan.ts';
import { signature as spec } from '../../layout/gbt9704.ts';
import { NO_INDENT, ROW, run } from '../ooxml.ts';
import { anchoredPicture, EMU_PER_TWIP, mmToEmu } from '../drawing.ts';
import { p, type BodyItem } from '../body.ts';
import type { DocxContext } from '../context.ts';

const twips = (pt: number): number => Math.round(pt * 20);
const EMU_PER_PT = 12700;

const rightAnchored = (text: string, insetPt: number, extra: Parameters<typeof p>[1] = []): BodyItem =>
  p({ ind: { ...NO_INDENT, right: twips(insetPt) }, jc: 'right' }, [run(text), ...extra]);

export function unsealedSignature(sig: Signature, plan: SignaturePlan): BodyItem[] {
  return [...sig.issuers.map((name, i) => rightAnchored(name, plan.issuerRightInsetPt[i] ?? 0)), rightAnchored(sig.date, plan.dateRightInsetPt)];
}

export function sealedSignature(sig: Signature, plan: SignaturePlan, ctx: DocxContext): BodyItem[] {
  const seals = sig.seals ?? [];
  // The seal's top lies within one row of the text above: the issuer row is the third row below that text.
  const sealTopFromIssuerRow = -(spec.sealedEmptyRowsBefore - 1) * ROW * EMU_PER_TWIP + Math.round(0.5 * ROW * EMU_PER_TWIP) - mmToEmu(2);
  const pictures = seals.map((seal, i) => {
    const diameter = Math.round((plan.sealDiametersPt?.[i] ?? 0) * EMU_PER_PT);
    return anchoredPicture({
      relId: ctx.addImage(seal.data, seal.format),
      x: Math.round((plan.sealCentresPt[i] ?? 0) * EMU_PER_PT - diameter / 2),
      xFrom: 'margin',
      y: sealTopFromIssuerRow,
      yFrom: 'paragraph',
      size: diameter,
      id: ctx.ids.take(),
      name: `GongwenSeal${i + 1}`,
      behindDoc: false,
    });
  });
  const names = sig.issuers.length > 0 ? sig.issuers : [''];
  let issuerRow: BodyItem;
  if (names.length === 1) {
    issuerRow = rightAnchored(names[0]!, plan.issuerRightInsetPt[0] ?? 0, pictures);
  } else if (plan.stackedNames) {
    const rows = names.map((name, i) => rightAnchored(name, plan.issuerRightInsetPt[i] ?? 0, i === 0 ? pictures : []));
    return [...rows, rightAnchored(sig.date, plan.dateRightInsetPt)];
  } else {
    const tabs = plan.sealCentresPt.slice(-names.length).map((c) => ({ val: 'center' as const, pos: twips(c) }));
    issuerRow = p({ ind: NO_INDENT, jc: 'left', tabs }, [run(names.map((name) => `\t${name}`).join('')), ...pictures]);
  }
  return [issuerRow, rightAnchored(sig.date, plan.dateRightInsetPt)];
}

export function signatureItems(sig: Signature | undefined, plan: SignaturePlan | undefined, ctx: DocxContext): { items: BodyItem[]; sealed: boolean } {
  if (!sig || !plan) return { items: [], sealed: false };
  return { items: plan.sealed ? sealedSignature(sig, plan, ctx) : unsealedSignature(sig, plan), sealed: plan.sealed };
}

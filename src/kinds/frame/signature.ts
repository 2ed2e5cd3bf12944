/** 落款: issuer names (joint documents: one per line), the date as it prints, seals in order. */
import type { CaseData } from '../../case/types.ts';
import type { SealImage, Signature } from '../../model/types.ts';
import { cnDate } from '../../template/helpers/cnDate.ts';
import { readSeal } from './readSeal.ts';

export async function buildSignature(data: CaseData, issuers: string[], date: string, source: string, pointer: string): Promise<Signature> {
  const seals: SealImage[] = [];
  if (data.seal?.image) seals.push(await readSeal(source, data.seal.image, `${pointer}/seal/image`));
  for (const [i, co] of (data.coIssuers ?? []).entries()) {
    if (co.seal?.image) seals.push(await readSeal(source, co.seal.image, `${pointer}/coIssuers/${i}/seal/image`));
  }
  const signature: Signature = { issuers, date: cnDate(date) };
  if (seals.length > 0) signature.seals = seals;
  return signature;
}

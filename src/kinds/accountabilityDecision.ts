/** 问责决定书 under the 中国共产党问责条例. */
import type { AccountabilityDecision } from '../case/types.ts';
import type { KindModule } from './kindModule.ts';
import { opt } from './optional.ts';

const decidingBody = (d: AccountabilityDecision): string => d.decidedBy ?? d.issuer.name;

export const accountabilityDecision: KindModule<AccountabilityDecision> = {
  view: (d) => ({
    subject: {
      type: d.subject.type,
      name: d.subject.name,
      gender: opt(d.subject.gender),
      birth: opt(d.subject.birth),
      party: opt(d.subject.party),
      position: opt(d.subject.position),
    },
    facts: d.facts,
    basis: d.basis,
    measures: d.measures,
    decidedBy: opt(d.decidedBy),
    appealDays: d.appealDays ?? 30,
    // Derived: who decides (and receives the appeal).
    decidingBody: decidingBody(d),
  }),
  date: (d) => d.date ?? '',
  signers: (d) => [decidingBody(d), ...(d.coIssuers ?? []).map((c) => c.name)],
  signerFields: (d) => [d.decidedBy !== undefined ? '/decidedBy' : '/issuer/name', ...(d.coIssuers ?? []).map((_, i) => `/coIssuers/${i}/name`)],
};

/** Kind code → its module. */
import type { CaseData, Kind } from '../case/types.ts';
import { accountabilityDecision } from './accountabilityDecision.ts';
import type { KindModule } from './kindModule.ts';
import { meetingMinutes } from './meetingMinutes.ts';
import { rectificationSuggestion } from './rectificationSuggestion.ts';
import { speech } from './speech.ts';
import { speechSummary } from './speechSummary.ts';
import { talkRecord } from './talkRecord.ts';

type ModuleOf<K extends Kind> = KindModule<Extract<CaseData, { kind: K }>>;

export const kindModules: { [K in Kind]: ModuleOf<K> } = {
  'rectification-suggestion': rectificationSuggestion,
  'accountability-decision': accountabilityDecision,
  'talk-record': talkRecord,
  speech,
  'speech-summary': speechSummary,
  'meeting-minutes': meetingMinutes,
};

/** The module of a case's kind, typed for that case. */
export function moduleFor<T extends CaseData>(data: T): KindModule<T> {
  return kindModules[data.kind] as unknown as KindModule<T>;
}

/**
 * The case-file contract (shared/docs/case-format.md) as TypeScript types.
 * Field names are public: add fields freely, rename none.
 * The JSON Schemas in templates/<kind>/schema.json describe the same shapes
 * (a test checks the two agree on required fields and kinds).
 */

export const KINDS = [
  'rectification-suggestion',
  'accountability-decision',
  'talk-record',
  'speech',
  'speech-summary',
  'meeting-minutes',
] as const;
export type Kind = (typeof KINDS)[number];

export type LayoutName = 'document' | 'letter' | 'minutes' | 'plain';

/** Attachment: a name only (附件说明), or a name with content for an attachment page. */
export type AttachmentInput = string | { title: string; content?: string };

export interface Person {
  name: string;
  position?: string;
}

export interface Envelope {
  kind: Kind;
  id: string;
  issuer: { name: string; mark?: string };
  docNumber?: string;
  /** ISO date, e.g. 2026-11-24. */
  date?: string;
  addressee?: string[];
  attachments?: AttachmentInput[];
  /** 附注. */
  note?: string;
  cc?: string[];
  printer?: { name: string; date: string };
  /** Seal image path, relative to the case file. */
  seal?: { image: string };
  /** Joint documents: further issuers signing and sealing beside the first. */
  coIssuers?: { name: string; seal?: { image: string } }[];
  secrecy?: string;
  urgency?: string;
  copyNumber?: string;
  signers?: string[];
  layout?: LayoutName;
  lang?: string;
}

export interface Item {
  title: string;
  /** Markdown. */
  detail?: string;
}

export interface RectificationSuggestion extends Envelope {
  kind: 'rectification-suggestion';
  subtype?: '整改建议书' | '纪律检查建议书' | '监察建议书';
  title?: string;
  /** Markdown. */
  source?: string;
  problems: Item[];
  suggestions: Item[];
  deadlineDays?: number;
  deadline?: string;
  contact?: { name: string; phone: string };
}

export interface AccountabilityDecision extends Envelope {
  kind: 'accountability-decision';
  title?: string;
  subject: {
    type: 'person' | 'organization';
    name: string;
    gender?: string;
    birth?: string;
    party?: string;
    position?: string;
  };
  /** Markdown. */
  facts: string;
  basis: string[];
  measures: string[];
  decidedBy?: string;
  appealDays?: number;
}

export interface TalkRecord extends Envelope {
  kind: 'talk-record';
  talkType?: '谈心谈话' | '提醒谈话' | '诫勉谈话' | '函询谈话' | '其他';
  title?: string;
  start: string;
  end?: string;
  place: string;
  interviewers: Person[];
  recorder: Person;
  interviewee: Person;
  subject?: string;
  qa: { q: string; a: string }[];
  closing?: string;
}

export interface Meeting {
  name: string;
  date: string;
  place?: string;
  session?: string;
  host?: string;
}

export interface SpeechPart {
  heading: string;
  /** Markdown. */
  lead?: string;
  points?: { heading: string; body?: string }[];
}

export interface Speech extends Envelope {
  kind: 'speech';
  meeting: Meeting;
  speaker: { name: string; title?: string };
  title?: string;
  salutation?: string;
  opening?: string;
  parts: SpeechPart[];
  closing?: string;
  ending?: string;
  numbering?: '第一，' | '一、';
}

export interface SpeechSummary extends Envelope {
  kind: 'speech-summary';
  meeting: Meeting;
  speaker: { name: string; title?: string };
  title?: string;
  parts?: SpeechPart[];
  sourceText?: string;
  sourceFile?: string;
}

export interface MeetingMinutes extends Envelope {
  kind: 'meeting-minutes';
  meeting: Meeting;
  title?: string;
  /** Markdown: an opening paragraph, when the default one is not wanted. */
  opening?: string;
  topics: { title: string; decision: string }[];
  attendees: string[];
  absent?: string[];
  observers?: string[];
}

export type CaseData =
  | RectificationSuggestion
  | AccountabilityDecision
  | TalkRecord
  | Speech
  | SpeechSummary
  | MeetingMinutes;

/** A case after loading: its data, and where it came from (for errors and relative paths). */
export interface LoadedCase {
  data: CaseData;
  /** Absolute path of the case file, or a label such as '<stdin>'. */
  source: string;
  /** JSON pointer of this document inside its file ('' for a single case, '/documents/2' …). */
  pointer: string;
}

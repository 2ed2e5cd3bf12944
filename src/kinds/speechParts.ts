/** The parts of a speech or speech summary, as template data. */
import type { SpeechPart } from '../case/types.ts';
import { opt } from './optional.ts';

export function partsView(parts: SpeechPart[]) {
  return parts.map((p) => ({
    heading: p.heading,
    lead: opt(p.lead),
    points: (p.points ?? []).map((pt) => ({ heading: pt.heading, body: opt(pt.body) })),
  }));
}

export function meetingView(m: { name: string; date: string; place?: string; session?: string; host?: string }) {
  return { name: m.name, date: m.date, place: opt(m.place), session: opt(m.session), host: opt(m.host) };
}

export function speakerView(s: { name: string; title?: string }) {
  return { name: s.name, title: opt(s.title) };
}

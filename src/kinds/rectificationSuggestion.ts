/** 整改建议书 / 纪律检查建议书 / 监察建议书. */
import type { RectificationSuggestion } from '../case/types.ts';
import type { KindModule } from './kindModule.ts';
import { opt } from './optional.ts';

const item = (i: { title: string; detail?: string }) => ({ title: i.title, detail: opt(i.detail) });

export const rectificationSuggestion: KindModule<RectificationSuggestion> = {
  view: (d) => ({
    subtype: d.subtype ?? '整改建议书',
    source: opt(d.source),
    problems: d.problems.map(item),
    suggestions: d.suggestions.map(item),
    deadlineDays: d.deadlineDays ?? 30,
    deadline: opt(d.deadline),
    contact: d.contact ? { name: d.contact.name, phone: d.contact.phone } : null,
    // Derived: the first addressee, for the default title.
    recipient: d.addressee?.[0] ?? '',
  }),
  date: (d) => d.date ?? '',
};

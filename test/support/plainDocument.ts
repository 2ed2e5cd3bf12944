/** A bare plain-layout document (no title, no frame) around a body, for pagination and writer tests. */
import type { Block, OfficialDocument } from '../../src/model/types.ts';

export function plainDocument(id: string, body: Block[], extra: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    meta: { id, kind: 'rectification-suggestion', kindName: '纪律检查建议书', title: id, author: '某某市', date: '2026-11-24', lang: 'zh-CN' },
    layout: 'plain',
    header: {},
    title: '',
    subtitle: [],
    addressees: [],
    body,
    attachmentNote: [],
    attendance: [],
    attachments: [],
    furniture: { folio: 'dash' },
    ...extra,
  };
}

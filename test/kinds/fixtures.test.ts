/** Every case in fixtures/*.json builds into a document model that is complete and clean. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/case/index.ts';
import { KINDS, type LoadedCase } from '../../src/case/types.ts';
import { buildDocument } from '../../src/kinds/buildDocument.ts';
import { loadKindDefinition } from '../../src/kinds/kindDefinition.ts';
import { inlineText } from '../../src/model/inlines.ts';
import type { Block, Inline, OfficialDocument } from '../../src/model/types.ts';

const dir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

async function loadAll(): Promise<{ file: string; loaded: LoadedCase }[]> {
  const out: { file: string; loaded: LoadedCase }[] = [];
  for (const file of files) for (const loaded of await loadCaseFile(dir + file)) out.push({ file, loaded });
  return out;
}

function inlinesOf(blocks: Block[]): Inline[][] {
  return blocks.flatMap((b): Inline[][] => {
    switch (b.type) {
      case 'paragraph':
        return [b.children];
      case 'heading':
        return [b.children, b.runIn ?? []];
      case 'list':
        return b.items.flatMap((i) => i.children.map((p) => p.children));
      case 'table':
        return b.rows.flatMap((r) => r.cells.flatMap((c) => c.children.map((p) => p.children)));
    }
  });
}

function allText(doc: OfficialDocument): string[] {
  return [
    doc.title,
    ...doc.subtitle,
    ...doc.addressees,
    ...inlinesOf(doc.body).map(inlineText),
    ...doc.attachments.flatMap((a) => [a.title, ...inlinesOf(a.body).map(inlineText)]),
    ...doc.attachmentNote,
    doc.note ?? '',
  ];
}

describe('fixtures', () => {
  it('cover every kind', async () => {
    const kinds = new Set((await loadAll()).map((c) => c.loaded.data.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  it('each builds a complete document with no template residue', async () => {
    const all = await loadAll();
    expect(all.length).toBeGreaterThanOrEqual(KINDS.length);
    for (const { file, loaded } of all) {
      const where = `${file}${loaded.pointer}`;
      const doc = await buildDocument(loaded);
      const def = loadKindDefinition(loaded.data.kind);
      expect(doc.meta.id, where).toBe(loaded.data.id);
      expect(doc.meta.kind, where).toBe(loaded.data.kind);
      expect(doc.meta.date, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(doc.layout, where).toBe(loaded.data.layout ?? def.layout);
      expect(doc.body.length, where).toBeGreaterThan(2);
      if (doc.layout !== 'minutes') expect(doc.title, where).not.toBe('');
      if (doc.layout === 'document') expect(doc.header.issuerMark, where).toBe(loaded.data.issuer.mark ?? `${loaded.data.issuer.name}文件`);
      if (doc.layout === 'minutes') expect(doc.header.issuerMark, where).toMatch(/纪要$/);
      if (doc.layout === 'plain') expect(doc.header, where).toEqual({});
      expect(Boolean(doc.signature), where).toBe(def.signature);
      if (doc.signature) expect(doc.signature.date, where).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
      if (doc.header.docNumber) expect(doc.header.docNumber, where).toMatch(/〔\d{4}〕[1-9]\d*号$/);
      for (const text of allText(doc)) {
        expect(text, where).not.toMatch(/undefined|\[object Object\]|\{\{|\*\*/);
        // A leftover Markdown escape would show as a backslash before punctuation.
        expect(text, where).not.toMatch(/\\[!-/:-@[-`{-~]/);
      }
    }
  });
});

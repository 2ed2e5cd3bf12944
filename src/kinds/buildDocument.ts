/**
 * A loaded case → the document model: the body from the kind's Markdown template, the frame
 * (header, title, signature, colophon, furniture, meta) from the envelope and kind.json.
 */
import { maskNames } from '../case/maskNames.ts';
import type { CaseData, LoadedCase } from '../case/types.ts';
import type { Lang } from '../errors.ts';
import { markdownToBlocks } from '../model/markdownToBlocks.ts';
import type { OfficialDocument, PageFurniture } from '../model/types.ts';
import { applyTextRule } from './fillPattern.ts';
import { attachmentNote, attachmentPages } from './frame/attachments.ts';
import { buildColophon } from './frame/colophon.ts';
import { buildHeader } from './frame/header.ts';
import { buildSignature } from './frame/signature.ts';
import { kindFile, loadKindDefinition } from './kindDefinition.ts';
import { moduleFor } from './registry.ts';
import { renderContent } from './renderContent.ts';

export interface BuildOptions {
  /** Errors carry both languages; this is accepted for symmetry with the CLI. */
  lang?: Lang;
  /** --mask-names: personal names of the case's person fields in their 某某 form, everywhere. */
  maskNames?: boolean;
}

export async function buildDocument(loaded: LoadedCase, options: BuildOptions = {}): Promise<OfficialDocument> {
  const mod = moduleFor(loaded.data);
  const prepared: CaseData = mod.prepare ? await mod.prepare(loaded.data, loaded) : loaded.data;
  // Masked after preparing, so text read from a sourceFile is masked too.
  const data = options.maskNames ? maskNames(prepared) : prepared;
  const def = loadKindDefinition(data.kind);
  mod.check?.(data);

  const view = mod.view(data);
  const body = markdownToBlocks(renderContent(data.kind, view), { qaLabels: def.qaLabels });

  const layout = data.layout ?? def.layout;
  const title = caseTitle(data) ?? applyTextRule(def.title, view, kindFile(data.kind));
  const date = mod.date(data);
  const kindName = kindNameOf(data, def.nameBy, def.name);

  const furniture: PageFurniture = { folio: def.folio };
  if (def.pageSignatures.length > 0) furniture.pageSignatures = [...def.pageSignatures];

  const doc: OfficialDocument = {
    meta: { id: data.id, kind: data.kind, kindName, title, author: data.issuer.name, date, lang: 'zh-CN' },
    layout,
    header: buildHeader(layout, data, mod.header?.(data) ?? {}),
    title,
    subtitle: mod.subtitle?.(data) ?? [],
    addressees: [...(data.addressee ?? [])],
    body,
    attachmentNote: attachmentNote(data.attachments),
    attendance: mod.attendance?.(data) ?? [],
    attachments: attachmentPages(data.attachments),
    furniture,
  };
  if (def.signature) {
    const issuers = mod.signers?.(data) ?? [data.issuer.name, ...(data.coIssuers ?? []).map((c) => c.name)];
    doc.signature = await buildSignature(data, issuers, date, loaded.source, loaded.pointer);
    doc.signature.issuerFields = mod.signerFields?.(data) ?? ['/issuer/name', ...(data.coIssuers ?? []).map((_, i) => `/coIssuers/${i}/name`)];
  }
  if (data.note) doc.note = /^[（(].*[）)]$/su.test(data.note) ? data.note : `（${data.note}）`;
  const colophon = buildColophon(data, layout);
  if (colophon) doc.colophon = colophon;
  return doc;
}

function caseTitle(data: CaseData): string | undefined {
  return 'title' in data && typeof data.title === 'string' && data.title !== '' ? data.title : undefined;
}

function kindNameOf(data: CaseData, nameBy: string | undefined, fallback: string): string {
  if (!nameBy) return fallback;
  const value = (data as unknown as Record<string, unknown>)[nameBy];
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/**
 * templates/<kind>/kind.json: what is declarative about a kind — its Chinese name, default
 * layout, title rule, file-name pattern, page furniture — read once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../case/schemaFiles.ts';
import type { Kind, LayoutName } from '../case/types.ts';
import { GongwenError } from '../errors.ts';
import type { PageFurniture } from '../model/types.ts';

/**
 * A title (or other text) with `{path}` placeholders read from the kind's template data, or a
 * choice of such texts by the value of a field.
 */
export type TextRule = string | { select: string; forms: Record<string, string>; otherwise: string };

export interface KindDefinition {
  kind: Kind;
  /** Chinese name, e.g. 整改建议书. */
  name: string;
  /** A field whose value, when present, names the document instead (rectification: subtype). */
  nameBy?: string;
  layout: LayoutName;
  /** Default title when the case gives none; '' for no title. */
  title: TextRule;
  /** Output file name without extension, `{path}` placeholders (made safe by the caller). */
  fileName: string;
  /** Whether the document closes with a signature block (issuer, date, seal). */
  signature: boolean;
  folio: PageFurniture['folio'];
  pageSignatures: string[];
  /** Set leading 问：/答： labels in 黑体. */
  qaLabels: boolean;
}

const cache = new Map<Kind, KindDefinition>();

export function kindFile(kind: Kind): string {
  return join(TEMPLATES_DIR, kind, 'kind.json');
}

export function contentTemplateFile(kind: Kind): string {
  return join(TEMPLATES_DIR, kind, 'content.md.hbs');
}

export function loadKindDefinition(kind: Kind): KindDefinition {
  const hit = cache.get(kind);
  if (hit) return hit;
  const file = kindFile(kind);
  let raw: Partial<KindDefinition>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<KindDefinition>;
  } catch (e) {
    throw new GongwenError({ zh: `${file}：无法读取文种定义`, en: `${file}: cannot read the kind definition` }, { cause: e });
  }
  if (raw.kind !== kind || typeof raw.name !== 'string' || typeof raw.layout !== 'string' || raw.title === undefined) {
    throw new GongwenError({
      zh: `${file}：文种定义缺少 kind、name、layout 或 title`,
      en: `${file}: the kind definition lacks kind, name, layout or title`,
    });
  }
  const def: KindDefinition = {
    kind,
    name: raw.name,
    ...(raw.nameBy ? { nameBy: raw.nameBy } : {}),
    layout: raw.layout,
    title: raw.title,
    fileName: raw.fileName ?? '{id}',
    signature: raw.signature ?? true,
    folio: raw.folio ?? 'dash',
    pageSignatures: raw.pageSignatures ?? [],
    qaLabels: raw.qaLabels ?? false,
  };
  cache.set(kind, def);
  return def;
}

/** Drops the cached kind.json definitions: the next use reads them again (the preview, after an edit). */
export function forgetKindDefinitions(): void {
  cache.clear();
}

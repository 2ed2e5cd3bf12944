/** templates/<kind>/content.md.hbs → Markdown, compiled once per kind per process. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { markdownFields } from '../case/markdownFields.ts';
import type { Kind } from '../case/types.ts';
import { compileTemplate, type CompiledTemplate } from '../template/renderTemplate.ts';
import { contentTemplateFile } from './kindDefinition.ts';

const compiled = new Map<Kind, CompiledTemplate>();

export function renderContent(kind: Kind, view: object): string {
  let template = compiled.get(kind);
  if (!template) {
    const file = contentTemplateFile(kind);
    template = compileTemplate(readFileSync(file, 'utf8'), {
      file: relative(process.cwd(), file) || file,
      markdownFields: markdownFields(kind),
    });
    compiled.set(kind, template);
  }
  return template(view);
}

/** Drops the compiled templates: the next render reads content.md.hbs again (the preview, after an edit). */
export function forgetContentTemplates(): void {
  compiled.clear();
}

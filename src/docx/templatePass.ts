/**
 * docxtemplater, the template engine of record: fills the shell's {@frame} and {@body} raw-XML
 * tags. Its own complaints about a shell become a ShellError; a tag without a value cannot
 * happen (checkShellTags admits only these two) and is one too.
 */
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';
import { ShellError } from '../errors.ts';

export interface TemplateValues {
  frame: string;
  body: string;
}

/** Fills the tags of `zip` (docxtemplater edits it in place) and returns the zip it wrote. */
export function templatePass(zip: PizZip, values: TemplateValues): PizZip {
  let template: Docxtemplater;
  try {
    template = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: false,
      nullGetter: (part) => {
        throw new ShellError({ zh: `Word 模板的标签 {${part.value}} 没有对应的内容`, en: `Word shell tag {${part.value}} has no value` });
      },
    });
  } catch (cause) {
    if (cause instanceof ShellError) throw cause;
    throw new ShellError({ zh: `Word 模板无法解析：${String(cause)}`, en: `The Word shell cannot be parsed: ${String(cause)}` }, { cause });
  }
  template.render({ frame: values.frame, body: values.body });
  return template.getZip() as PizZip;
}

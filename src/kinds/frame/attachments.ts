/**
 * 附件说明 and attachment pages. Every attachment is named in the note; one given with content
 * also gets its own page, whose body is the content parsed as Markdown (the user's Markdown:
 * no template directives). Numbers appear only when there are several attachments.
 */
import type { AttachmentInput } from '../../case/types.ts';
import { markdownToBlocks } from '../../model/markdownToBlocks.ts';
import type { Attachment } from '../../model/types.ts';

const titleOf = (a: AttachmentInput): string => (typeof a === 'string' ? a : a.title);

export function attachmentNote(list: AttachmentInput[] | undefined): string[] {
  return (list ?? []).map(titleOf);
}

export function attachmentPages(list: AttachmentInput[] | undefined): Attachment[] {
  const all = list ?? [];
  const pages: Attachment[] = [];
  all.forEach((a, i) => {
    if (typeof a === 'string' || a.content === undefined) return;
    const page: Attachment = { title: a.title, body: markdownToBlocks(a.content, { directives: false }) };
    if (all.length > 1) page.number = i + 1;
    pages.push(page);
  });
  return pages;
}

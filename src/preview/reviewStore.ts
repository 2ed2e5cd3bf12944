/**
 * Review marks beside the cases, in DIR/.reviews.json: one mark per document (key: the case
 * file's path relative to DIR, '#', the document's JSON pointer inside it), approved or
 * returned, with a comment and a time. Written atomically: a temp file in DIR, then rename,
 * one write at a time, so a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REVIEWS_FILE = '.reviews.json';
export const REVIEW_STATUSES = ['approved', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewMark {
  status: ReviewStatus;
  comment: string;
  /** ISO time of the mark. */
  at: string;
  /** The case id at the time of marking, for readers of the file. */
  id?: string;
  /** The catalog digest of the document marked (see catalog.ts): differs from today's after an edit. */
  digest?: string;
}

export interface ReviewsFile {
  version: 1;
  marks: Record<string, ReviewMark>;
}

export function reviewKey(file: string, pointer: string): string {
  return `${file}#${pointer}`;
}

export class ReviewStore {
  readonly path: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.path = join(dir, REVIEWS_FILE);
  }

  /** The marks on disk (none when the file is missing or unreadable). */
  async read(): Promise<Record<string, ReviewMark>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed = JSON.parse(text) as Partial<ReviewsFile>;
      return parsed && typeof parsed.marks === 'object' && parsed.marks !== null ? parsed.marks : {};
    } catch {
      return {};
    }
  }

  /** Sets (or, with status undefined, removes) one document's mark; returns all marks. */
  mark(key: string, mark: ReviewMark | undefined): Promise<Record<string, ReviewMark>> {
    const next = this.queue.then(async () => {
      const marks = await this.read();
      if (mark) marks[key] = mark;
      else delete marks[key];
      await this.writeAtomically({ version: 1, marks });
      return marks;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeAtomically(content: ReviewsFile): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(content, null, 2)}\n`, { encoding: 'utf8', flag: 'wx' });
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

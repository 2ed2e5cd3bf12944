/**
 * The body of POST /api/review, read (at most 64 KB) and checked: which document (file path
 * relative to the folder + JSON pointer), the mark (approved, returned, or none to clear it) and
 * the comment (at most 2000 characters; required to return a document, so the clerk knows what
 * to fix). Messages are Chinese with the English after them, as the page shows them.
 */
import type { IncomingMessage } from 'node:http';
import { REVIEW_STATUSES, type ReviewStatus } from './reviewStore.ts';

const MAX_BODY = 64 * 1024;
export const MAX_COMMENT = 2000;

export interface ReviewRequest {
  file: string;
  pointer: string;
  /** undefined: clear the mark. */
  status: ReviewStatus | undefined;
  comment: string;
}

export function parseReviewRequest(text: string): ReviewRequest | { error: string } {
  let body: { file?: unknown; pointer?: unknown; status?: unknown; comment?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { error: '请求内容不是 JSON (body is not JSON)' };
  }
  if (!body || typeof body !== 'object') return { error: '请求内容应为对象 (body is not an object)' };
  if (typeof body.file !== 'string' || typeof body.pointer !== 'string') return { error: '缺少 file 或 pointer (file and pointer are required)' };
  const status = body.status === null || body.status === 'none' ? undefined : body.status;
  if (status !== undefined && !(REVIEW_STATUSES as readonly unknown[]).includes(status)) {
    return { error: 'status 应为 approved、returned 或 none (status: approved, returned or none)' };
  }
  if (body.comment !== undefined && typeof body.comment !== 'string') return { error: 'comment 应为字符串 (comment is not a string)' };
  const comment = (body.comment ?? '').trim();
  if ([...comment].length > MAX_COMMENT) return { error: `意见至多 ${MAX_COMMENT} 字 (comment too long)` };
  if (status === 'returned' && comment === '') return { error: '退回须填写意见 (a return needs a comment)' };
  return { file: body.file, pointer: body.pointer, status: status as ReviewStatus | undefined, comment };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

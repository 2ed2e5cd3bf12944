/** The body of a review mark request: which document, which mark, which comment. */
import { describe, expect, it } from 'vitest';
import { MAX_COMMENT, parseReviewRequest } from '../../src/preview/reviewRequest.ts';

describe('parseReviewRequest', () => {
  it('reads a mark, trimming the comment; none and null clear it', () => {
    expect(parseReviewRequest('{"file":"a.json","pointer":"/documents/1","status":"approved","comment":"  同意  "}')).toEqual({
      file: 'a.json',
      pointer: '/documents/1',
      status: 'approved',
      comment: '同意',
    });
    expect(parseReviewRequest('{"file":"a.json","pointer":"","status":"none"}')).toEqual({ file: 'a.json', pointer: '', status: undefined, comment: '' });
    expect(parseReviewRequest('{"file":"a.json","pointer":"","status":null}')).toMatchObject({ status: undefined });
  });

  it.each([
    ['not json', '不是 JSON'],
    ['[]', '缺少 file'],
    ['null', '应为对象'],
    ['{"file":"a.json"}', '缺少 file 或 pointer'],
    ['{"file":"a.json","pointer":"","status":"rejected"}', 'status 应为'],
    ['{"file":"a.json","pointer":"","status":"approved","comment":5}', 'comment 应为字符串'],
    ['{"file":"a.json","pointer":"","status":"returned","comment":"   "}', '退回须填写意见'],
    [JSON.stringify({ file: 'a.json', pointer: '', status: 'approved', comment: '字'.repeat(MAX_COMMENT + 1) }), '意见至多 2000 字'],
  ])('refuses %s', (text, message) => {
    const parsed = parseReviewRequest(text);
    expect('error' in parsed ? parsed.error : '').toContain(message);
  });
});

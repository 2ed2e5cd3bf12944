import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lineColumnOf, locateJsonError } from '../../src/case/locateJsonError.ts';

/** V8's position, when its message has one (Node 20 omits it for some errors). */
function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : undefined;
  }
  throw new Error('valid JSON');
}

describe('locateJsonError', () => {
  it('returns nothing for valid JSON', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"\\u4e2d\\n"', '{"a":[true,false,null,{"b":"c"}]}', ' \n{"键": "值"}\n']) {
      expect(locateJsonError(text), text).toBeUndefined();
    }
  });

  const cases: [string, number, string][] = [
    ['{"a": }', 6, '一个值'],
    ['{"a":1,}', 7, '} 前多了一个逗号'],
    ['[1,]', 3, '] 前多了一个逗号'],
    ['[1 2]', 3, '英文逗号 , 或 ]'],
    ['{"a":1', 6, '英文逗号 , 或 }'],
    ['{a:1}', 1, '英文双引号括起的字段名'],
    ['{"a" 1}', 5, '英文冒号'],
    ['{"a"：1}', 4, '英文冒号'],
    ['{"a":“x”}', 5, '一个值'],
    ['{"a":tru}', 5, '一个值'],
    ['{"a":"x\ny"}', 7, '字符串不能跨行'],
    ['{"a":"\\x"}', 7, '合法的转义'],
    ['{"a":01}', 6, '数字结束'],
    ['{"a":1} x', 8, '文件结尾'],
    ['{"a":"abc', 9, '英文双引号'],
    ['', 0, '一个值'],
    ['// note\n{}', 0, '一个值'],
  ];
  for (const [text, offset, expected] of cases) {
    it(`${JSON.stringify(text)} → offset ${offset}`, () => {
      const problem = locateJsonError(text);
      expect(problem?.offset).toBe(offset);
      expect(problem?.expected.zh).toContain(expected);
      const v8 = v8Position(text);
      if (v8 !== undefined) expect(offset).toBe(v8);
    });
  }

  it('describes the usual slips of people typing Chinese', () => {
    expect(locateJsonError('{"a":1，"b":2}')?.found).toBe('全角逗号 ，(full-width comma)');
    expect(locateJsonError('{"a"：1}')?.found).toBe('全角冒号 ：(full-width colon)');
    expect(locateJsonError('{"a":“x”}')?.found).toBe('中文引号 “(curly quote)');
    expect(locateJsonError("{'a':1}")?.found).toBe("单引号 ' (single quote)");
    expect(locateJsonError('{"a":1,\n// x\n}')?.found).toBe('注释 (comment)');
    expect(locateJsonError('{"a":abc}')?.found).toBe('未加引号的文字 abc (unquoted text)');
    expect(locateJsonError('{"a":1')?.found).toBe('文件结尾 (end of input)');
  });

  it('finds an error in every truncation of a real fixture, at V8’s position when V8 gives one', () => {
    const text = readFileSync(resolve('fixtures/talk-record-admonition.json'), 'utf8');
    let compared = 0;
    for (let cut = 1; cut < text.length - 1; cut += 7) {
      const broken = text.slice(0, cut);
      const problem = locateJsonError(broken);
      expect(problem, `cut at ${cut}`).toBeDefined();
      const v8 = v8Position(broken);
      if (v8 !== undefined) {
        expect(problem?.offset, `cut at ${cut}`).toBe(v8);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe('lineColumnOf', () => {
  it('counts 1-based lines and characters, Chinese characters as one column each', () => {
    const text = '{\n  "标题": "值"，\n}';
    expect(lineColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(text, text.indexOf('，'))).toEqual({ line: 2, column: 12 });
    expect(lineColumnOf(text, text.length - 1)).toEqual({ line: 3, column: 1 });
  });

  it('treats CRLF line ends like LF', () => {
    expect(lineColumnOf('{\r\n  x', 5)).toEqual({ line: 2, column: 3 });
  });
});

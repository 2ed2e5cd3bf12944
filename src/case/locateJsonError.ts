/**
 * Finds where and why JSON text is invalid. Node 20's JSON.parse does not always give a
 * position ("Unexpected token '}', … is not valid JSON"), so this scanner walks the grammar
 * itself and names the first offending character, with hints for the usual slips of people
 * typing Chinese: full-width ，：“” and trailing commas, comments, single quotes.
 */
import type { Bilingual } from '../errors.ts';

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the offending character in the text. */
  offset: number;
  expected: Bilingual;
  /** What stands there instead, described. */
  found: string;
}

class Stop {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

const VALUE: Bilingual = {
  zh: '一个值（"字符串"、数字、{对象}、[数组]、true、false 或 null）',
  en: 'a value ("string", number, {object}, [array], true, false or null)',
};

/** Describes the character(s) at `offset` so a person recognises the slip. */
function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return '文件结尾 (end of input)';
  const ch = text[offset] ?? '';
  const named: Record<string, string> = {
    '，': '全角逗号 ，(full-width comma)',
    '：': '全角冒号 ：(full-width colon)',
    '“': '中文引号 “(curly quote)',
    '”': '中文引号 ”(curly quote)',
    '‘': '中文引号 ‘(curly quote)',
    '’': '中文引号 ’(curly quote)',
    "'": "单引号 ' (single quote)",
    '【': '全角括号 【', '】': '全角括号 】', '｛': '全角括号 ｛', '｝': '全角括号 ｝',
  };
  if (named[ch]) return named[ch];
  if (ch === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) return '注释 (comment)';
  const word = /^[A-Za-z_$\u4e00-\u9fff][\w$\u4e00-\u9fff-]*/.exec(text.slice(offset))?.[0];
  if (word) return `未加引号的文字 ${word} (unquoted text)`;
  if (ch === '\n' || ch === '\r') return '换行 (line break)';
  if (ch === '\t') return '制表符 (tab)';
  return JSON.stringify(ch);
}

export function locateJsonError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const fail = (expected: Bilingual, at = i): never => {
    throw new Stop({ offset: at, expected, found: describeAt(text, at) });
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const expectChar = (ch: string, expected: Bilingual): void => {
    skipSpace();
    if (text[i] !== ch) fail(expected);
    i += 1;
  };

  const parseString = (): void => {
    // text[i] is the opening quote.
    i += 1;
    for (;;) {
      if (i >= text.length) fail({ zh: '字符串结尾的英文双引号 "', en: 'a closing double quote "' });
      const ch = text[i] ?? '';
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        // Point at the letter after the backslash, as V8 does.
        else fail({ zh: '合法的转义（\\" \\\\ \\/ \\n \\t \\uXXXX 等）', en: 'a valid escape (\\" \\\\ \\/ \\n \\t \\uXXXX …)' }, i + 1);
        continue;
      }
      if (ch < ' ') {
        fail({ zh: '字符串内的换行写作 \\n（字符串不能跨行）', en: 'a line break inside a string written as \\n' });
      }
      i += 1;
    }
  };

  const parseNumber = (): void => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!match || match[0] === '-') fail(VALUE);
    i += match?.[0].length ?? 0;
    if (/[0-9.eE]/.test(text[i] ?? '')) fail({ zh: '数字结束', en: 'the end of the number' });
  };

  const parseValue = (depth: number): void => {
    skipSpace();
    const ch = text[i];
    if (depth > 512) fail({ zh: '嵌套层数不超过 512 的值', en: 'nesting at most 512 deep' });
    if (ch === '{') return parseObject(depth);
    if (ch === '[') return parseArray(depth);
    if (ch === '"') return parseString();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return parseNumber();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    fail(VALUE);
  };

  const parseObject = (depth: number): void => {
    i += 1;
    skipSpace();
    if (text[i] === '}') {
      i += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') {
        const trailing = text[i] === '}';
        fail(
          trailing
            ? { zh: '英文双引号括起的字段名（} 前多了一个逗号）', en: 'a property name in double quotes (a comma too many before })' }
            : { zh: '英文双引号括起的字段名，如 "title"', en: 'a property name in double quotes, e.g. "title"' },
        );
      }
      parseString();
      expectChar(':', { zh: '英文冒号 :', en: 'a colon :' });
      parseValue(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return;
      }
      fail({ zh: '英文逗号 , 或 }', en: 'a comma , or }' });
    }
  };

  const parseArray = (depth: number): void => {
    i += 1;
    skipSpace();
    if (text[i] === ']') {
      i += 1;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail({ zh: '一个值（] 前多了一个逗号）', en: 'a value (a comma too many before ])' });
      parseValue(depth + 1);
      skipSpace();
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return;
      }
      fail({ zh: '英文逗号 , 或 ]', en: 'a comma , or ]' });
    }
  };

  try {
    parseValue(0);
    skipSpace();
    if (i < text.length) fail({ zh: '文件结尾（JSON 只能有一个顶层值）', en: 'the end of input (JSON holds one top-level value)' });
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}

/** 1-based line and column of a UTF-16 offset (columns count characters, as editors do). */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k += 1) {
    if (text[k] === '\n') {
      line += 1;
      lineStart = k + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

/**
 * The explicit limits on case files, in one place (documented in docs/limits.md). Each has its
 * own message naming the field; they keep every later stage (validation, templates, layout)
 * away from inputs that would only exhaust the stack, the memory or the user's patience.
 */
import type { CaseIssue } from '../errors.ts';
import { joinPointer } from './jsonPointer.ts';

export const LIMITS = {
  /** Bytes of one case file (UTF-8). */
  fileBytes: 32 * 1024 * 1024,
  /** Nesting of objects and arrays: a case needs 5; 32 leaves room for `extensions`. */
  depth: 32,
  /** Characters (UTF-16 code units) of one string. */
  stringLength: 300_000,
  /** Characters of all strings of one case together. */
  caseTextLength: 1_000_000,
  /** Items of one array. */
  arrayItems: 10_000,
  /** Fields of one object. */
  objectKeys: 1_000,
  /** Characters of one field name. */
  keyLength: 200,
  /** Pages of one rendered document. */
  pages: 2_000,
  /** Problems reported for one file before the rest are summarised. */
  issues: 100,
} as const;

/** Field names that are never data: they would reach object prototypes in JavaScript. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** C0 and C1 controls other than tab, line feed and carriage return; DEL; U+FFFE and U+FFFF. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with the characters of a string, or undefined. */
export function badCharacters(text: string): CaseIssue['expected'] | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    const code = hex(control[0].charCodeAt(0));
    return {
      zh: `不含控制字符的文字（第 ${[...text.slice(0, control.index)].length + 1} 个字符为控制字符 ${code}）`,
      en: `text without control characters (character ${[...text.slice(0, control.index)].length + 1} is the control character ${code})`,
    };
  }
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = hex(lone[0].charCodeAt(0));
    return {
      zh: `合法的 Unicode 文字（第 ${[...text.slice(0, lone.index)].length + 1} 个字符为孤立的代理项 ${code}）`,
      en: `valid Unicode text (character ${[...text.slice(0, lone.index)].length + 1} is a lone surrogate ${code})`,
    };
  }
  return undefined;
}

/**
 * Checks a parsed case file (or one line of JSON Lines) against the limits, without recursion
 * deeper than LIMITS.depth. Pointers are relative to the file, starting at `base`.
 */
export function checkLimits(value: unknown, base: string): CaseIssue[] {
  const issues: CaseIssue[] = [];
  let textLength = 0;
  let textReported = false;
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (issues.length >= LIMITS.issues) return;
    if (typeof node === 'string') {
      textLength += node.length;
      if (node.length > LIMITS.stringLength) {
        issues.push({
          pointer,
          expected: { zh: `至多 ${LIMITS.stringLength} 个字符的文字`, en: `text of at most ${LIMITS.stringLength} characters` },
          found: `${node.length} 个字符 (characters)`,
        });
        return;
      }
      if (textLength > LIMITS.caseTextLength && !textReported) {
        textReported = true;
        issues.push({
          pointer,
          expected: {
            zh: `全文件的文字合计至多 ${LIMITS.caseTextLength} 个字符（到此处已超过）`,
            en: `at most ${LIMITS.caseTextLength} characters of text in the whole file (exceeded here)`,
          },
        });
      }
      const bad = badCharacters(node);
      if (bad) issues.push({ pointer, expected: bad });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth > LIMITS.depth) {
      issues.push({
        pointer: pointer.length > 200 ? `${pointer.slice(0, 200)}…` : pointer,
        expected: { zh: `嵌套至多 ${LIMITS.depth} 层的对象和数组`, en: `objects and arrays nested at most ${LIMITS.depth} deep` },
        found: `${depth} 层以上 (deeper than ${depth - 1})`,
      });
      return;
    }
    if (Array.isArray(node)) {
      if (node.length > LIMITS.arrayItems) {
        issues.push({
          pointer,
          expected: { zh: `至多 ${LIMITS.arrayItems} 项的数组`, en: `an array of at most ${LIMITS.arrayItems} items` },
          found: `${node.length} 项 (items)`,
        });
        return;
      }
      node.forEach((item, index) => visit(item, joinPointer(pointer, index), depth + 1));
      return;
    }
    const keys = Object.keys(node);
    if (keys.length > LIMITS.objectKeys) {
      issues.push({
        pointer,
        expected: { zh: `至多 ${LIMITS.objectKeys} 个字段的对象`, en: `an object of at most ${LIMITS.objectKeys} fields` },
        found: `${keys.length} 个字段 (fields)`,
      });
      return;
    }
    for (const key of keys) {
      const badKey = badCharacters(key);
      // A pointer that prints: long names cut, controls and lone surrogates escaped as in JSON.
      const printable = badKey ? JSON.stringify(key).slice(1, -1) : key;
      const at = joinPointer(pointer, printable.length > LIMITS.keyLength ? `${printable.slice(0, 40)}…` : printable);
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          pointer: at,
          expected: { zh: `普通字段名（${key} 不能用作字段名）`, en: `an ordinary field name (${key} cannot be used as one)` },
        });
        continue;
      }
      if (key.length > LIMITS.keyLength) {
        issues.push({
          pointer: at,
          expected: { zh: `至多 ${LIMITS.keyLength} 个字符的字段名`, en: `a field name of at most ${LIMITS.keyLength} characters` },
          found: `${key.length} 个字符 (characters)`,
        });
        continue;
      }
      if (badKey) {
        issues.push({ pointer: at, expected: { zh: `字段名：${badKey.zh}`, en: `a field name of ${badKey.en}` } });
        continue;
      }
      visit((node as Record<string, unknown>)[key], at, depth + 1);
    }
  };
  visit(value, base, 1);
  return issues;
}

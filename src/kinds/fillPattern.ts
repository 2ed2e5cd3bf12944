/** `{path}` placeholders in kind.json texts, filled from the kind's template data. */
import { GongwenError } from '../errors.ts';
import type { TextRule } from './kindDefinition.ts';

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

export function fillPattern(pattern: string, data: unknown, where: string): string {
  return pattern.replace(/\{([A-Za-z0-9_.]+)\}/g, (_m, path: string) => {
    const value = valueAt(data, path);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    throw new GongwenError({
      zh: `${where}：占位符 {${path}} 在数据中没有值`,
      en: `${where}: placeholder {${path}} has no value in the data`,
    });
  });
}

export function applyTextRule(rule: TextRule, data: unknown, where: string): string {
  if (typeof rule === 'string') return fillPattern(rule, data, where);
  const key = valueAt(data, rule.select);
  const form = typeof key === 'string' && Object.hasOwn(rule.forms, key) ? rule.forms[key] : undefined;
  return fillPattern(form ?? rule.otherwise, data, where);
}

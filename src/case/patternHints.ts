/**
 * Readable expectations for the schemas' `pattern`s: a regular expression is no help to a clerk.
 * Keyed by the pattern text as it appears in the envelope schema, so the schema stays the source.
 */
import type { Bilingual } from '../errors.ts';
import { loadSchemaSet } from './schemaFiles.ts';

let hints: Map<string, Bilingual> | undefined;

function patternHints(): Map<string, Bilingual> {
  if (hints) return hints;
  const { envelope } = loadSchemaSet();
  const defs = envelope.$defs ?? {};
  const props = envelope.properties ?? {};
  const table: [string | undefined, Bilingual][] = [
    [
      defs.docNumber?.pattern,
      {
        zh: '格式为 机关代字〔年份〕序号号，如 某纪建〔2026〕3号',
        en: 'the form issuer-code〔year〕serial号, e.g. 某纪建〔2026〕3号',
      },
    ],
    [
      defs.dateTime?.pattern,
      { zh: '格式 YYYY-MM-DDTHH:MM，如 2026-11-20T09:30', en: 'the form YYYY-MM-DDTHH:MM, e.g. 2026-11-20T09:30' },
    ],
    [defs.yearMonth?.pattern, { zh: '格式 YYYY-MM，如 1975-03', en: 'the form YYYY-MM, e.g. 1975-03' }],
    [props.copyNumber?.pattern, { zh: '6 位数字，如 000001', en: 'six digits, e.g. 000001' }],
    [
      props.secrecy?.pattern,
      {
        zh: '内部、秘密、机密 或 绝密，可加 ★保密期限，如 秘密★1年',
        en: '内部, 秘密, 机密 or 绝密, optionally with ★term, e.g. 秘密★1年',
      },
    ],
  ];
  hints = new Map(table.filter((e): e is [string, Bilingual] => typeof e[0] === 'string'));
  return hints;
}

/** Brackets people type instead of 〔〕 in a document number. */
const WRONG_BRACKETS = /[[\]()（）【】]/;

export function describePattern(pattern: string, value: unknown): Bilingual {
  const { envelope } = loadSchemaSet();
  if (pattern === envelope.$defs?.docNumber?.pattern && typeof value === 'string' && WRONG_BRACKETS.test(value)) {
    return {
      zh: '年份用六角括号〔〕括起（不用 []、()、（）或【】），如 某纪建〔2026〕3号',
      en: 'a document number with the year in hexagonal brackets 〔〕 (not [], (), （） or 【】), e.g. 某纪建〔2026〕3号',
    };
  }
  return patternHints().get(pattern) ?? { zh: `符合正则 ${pattern} 的文字`, en: `text matching ${pattern}` };
}

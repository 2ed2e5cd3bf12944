import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KINDS, kindNames, kindSchemas, markdownFields, validateCase, type Kind } from '../../src/case/index.ts';
import { CaseError } from '../../src/errors.ts';
import { loadSchemaSet, schemaFileOf, type SchemaObject } from '../../src/case/schemaFiles.ts';
import { childNodes, expandNode, nodesAt, rootNodes, titleOf, type SchemaNode } from '../../src/case/schemaWalk.ts';

/**
 * "Required fields" of shared/docs/case-format.md, transcribed. Nested paths use '/'.
 * Envelope: kind, id, issuer.name, and date (except talk-record, speech, speech-summary).
 */
const ENVELOPE_REQUIRED = ['kind', 'id', 'issuer', 'issuer/name'];
const REQUIRED: Record<Kind, string[]> = {
  'rectification-suggestion': ['date', 'addressee', 'problems', 'suggestions'],
  'accountability-decision': ['date', 'subject', 'subject/type', 'subject/name', 'facts', 'basis', 'measures'],
  'talk-record': ['start', 'place', 'interviewers', 'recorder', 'interviewee', 'qa'],
  speech: ['meeting', 'speaker', 'parts'],
  'speech-summary': ['meeting', 'speaker'],
  'meeting-minutes': ['date', 'meeting', 'topics', 'attendees'],
};
/** "(at least one)" in the contract. */
const AT_LEAST_ONE: Partial<Record<Kind, string[]>> = {
  'rectification-suggestion': ['problems', 'suggestions'],
};

/** The fields of each kind's TypeScript type in src/case/types.ts (Envelope included), transcribed. */
const ENVELOPE_FIELDS = [
  'kind', 'id', 'issuer', 'docNumber', 'date', 'addressee', 'attachments', 'note', 'cc', 'printer',
  'seal', 'coIssuers', 'secrecy', 'urgency', 'copyNumber', 'signers', 'layout', 'lang',
];
const TYPE_FIELDS: Record<Kind, string[]> = {
  'rectification-suggestion': ['subtype', 'title', 'source', 'problems', 'suggestions', 'deadlineDays', 'deadline', 'contact'],
  'accountability-decision': ['title', 'subject', 'facts', 'basis', 'measures', 'decidedBy', 'appealDays'],
  'talk-record': ['talkType', 'title', 'start', 'end', 'place', 'interviewers', 'recorder', 'interviewee', 'subject', 'qa', 'closing'],
  speech: ['meeting', 'speaker', 'title', 'salutation', 'opening', 'parts', 'closing', 'ending', 'numbering'],
  'speech-summary': ['meeting', 'speaker', 'title', 'parts', 'sourceText', 'sourceFile'],
  'meeting-minutes': ['meeting', 'title', 'opening', 'topics', 'attendees', 'absent', 'observers'],
};
/** Nested object fields, by path (`*` = any array item), from the same types. */
const NESTED_FIELDS: [Kind | 'any', string, string[]][] = [
  ['any', 'issuer', ['name', 'mark']],
  ['any', 'printer', ['name', 'date']],
  ['any', 'seal', ['image']],
  ['any', 'coIssuers/*', ['name', 'seal']],
  ['any', 'attachments/*', ['title', 'content']],
  ['rectification-suggestion', 'problems/*', ['title', 'detail']],
  ['rectification-suggestion', 'suggestions/*', ['title', 'detail']],
  ['rectification-suggestion', 'contact', ['name', 'phone']],
  ['accountability-decision', 'subject', ['type', 'name', 'gender', 'birth', 'party', 'position']],
  ['talk-record', 'interviewers/*', ['name', 'position']],
  ['talk-record', 'recorder', ['name', 'position']],
  ['talk-record', 'interviewee', ['name', 'position']],
  ['talk-record', 'qa/*', ['q', 'a']],
  ['speech', 'meeting', ['name', 'date', 'place', 'session', 'host']],
  ['speech', 'speaker', ['name', 'title']],
  ['speech', 'parts/*', ['heading', 'lead', 'points']],
  ['speech', 'parts/*/points/*', ['heading', 'body']],
  ['speech-summary', 'parts/*/points/*', ['heading', 'body']],
  ['meeting-minutes', 'meeting', ['name', 'date', 'place', 'session', 'host']],
  ['meeting-minutes', 'topics/*', ['title', 'decision']],
];

const MARKDOWN: Record<Kind, string[]> = {
  'rectification-suggestion': ['/source', '/problems/*/detail', '/suggestions/*/detail', '/attachments/*/content'],
  'accountability-decision': ['/facts', '/attachments/*/content'],
  'talk-record': ['/attachments/*/content'],
  speech: ['/opening', '/parts/*/lead', '/parts/*/points/*/body', '/closing', '/attachments/*/content'],
  'speech-summary': ['/parts/*/lead', '/parts/*/points/*/body', '/attachments/*/content'],
  'meeting-minutes': ['/opening', '/topics/*/decision', '/attachments/*/content'],
};

const FIXTURE_OF: Record<Kind, string> = {
  'rectification-suggestion': 'rectification-suggestion-housing-bureau.json',
  'accountability-decision': 'accountability-decision-district-official.json',
  'talk-record': 'talk-record-admonition.json',
  speech: 'speech-grassroots-conduct.json',
  'speech-summary': 'speech-summary-inspection-rectification.json',
  'meeting-minutes': 'meeting-minutes-standing-committee.json',
};

function fixture(kind: Kind): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve('fixtures', FIXTURE_OF[kind]), 'utf8')) as Record<string, unknown>;
}

function propertyNames(nodes: SchemaNode[]): Set<string> {
  return new Set(nodes.flatMap(({ schema }) => Object.keys(schema.properties ?? {})));
}

/** The properties required at a place: `required` of the node and of what it applies by $ref/allOf (not anyOf, not if/then). */
function requiredAt(node: SchemaNode): string[] {
  const { schema } = node;
  const own = schema.required ?? [];
  const viaRef = schema.$ref ? requiredAt(expandNode(node)[1] ?? node) : [];
  const viaAllOf = (schema.allOf ?? []).flatMap((s) => requiredAt({ schema: s, base: node.base }));
  return [...own, ...viaRef, ...viaAllOf];
}

describe('schemas vs the contract', () => {
  for (const kind of KINDS) {
    it(`${kind}: required fields are exactly those of case-format.md`, () => {
      const root = rootNodes(kind)[0] as SchemaNode;
      const top = new Set(requiredAt(root));
      const expectedTop = [...ENVELOPE_REQUIRED, ...REQUIRED[kind]].filter((p) => !p.includes('/'));
      expect([...top].sort()).toEqual([...new Set(expectedTop)].sort());
      for (const path of [...ENVELOPE_REQUIRED, ...REQUIRED[kind]].filter((p) => p.includes('/'))) {
        const [parent, field] = path.split('/') as [string, string];
        const parentNode = childNodes(rootNodes(kind), parent)[0] as SchemaNode;
        expect(requiredAt(parentNode), path).toContain(field);
      }
    });

    it(`${kind}: removing each required field from a valid case is an error at its pointer`, () => {
      for (const path of [...ENVELOPE_REQUIRED, ...REQUIRED[kind]]) {
        const data = fixture(kind);
        const [head, field] = path.split('/') as [string, string | undefined];
        if (field) delete (data[head] as Record<string, unknown>)[field];
        else delete data[head];
        let error: CaseError | undefined;
        try {
          validateCase(data, 'x.json', '');
        } catch (e) {
          if (e instanceof CaseError) error = e;
        }
        expect(error?.issues.map((i) => i.pointer), path).toContain(`/${path}`);
      }
      for (const path of AT_LEAST_ONE[kind] ?? []) {
        expect(() => validateCase({ ...fixture(kind), [path]: [] }, 'x.json', '')).toThrow('至少 1 项');
      }
    });

    it(`${kind}: properties cover every field of the TypeScript type`, () => {
      const names = propertyNames(rootNodes(kind));
      for (const field of [...ENVELOPE_FIELDS, ...TYPE_FIELDS[kind]]) expect(names.has(field), field).toBe(true);
      for (const [k, path, fields] of NESTED_FIELDS) {
        if (k !== 'any' && k !== kind) continue;
        const nested = propertyNames(nodesAt(kind, path.split('/')));
        for (const field of fields) expect(nested.has(field), `${path}/${field}`).toBe(true);
      }
    });

    it(`${kind}: markdownFields lists exactly the fields marked text/markdown`, () => {
      expect(markdownFields(kind)).toEqual(MARKDOWN[kind]);
    });
  }

  it('speech-summary requires one of parts, sourceText, sourceFile', () => {
    const base = fixture('speech-summary');
    delete base.parts;
    expect(() => validateCase(base, 'x.json', '')).toThrow('至少包含以下字段之一');
    expect(validateCase({ ...base, sourceText: '同志们：……' }, 'x.json', '').kind).toBe('speech-summary');
    expect(validateCase({ ...base, sourceFile: 'speech.txt' }, 'x.json', '').kind).toBe('speech-summary');
  });
});

describe('schema files', () => {
  it('each kind file is draft 2020-12 with its $id and a Chinese title; kindNames come from them', () => {
    const schemas = kindSchemas();
    const names = kindNames();
    expect(names).toEqual({
      'rectification-suggestion': '整改建议书（纪律检查建议书、监察建议书）',
      'accountability-decision': '问责决定书',
      'talk-record': '谈话记录',
      speech: '讲话稿',
      'speech-summary': '讲话要点',
      'meeting-minutes': '会议纪要',
    });
    for (const kind of KINDS) {
      const schema = schemas[kind] as SchemaObject;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://gongwen.local/schema/${kind}.json`);
      expect(JSON.parse(readFileSync(schemaFileOf(kind), 'utf8'))).toEqual(schema);
      expect((schema.properties?.kind as SchemaObject).const).toBe(kind);
    }
  });

  it('kindSchemas returns copies (callers cannot corrupt the cache)', () => {
    const first = kindSchemas().speech as SchemaObject;
    first.title = 'changed';
    expect((kindSchemas().speech as SchemaObject).title).toBe('讲话稿');
  });

  it('the envelope $ref resolves to the same file by path (editors) and by $id (ajv)', () => {
    const { envelope } = loadSchemaSet();
    for (const kind of KINDS) {
      const schema = loadSchemaSet().kinds[kind];
      const ref = (schema.allOf?.[0] as SchemaObject).$ref as string;
      const byPath = new URL(ref, pathToFileURL(schemaFileOf(kind))).pathname;
      expect(byPath).toBe(resolve(dirname(schemaFileOf(kind)), '..', '_envelope.schema.json'));
      expect(new URL(ref, schema.$id).href).toBe(envelope.$id);
    }
  });

  it('every property of every schema has a Chinese title and description', () => {
    const CJK = /[\u4e00-\u9fff]/;
    const { envelope, kinds } = loadSchemaSet();
    const checked: string[] = [];
    const visit = (schema: unknown, base: string, path: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as SchemaObject;
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        const nodes = expandNode({ schema: prop, base });
        const title = titleOf(nodes);
        const description = nodes.map((n) => n.schema.description).find((d) => typeof d === 'string');
        // Properties inside if/then only narrow a field already documented beside them.
        if (!path.includes('/if') && !path.includes('/then') && !path.includes('/else')) {
          expect(title && CJK.test(title), `${path}/properties/${key} title`).toBe(true);
          expect(description && CJK.test(description), `${path}/properties/${key} description`).toBe(true);
          checked.push(`${path}/${key}`);
        }
      }
      for (const [key, value] of Object.entries(s)) {
        if (key === 'properties') {
          for (const [name, prop] of Object.entries(value as Record<string, unknown>)) visit(prop, base, `${path}/properties/${name}`);
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, base, `${path}/${key}/${i}`));
        else if (value && typeof value === 'object') visit(value, base, `${path}/${key}`);
      }
    };
    visit(envelope, envelope.$id ?? '', 'envelope');
    for (const kind of KINDS) visit(kinds[kind], kinds[kind].$id ?? '', kind);
    expect(checked.length).toBeGreaterThan(100);
  });

  it('enums and defaults follow the contract', () => {
    const at = (kind: Kind, path: string): SchemaObject[] => nodesAt(kind, path.split('/')).map((n) => n.schema);
    const enumAt = (kind: Kind, path: string): unknown => at(kind, path).find((s) => s.enum)?.enum;
    const defaultAt = (kind: Kind, path: string): unknown => at(kind, path).find((s) => 'default' in s)?.default;
    expect(enumAt('rectification-suggestion', 'subtype')).toEqual(['整改建议书', '纪律检查建议书', '监察建议书']);
    expect(enumAt('talk-record', 'talkType')).toEqual(['谈心谈话', '提醒谈话', '诫勉谈话', '函询谈话', '其他']);
    expect(enumAt('speech', 'layout')).toEqual(['document', 'letter', 'minutes', 'plain']);
    expect(enumAt('speech', 'numbering')).toEqual(['第一，', '一、']);
    expect(enumAt('accountability-decision', 'subject/type')).toEqual(['person', 'organization']);
    expect(defaultAt('accountability-decision', 'appealDays')).toBe(30);
    expect(defaultAt('speech', 'salutation')).toBe('同志们：');
    expect(defaultAt('talk-record', 'closing')).toBe('以上记录我已看过，与我所说一致。');
    const layouts = Object.fromEntries(KINDS.map((k) => [k, defaultAt(k, 'layout')]));
    expect(layouts).toEqual({
      'rectification-suggestion': 'document',
      'accountability-decision': 'document',
      'talk-record': 'plain',
      speech: 'plain',
      'speech-summary': 'plain',
      'meeting-minutes': 'minutes',
    });
  });

  it('measures allowed per subject type are exactly those of the 问责条例', () => {
    const decision = fixture('accountability-decision');
    const subjectOf = (type: string): Record<string, unknown> => ({ type, name: '某某' });
    const accepts = (type: string, measure: string): boolean => {
      try {
        validateCase({ ...decision, subject: subjectOf(type), measures: [measure] }, 'x.json', '');
        return true;
      } catch {
        return false;
      }
    };
    const all = ['通报', '诫勉', '组织调整', '组织处理', '纪律处分', '检查', '改组', '罚款'];
    expect(all.filter((m) => accepts('person', m))).toEqual(['通报', '诫勉', '组织调整', '组织处理', '纪律处分']);
    expect(all.filter((m) => accepts('organization', m))).toEqual(['通报', '检查', '改组']);
  });

  it('the docNumber, copyNumber and date formats', () => {
    const ok = (fields: Record<string, unknown>): boolean => {
      try {
        validateCase({ ...fixture('rectification-suggestion'), ...fields }, 'x.json', '');
        return true;
      } catch {
        return false;
      }
    };
    expect(ok({ docNumber: '某纪建〔2026〕3号' })).toBe(true);
    expect(ok({ docNumber: '某某县纪发〔2026〕12号' })).toBe(true);
    for (const bad of ['某纪建[2026]3号', '某纪建（2026）3号', '某纪建(2026)3号', '某纪建【2026】3号', '某纪建〔2026〕3', '某纪建〔26〕3号', '〔2026〕3号']) {
      expect(ok({ docNumber: bad }), bad).toBe(false);
    }
    expect(ok({ copyNumber: '000001' })).toBe(true);
    for (const bad of ['00001', '0000001', 'A00001']) expect(ok({ copyNumber: bad }), bad).toBe(false);
    expect(ok({ date: '2028-02-29' })).toBe(true);
    for (const bad of ['2026-02-30', '2026-11-24T09:30', '2026/11/24', '20261124']) expect(ok({ date: bad }), bad).toBe(false);
  });

  it('date-times are YYYY-MM-DDTHH:MM (seconds optional, no zone)', () => {
    const ok = (start: string): boolean => {
      try {
        validateCase({ ...fixture('talk-record'), start }, 'x.json', '');
        return true;
      } catch {
        return false;
      }
    };
    expect(['2026-11-20T09:30', '2026-11-20T23:59:59'].every(ok)).toBe(true);
    expect(['2026-11-20 09:30', '2026-11-20T24:00', '2026-11-20', '2026-11-20T09:30Z'].some(ok)).toBe(false);
  });
});

describe('fixture files point editors at their schema', () => {
  it('$schema of single-case fixtures is the kind’s schema.json', () => {
    for (const kind of KINDS) {
      const data = fixture(kind);
      expect(resolve('fixtures', data.$schema as string)).toBe(join(resolve('templates'), kind, 'schema.json'));
    }
  });
});

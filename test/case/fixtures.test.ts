import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { listCaseFiles, loadCaseFile, KINDS, type LoadedCase } from '../../src/case/index.ts';

const FIXTURES = resolve('fixtures');

async function loadAll(): Promise<Map<string, LoadedCase[]>> {
  const out = new Map<string, LoadedCase[]>();
  for (const file of await listCaseFiles(FIXTURES)) out.set(basename(file), await loadCaseFile(file));
  return out;
}

describe('fixtures/', () => {
  it('lists only the case files at the top level (not invalid/ or seals/)', async () => {
    const names = (await listCaseFiles(FIXTURES)).map((f) => basename(f));
    expect(names).toContain('speech-grassroots-conduct.json');
    expect(names.some((n) => n.includes('expected'))).toBe(false);
    expect(names.every((n) => n.endsWith('.json'))).toBe(true);
  });

  it('every fixture validates, its kind matches its file name, and its source is absolute', async () => {
    const all = await loadAll();
    expect(all.size).toBeGreaterThanOrEqual(9);
    for (const [name, cases] of all) {
      for (const c of cases) {
        expect(c.source).toBe(join(FIXTURES, name));
        if (!name.startsWith('case-documents')) {
          expect(name.startsWith(c.data.kind), name).toBe(true);
          expect(c.pointer).toBe('');
        }
      }
    }
  });

  it('covers every kind, and both subject types and several subtypes', async () => {
    const cases = [...(await loadAll()).values()].flat().map((c) => c.data);
    for (const kind of KINDS) expect(cases.some((d) => d.kind === kind), kind).toBe(true);
    const subjects = cases.flatMap((d) => (d.kind === 'accountability-decision' ? [d.subject.type] : []));
    expect(new Set(subjects)).toEqual(new Set(['person', 'organization']));
    const subtypes = cases.flatMap((d) => (d.kind === 'rectification-suggestion' ? [d.subtype] : []));
    expect(new Set(subtypes)).toEqual(new Set(['纪律检查建议书', '监察建议书', '整改建议书']));
  });

  it('has the envelope variety the writers need to exercise', async () => {
    const cases = [...(await loadAll()).values()].flat().map((c) => c.data);
    expect(cases.some((d) => (d.addressee?.length ?? 0) >= 2)).toBe(true);
    expect(cases.some((d) => d.attachments?.some((a) => typeof a === 'object' && a.content))).toBe(true);
    expect(cases.some((d) => d.attachments?.some((a) => typeof a === 'string'))).toBe(true);
    expect(cases.some((d) => d.secrecy && d.urgency && d.copyNumber)).toBe(true);
    expect(cases.some((d) => d.note)).toBe(true);
    expect(cases.some((d) => d.layout === 'letter')).toBe(true);
    expect(cases.filter((d) => d.cc?.length && d.printer).length).toBeGreaterThanOrEqual(5);
  });

  it('seal images named by fixtures exist relative to the case file', async () => {
    let sealed = 0;
    for (const c of [...(await loadAll()).values()].flat()) {
      if (!c.data.seal) continue;
      sealed += 1;
      expect(existsSync(resolve(dirname(c.source), c.data.seal.image)), c.data.seal.image).toBe(true);
    }
    expect(sealed).toBeGreaterThanOrEqual(4);
  });

  it('the {case, documents} fixture yields two documents that inherit the case', async () => {
    const cases = await loadCaseFile(join(FIXTURES, 'case-documents-township-inspection.json'));
    expect(cases.map((c) => [c.pointer, c.data.kind, c.data.id])).toEqual([
      ['/documents/0', 'rectification-suggestion', 'XC-2026-021-A'],
      ['/documents/1', 'talk-record', 'XC-2026-021-B'],
    ]);
    for (const c of cases) {
      expect(c.data.issuer.name).toBe('中共某某县纪律检查委员会');
      expect(c.data.cc).toEqual(['中共某某县委巡察工作领导小组办公室', '中共某某县委组织部']);
    }
    // Defaults per kind, not per file: the talk record is plain, the letter stays a letter.
    expect(cases[0]?.data.layout).toBe('letter');
    expect(cases[1]?.data.layout).toBe('plain');
  });

  it('is substantial: the speech has 3 parts × 3 points and the talk record 8+ turns', async () => {
    const [speech] = await loadCaseFile(join(FIXTURES, 'speech-grassroots-conduct.json'));
    if (speech?.data.kind !== 'speech') throw new Error('speech fixture');
    expect(speech.data.parts.map((p) => p.points?.length)).toEqual([3, 3, 3]);
    const text = JSON.stringify(speech.data.parts) + (speech.data.opening ?? '') + (speech.data.closing ?? '');
    expect([...text.replace(/[\x00-\x7f]/g, '')].length).toBeGreaterThan(1400);
    const [talk] = await loadCaseFile(join(FIXTURES, 'talk-record-admonition.json'));
    if (talk?.data.kind !== 'talk-record') throw new Error('talk fixture');
    expect(talk.data.qa.length).toBeGreaterThanOrEqual(8);
    expect(talk.data.qa.filter((t) => t.a.includes('\n')).length).toBeGreaterThanOrEqual(3);
  });

  it('uses invented names only (某某 offices, 某某-style people)', async () => {
    for (const c of [...(await loadAll()).values()].flat()) {
      expect(c.data.issuer.name).toContain('某某');
      for (const a of c.data.addressee ?? []) expect(a).toContain('某某');
    }
  });
});

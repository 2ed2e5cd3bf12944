/**
 * `gongwen summarize` as a user runs it: --json prints the outline, a .docx speech is read by
 * its paragraphs, text without structure exits 1 naming the file, and without --json a
 * 讲话要点 is rendered through the normal pipeline.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { Speech } from '../../src/case/types.ts';
import { renderCase } from '../../src/render/renderCase.ts';
import { extractOutline, readSpeechFile } from '../../src/summary/index.ts';
import { packageFonts } from '../support/planOf.ts';
import { speechDocx } from './speechDocx.ts';
import { expectedOutlines, partPairs, speechDir } from './speeches.ts';

const run = promisify(execFile);
const bin = resolve('bin/gongwen.js');

async function gongwen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type Result = { code: number; stdout: string; stderr: string };

describe('gongwen summarize', () => {
  let dir: string;
  let json: Result, unstructured: Result, missing: Result, rendered: Result;
  const renderArgs = (out: string) => ['summarize', join(speechDir, 'sequence.txt'), '--out', out, '--format', 'docx'];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gw-summarize-'));
    // The four runs are independent: start them together.
    [json, unstructured, missing, rendered] = await Promise.all([
      gongwen(['summarize', join(speechDir, 'count-ordinal.txt'), '--json']),
      gongwen(['summarize', join(speechDir, 'no-structure.txt'), '--json']),
      gongwen(renderArgs(join(dir, 'missing'))),
      gongwen([...renderArgs(join(dir, 'out')), '--speaker', '赵某某', '--speaker-title', '镇党委书记', '--date', '2026-11-12']),
    ]);
  });

  it('--json prints {title, parts:[{heading, points:[{heading}]}]} with the headings as written', () => {
    expect(json.code, json.stderr).toBe(0);
    const outline = JSON.parse(json.stdout);
    expect(Object.keys(outline).slice(0, 3)).toEqual(['title', 'salutation', 'opening']);
    expect(outline.title).toBe('在全县作风建设推进会上的讲话');
    expect(partPairs(outline)).toEqual(expectedOutlines['count-ordinal.txt']!.parts);
    expect(outline.parts[0].points[0]).toEqual({ heading: '紧盯节假日等关键节点' });
  });

  it('exits 1 on text it cannot structure, naming the file, and prints no outline', () => {
    expect(unstructured.code).toBe(1);
    expect(unstructured.stdout).toBe('');
    expect(unstructured.stderr).toContain(`${join(speechDir, 'no-structure.txt')}：未能识别讲话的结构`);
  });

  it('without --json renders a 讲话要点 (一、 parts, （一） points); without speaker and date it exits 2', async () => {
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--speaker、--date');
    expect(rendered.code, rendered.stderr).toBe(0);
    expect(rendered.stdout.trim()).toMatch(/sequence\.docx$/);
    const xml = new PizZip(await readFile(join(dir, 'out', 'sequence.docx'))).file('word/document.xml')!.asText();
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('赵某某同志在全镇警示教育大会上的讲话要点');
    expect(text).toContain('2026年11月12日，全镇警示教育大会召开。镇党委书记赵某某同志出席会议并讲话。');
    for (const [heading, points] of expectedOutlines['sequence.txt']!.parts) {
      expect(text).toContain(heading);
      for (const point of points) expect(text).toContain(point);
    }
    expect(text).toMatch(/一、\s*要以案为鉴，筑牢思想防线/);
    expect(text).toMatch(/（二）\s*敬畏之心不可少/);
  });
});

describe('a speech in .docx', () => {
  it('is read by its paragraphs (runs joined) and yields the same outline as its text', async () => {
    const text = await readFile(join(speechDir, 'ordinal-nocount.txt'), 'utf8');
    const dir = await mkdtemp(join(tmpdir(), 'gw-speech-docx-'));
    const docx = join(dir, '安全工作会议讲话.docx');
    await writeFile(docx, speechDocx(text.split('\n').filter((line) => line !== '')));
    const outline = extractOutline(await readSpeechFile(docx), docx);
    expect(outline.title).toBe('在全市审查调查安全工作会议上的讲话');
    expect(partPairs(outline)).toEqual(expectedOutlines['ordinal-nocount.txt']!.parts);
  });
});

describe('a speech rendered to DOCX by gongwen itself', () => {
  it('summarizes back to the case: title over several rows, parts by 第一，, points by their lead sentences', async () => {
    const [loadedCase] = await loadCaseFile(resolve('fixtures', 'speech-grassroots-conduct.json'));
    const { outputs, document } = await renderCase(loadedCase!, { formats: ['docx'], fonts: packageFonts() });
    const dir = await mkdtemp(join(tmpdir(), 'gw-speech-own-'));
    const docx = join(dir, 'speech.docx');
    await writeFile(docx, outputs[0]!.bytes);
    const outline = extractOutline(await readSpeechFile(docx), docx);
    expect(outline.title).toBe(document.title.replace(/\n/g, ''));
    expect(outline.subtitle).toEqual(document.subtitle);
    const speech = loadedCase!.data as Speech;
    expect(partPairs(outline)).toEqual(speech.parts.map((p) => [p.heading, (p.points ?? []).map((q) => q.heading.replace(/。$/, ''))]));
  });
});


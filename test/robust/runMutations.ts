/**
 * Renders seeded mutations of every fixture in one process, as the CLI does (validate, render
 * DOCX and PDF, write all or nothing into one output folder), and counts what must be zero:
 * internal errors (a failure that is not a named GongwenError), outputs whose text lost some of
 * the document's text (PDF text by pdftotext, DOCX text from word/document.xml, each holding
 * every piece of the document, the PDF in reading order), and stray files in the output folder.
 * The PDFs are read 100 at a time (pdfTexts: one pdfunite and one pdftotext run for all of
 * them), not with a pdftotext start-up per case.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PizZip from 'pizzip';
import { parseCases } from '../../src/case/parseCases.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import { GongwenError } from '../../src/errors.ts';
import { loadFontSet } from '../../src/fonts/loadFontSet.ts';
import type { FontSet } from '../../src/fonts/types.ts';
import type { OfficialDocument } from '../../src/model/types.ts';
import { StemAllocator } from '../../src/output/outputName.ts';
import { writeOutputs } from '../../src/output/writeOutputs.ts';
import { renderCase } from '../../src/render/renderCase.ts';
import { documentPieces, findInOrder } from '../pdf/documentText.ts';
import { pdfTexts } from '../pdf/pdfProbe.ts';
import { mutate, random, toJsonText, type Json } from './mutateCase.ts';

export interface MutationFigures {
  mutations: number;
  seed: number;
  /** Cases that validated and were rendered to both formats and written. */
  rendered: number;
  /** The kinds of the fixtures' own cases, and the rendered cases by kind. */
  fixtureKinds: string[];
  renderedKinds: Record<string, number>;
  /** Named errors by class (CaseError, FontError, …): refused with a message. */
  refused: Record<string, number>;
  internalErrors: { mutation: number; fixture: string; operations: string[]; error: string }[];
  lostText: { mutation: number; fixture: string; format: 'pdf' | 'docx'; operations: string[]; missing: string }[];
  strayFiles: string[];
  ms: number;
  msPerMutation: number;
  rssMb: { start: number; end: number };
}

const fixturesDir = resolve('fixtures');
const unescape = (xml: string): string => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** What a text extraction may not give back the same: white space, invisible and format characters. */
const RTL_EMBEDDING = /\u202B([^\u202C]*)\u202C/g;
const comparable = (text: string): string => text.normalize('NFC').replace(/[\s\p{Cf}\p{Co}\p{Cn}]/gu, '');

/** PDFs whose text is read together (pdfTexts), and so held in memory until then. */
const PDF_CHECK_BATCH = 100;

function docxText(docx: Uint8Array): string {
  const xml = new PizZip(docx).file('word/document.xml')?.asText() ?? '';
  return unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** The PDF's text without page furniture (folios, 第X页 共Y页, page-signature lines), which may fall inside a paragraph split over pages. */
function withoutFurniture(text: string, doc: OfficialDocument): string {
  let rest = text.replace(/—\s*\d+\s*—/g, '').replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, '');
  for (const label of doc.furniture.pageSignatures ?? []) rest = rest.split(label.replace(/[：:]?$/, '：')).join('');
  return rest.replace(/＿{6}/g, '');
}

interface PdfCheck {
  mutation: number;
  fixture: string;
  operations: string[];
  document: OfficialDocument;
  pieces: string[];
  pdf: Uint8Array;
}

export async function runMutations(options: { n: number; seed: number; fonts?: FontSet; checkText?: boolean }): Promise<MutationFigures> {
  const fonts = options.fonts ?? (await loadFontSet());
  const fixtures = readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, source: join(fixturesDir, name), json: JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Json }));
  const out = await mkdtemp(join(tmpdir(), 'gw-mutate-'));
  const rand = random(options.seed);
  const stems = new StemAllocator();
  const written = new Set<string>();
  const figures: MutationFigures = {
    mutations: options.n,
    seed: options.seed,
    rendered: 0,
    fixtureKinds: [...new Set(fixtures.flatMap((f) => parseCases(toJsonText(f.json), f.source).map((c) => c.data.kind)))].sort(),
    renderedKinds: {},
    refused: {},
    internalErrors: [],
    lostText: [],
    strayFiles: [],
    ms: 0,
    msPerMutation: 0,
    rssMb: { start: Math.round(process.memoryUsage().rss / 2 ** 20), end: 0 },
  };
  const lost = (check: Omit<PdfCheck, 'pdf' | 'document' | 'pieces'>, format: 'pdf' | 'docx', missing: string): void => {
    figures.lostText.push({ mutation: check.mutation, fixture: check.fixture, format, operations: check.operations, missing: missing.slice(0, 80) });
  };
  let pdfChecks: PdfCheck[] = [];
  const checkPdfs = async (): Promise<void> => {
    const texts = await pdfTexts(pdfChecks.map((c) => c.pdf), 'raw');
    pdfChecks.forEach((check, i) => {
      // pdftotext -raw of the whole file: each page followed by a form feed.
      const text = withoutFurniture(texts[i]!.map((page) => `${page}\f`).join(''), check.document);
      // pdftotext gives right-to-left runs (Hebrew, Arabic), which we draw in logical order left to right, reversed
      // inside U+202B…U+202C marks (with neutral punctuation next to them); the model holds them in logical order.
      const extracted = text.replace(RTL_EMBEDDING, (_, run: string) => [...run].reverse().join(''));
      // The PDF in reading order.
      const { missing } = findInOrder(comparable(extracted), check.pieces);
      if (missing !== undefined) lost(check, 'pdf', missing);
    });
    pdfChecks = [];
  };
  const started = performance.now();
  for (let m = 0; m < options.n; m++) {
    const fixture = fixtures[m % fixtures.length]!;
    const { json, operations } = mutate(rand, fixture.json);
    const fail = (error: unknown): void => {
      if (error instanceof GongwenError) figures.refused[error.name] = (figures.refused[error.name] ?? 0) + 1;
      else figures.internalErrors.push({ mutation: m, fixture: fixture.name, operations, error: error instanceof Error ? (error.stack ?? error.message).slice(0, 600) : String(error) });
    };
    let cases: LoadedCase[];
    try {
      cases = parseCases(toJsonText(json), fixture.source);
    } catch (error) {
      fail(error);
      continue;
    }
    for (const loaded of cases) {
      try {
        const rendered = await renderCase(loaded, { formats: ['docx', 'pdf'], fonts });
        const stem = stems.allocate(loaded.data.id, loaded.data.kind);
        const pending = rendered.outputs.map((o) => ({ path: join(out, `${stem}.${o.format}`), bytes: o.bytes }));
        await writeOutputs(pending, { force: false });
        for (const p of pending) written.add(p.path);
        figures.rendered++;
        figures.renderedKinds[loaded.data.kind] = (figures.renderedKinds[loaded.data.kind] ?? 0) + 1;
        if (options.checkText === false) continue;
        const pieces = documentPieces(rendered.document).map(comparable);
        const check = { mutation: m, fixture: fixture.name, operations, document: rendered.document, pieces };
        for (const output of rendered.outputs) {
          if (output.format === 'pdf') {
            pdfChecks.push({ ...check, pdf: output.bytes });
            continue;
          }
          // The DOCX's XML order differs from reading order for anchored text boxes (a letter's 版头).
          const flat = comparable(docxText(output.bytes));
          const missing = pieces.find((piece) => !flat.includes(piece));
          if (missing !== undefined) lost(check, 'docx', missing);
        }
      } catch (error) {
        fail(error);
      }
    }
    // Outside the cases' try: a failure of poppler is the run's, not a mutation's internal error.
    if (pdfChecks.length >= PDF_CHECK_BATCH) await checkPdfs();
  }
  if (pdfChecks.length > 0) await checkPdfs();
  figures.ms = Math.round(performance.now() - started);
  figures.msPerMutation = Math.round((figures.ms / options.n) * 10) / 10;
  figures.rssMb.end = Math.round(process.memoryUsage().rss / 2 ** 20);
  const present = await readdir(out, { recursive: true });
  figures.strayFiles = present.map((name) => join(out, String(name))).filter((path) => !written.has(path));
  rmSync(out, { recursive: true, force: true });
  return figures;
}

/**
 * gongwen as a library (the package's main export). Rendering and loading are imported eagerly;
 * checkPdf loads the PDF reader (pdfjs-dist) only when first called, so a program that only
 * renders never loads it.
 */
import type { CheckOptions, CheckReport } from './check/types.ts';

export { loadCaseFile, listCaseFiles, parseCases, validateCase, kindNames, KINDS } from './case/index.ts';
export type { CaseData, Kind, LoadedCase, LoadOptions, ParseOptions } from './case/index.ts';
export { renderCase, renderDocument, OUTPUT_FORMATS } from './render/renderCase.ts';
export type { OutputFormat, RenderOptions, RenderedCase, RenderedOutput } from './render/renderCase.ts';
export { loadFontSet } from './fonts/loadFontSet.ts';
export type { LoadFontSetOptions, LoadedFontSet } from './fonts/loadFontSet.ts';
export { buildDocument } from './kinds/buildDocument.ts';
export { GongwenError, CaseError, TemplateError, ShellError, FontError, OutputExistsError } from './errors.ts';
export type { Bilingual, CaseIssue, Lang } from './errors.ts';
export type * from './model/types.ts';
export type { CheckOptions, CheckReport, Finding } from './check/types.ts';
export { LIMITS } from './case/limits.ts';
// The reviewer's marks (gongwen preview's DIR/.reviews.json), for a batch manifest or register to carry.
export { ReviewStore, reviewKey, REVIEWS_FILE, REVIEW_STATUSES } from './preview/reviewStore.ts';
export type { ReviewMark, ReviewStatus, ReviewsFile } from './preview/reviewStore.ts';

/** Every case of several files or folders (*.json, *.jsonl, *.ndjson), in order. */
export async function loadCases(paths: string[], options: import('./case/index.ts').LoadOptions = {}): Promise<import('./case/index.ts').LoadedCase[]> {
  const { stat } = await import('node:fs/promises');
  const { listCaseFiles, loadCaseFile } = await import('./case/index.ts');
  const out: import('./case/index.ts').LoadedCase[] = [];
  for (const path of paths) {
    const files = (await stat(path).catch(() => undefined))?.isDirectory() ? await listCaseFiles(path) : [path];
    for (const file of files) out.push(...(await loadCaseFile(file, options)));
  }
  return out;
}

/** The GB/T 9704 conformance report of a PDF (see src/check/README.md). */
export async function checkPdf(pdf: Uint8Array, options: CheckOptions = {}): Promise<CheckReport> {
  const { checkPdf: check } = await import('./check/checkPdf.ts');
  return check(pdf, options);
}
export { maskNames, maskedName, personNames } from './case/maskNames.ts';
export { personFields } from './case/personFields.ts';
export { extractOutline, readSpeechFile } from './summary/index.ts';
export type { SpeechOutline, OutlinePart, OutlinePoint } from './summary/index.ts';

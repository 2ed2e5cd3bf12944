/**
 * npm run bench -- --cases N [--jobs J] [--format docx,pdf] [--baseline libreoffice]: N synthetic
 * cases across every kind (the fixtures, each copy with its own id) through `gongwen batch` as a
 * user runs it (bin/gongwen.js, compiled dist/), timed from outside with /usr/bin/time: documents
 * per second, CPU ms per document, peak RSS, mean PDF and DOCX size. With --baseline libreoffice,
 * the route users take today on the same DOCX files: one `soffice --headless --convert-to pdf`
 * call for all of them (and two processes, one per core, over halves). Figures, not assertions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCaseFile } from '../../src/case/loadCaseFile.ts';
import type { LoadedCase } from '../../src/case/types.ts';
import type { Manifest } from '../../src/batch/types.ts';
import { readFileSync } from 'node:fs';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('--cases') ?? 1000);
const jobs = arg('--jobs');
const format = arg('--format') ?? 'docx,pdf';
const baseline = arg('--baseline');

const fixtures = resolve('fixtures');
const samples: LoadedCase[] = [];
for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.json')).sort()) samples.push(...(await loadCaseFile(join(fixtures, name))));

/** A copy of a fixture case with its own id and absolute file paths. */
function synthetic(i: number): unknown {
  const sample = samples[i % samples.length]!;
  const data = structuredClone(sample.data) as unknown as Record<string, unknown> & { seal?: { image: string }; sourceFile?: string };
  data.id = `BENCH-${String(i + 1).padStart(5, '0')}`;
  const base = dirname(sample.source);
  if (data.seal && !isAbsolute(data.seal.image)) data.seal.image = join(base, data.seal.image);
  if (typeof data.sourceFile === 'string' && !isAbsolute(data.sourceFile)) data.sourceFile = join(base, data.sourceFile);
  delete data.$schema;
  return data;
}

const dir = mkdtempSync(join(tmpdir(), 'gw-bench-'));
const casesFile = join(dir, 'cases.jsonl');
writeFileSync(casesFile, `${Array.from({ length: count }, (_, i) => JSON.stringify(synthetic(i))).join('\n')}\n`);
const out = join(dir, 'out');

const args = [resolve('bin/gongwen.js'), 'batch', casesFile, '--out', out, '--format', format, '--no-progress', ...(jobs ? ['--jobs', jobs] : [])];
const timed = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const figures = timed.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
const [wall, user, sys, maxKb] = figures as [number, number, number, number];
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
const ok = manifest.items.filter((item) => item.status === 'ok');
const sizes = (fmt: string) => ok.flatMap((item) => item.outputs.filter((o) => o.format === fmt).map((o) => o.bytes ?? 0));
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const twoPagePdfs = ok.filter((item) => item.pages === 2).flatMap((item) => item.outputs.filter((o) => o.format === 'pdf').map((o) => o.bytes ?? 0));

console.log(`gongwen batch bench — ${count} cases (${samples.length} fixture documents, all kinds), --format ${format}, jobs ${jobs ?? 'one per core'}`);
console.log(`items ok ${manifest.summary.ok}, failed ${manifest.summary.failed}`);
console.log(`wall ${wall.toFixed(2)} s   ${(count / wall).toFixed(1)} documents/s   ${((wall * 1000) / count).toFixed(2)} ms wall a document`);
console.log(`cpu  ${(user + sys).toFixed(2)} s (user ${user.toFixed(2)}, sys ${sys.toFixed(2)})   ${(((user + sys) * 1000) / count).toFixed(2)} ms CPU a document`);
console.log(`peak RSS ${(maxKb / 1024).toFixed(0)} MB`);
if (format.includes('pdf')) console.log(`PDF mean ${(mean(sizes('pdf')) / 1024).toFixed(1)} KB; 2-page PDFs max ${(Math.max(0, ...twoPagePdfs) / 1024).toFixed(1)} KB`);
if (format.includes('docx')) console.log(`DOCX mean ${(mean(sizes('docx')) / 1024).toFixed(1)} KB`);

if (baseline === 'libreoffice') {
  const docx = ok.flatMap((item) => item.outputs.filter((o) => o.format === 'docx').map((o) => join(out, o.path)));
  if (docx.length === 0) throw new Error('--baseline libreoffice needs docx in --format');
  const soffice = (files: string[], profile: string, outdir: string) =>
    new Promise<void>((done, fail) => {
      const child = execFileAsync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, ...files]);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`soffice exit ${code}`))));
    });
  const { spawn: execFileAsync } = await import('node:child_process');
  const loOut = join(dir, 'lo');
  // One soffice call stops converting, silently and with exit 0, after 246 documents (LibreOffice
  // 7.4 here, measured with these files: the 247th converts fine alone or in a short list), so a
  // user converting a folder calls it once per CHUNK files, one call after another.
  const CHUNK = 200;
  const inTurn = async (files: string[], profile: string, outdir: string): Promise<void> => {
    for (let i = 0; i < files.length; i += CHUNK) await soffice(files.slice(i, i + CHUNK), profile, outdir);
  };
  let start = performance.now();
  await inTurn(docx, join(dir, 'profile-1'), join(loOut, 'one'));
  const one = (performance.now() - start) / 1000;
  const writtenOne = readdirSync(join(loOut, 'one')).length;
  const half = Math.ceil(docx.length / 2);
  start = performance.now();
  await Promise.all([inTurn(docx.slice(0, half), join(dir, 'profile-2'), join(loOut, 'two')), inTurn(docx.slice(half), join(dir, 'profile-3'), join(loOut, 'two'))]);
  const two = (performance.now() - start) / 1000;
  const writtenTwo = readdirSync(join(loOut, 'two')).length;
  const gongwenRate = count / wall;
  const rate = (written: number, seconds: number): number => written / seconds;
  console.log(`LibreOffice, one soffice process (calls of ${CHUNK} DOCX in turn): ${one.toFixed(1)} s, ${rate(writtenOne, one).toFixed(1)} documents/s (${writtenOne} of ${docx.length} PDFs written)`);
  console.log(`LibreOffice, two soffice processes side by side: ${two.toFixed(1)} s, ${rate(writtenTwo, two).toFixed(1)} documents/s (${writtenTwo} of ${docx.length} PDFs written)`);
  console.log(`gongwen batch (DOCX + PDF) against one soffice: ${(gongwenRate / rate(writtenOne, one)).toFixed(1)}×; against two: ${(gongwenRate / rate(writtenTwo, two)).toFixed(1)}×`);
}
void execFileSync;
console.log(`(files in ${dir})`);

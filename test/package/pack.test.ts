/**
 * The package as a user gets it: `npm pack`, installed without dev dependencies into an empty
 * folder, whose `gongwen` renders a fixture; the tarball holds what runs and nothing of the
 * tests; `render` never loads the PDF reader of `check`; the library entry and its types load.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const fixture = join(repo, 'fixtures', 'speech-grassroots-conduct.json');

let folder: string;
let files: string[];

function gongwen(args: string[], env: NodeJS.ProcessEnv = {}): { stdout: string; stderr: string } {
  const bin = join(folder, 'node_modules', 'gongwen', 'bin', 'gongwen.js');
  const stdout = execFileSync(process.execPath, [...(env.GW_TRACE ? ['--import', join(folder, 'trace.mjs')] : []), bin, ...args], {
    cwd: folder,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { stdout, stderr: '' };
}

beforeAll(() => {
  // dist/ is built by `npm test` (pretest) before any test runs: building it here again would
  // rewrite the files the CLI tests running beside this one are executing.
  const packDir = mkdtempSync(join(tmpdir(), 'gw-pack-'));
  // --ignore-scripts keeps pack from running the build (prepare) again.
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: repo, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  folder = mkdtempSync(join(tmpdir(), 'gw-install-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'gw-try', private: true, type: 'module' }));
  // --ignore-scripts: better-sqlite3 (the register's optional native module, the only runtime package
  // with an install script) would be compiled from source here, for minutes; nothing below uses it.
  execFileSync(npm, ['install', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', join(packDir, packed[0]!.filename)], {
    cwd: folder,
    stdio: 'pipe',
  });
  // A resolve hook that lists every module the process loads (to see what `render` pulls in).
  writeFileSync(
    join(folder, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.GW_TRACE, result.url + '\\n');
  return result;
}
`,
  );
  writeFileSync(join(folder, 'trace.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
}, 120_000);

describe('npm pack', () => {
  it('holds the compiled code, its types, templates, schemas, the Word shell, the preview page, README and LICENSE', () => {
    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/gongwen.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'dist/batchWorker.js',
      'dist/render/renderCase.d.ts',
      'templates/_envelope.schema.json',
      'templates/speech/schema.json',
      'templates/speech/content.md.hbs',
      'src/docx/shell/word/document.xml',
      'src/docx/shell/[Content_Types].xml',
      'src/docx/shell/_rels/.rels',
      'src/preview/assets/index.html',
      'src/preview/assets/app.js',
      'dist/cli/commands/preview.js',
      'docs/case-format.md',
      'docs/templates.md',
      'docs/limits.md',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('holds no tests, fixtures, CI files or TypeScript sources', () => {
    const stray = files.filter((f) => /^(test|fixtures|\.ci|output|node_modules)\//.test(f) || (/\.ts$/.test(f) && !f.endsWith('.d.ts')));
    expect(stray).toEqual([]);
  });
});

describe('installed with --omit=dev into an empty folder', () => {
  it('installs no dev dependency (no TypeScript, tsx or vitest at run time)', () => {
    const installed = readdirSync(join(folder, 'node_modules'));
    expect(installed).toContain('gongwen');
    expect(installed).toContain('pdfjs-dist');
    for (const dev of ['typescript', 'tsx', 'vitest']) expect(installed).not.toContain(dev);
  });

  it('lists the kinds', () => {
    const { stdout } = gongwen(['kinds']);
    expect(stdout).toMatch(/^speech\s+讲话稿$/m);
    expect(stdout).toMatch(/^meeting-minutes\s+会议纪要$/m);
  });

  it('renders a fixture to DOCX and PDF holding the case text, without loading pdfjs-dist', () => {
    const trace = join(folder, 'render-trace.txt');
    writeFileSync(trace, '');
    gongwen(['render', fixture, '--out', 'out'], { GW_TRACE: trace });
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/node_modules/gongwen/dist/render/renderCase.js');
    expect(loaded).not.toContain('pdfjs-dist');
    // No module of gongwen's own TypeScript sources (dependencies may keep theirs under src/).
    expect(loaded).not.toContain('/node_modules/gongwen/src/');
    const data = JSON.parse(readFileSync(fixture, 'utf8')) as { id: string; meeting: { name: string } };
    const pdf = join(folder, 'out', `${data.id}.pdf`);
    const docx = join(folder, 'out', `${data.id}.docx`);
    expect(existsSync(pdf) && existsSync(docx)).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(data.meeting.name.replace(/\s+/g, ''));
    const xml = new PizZip(readFileSync(docx)).file('word/document.xml')!.asText();
    expect(xml.replace(/<[^>]+>/g, '')).toContain(data.meeting.name);
  });

  it('runs a batch in the bundled worker (dist/batchWorker.js), with the same PDF as render', () => {
    const trace = join(folder, 'batch-trace.txt');
    writeFileSync(trace, '');
    gongwen(['batch', fixture, '--out', 'batch-out', '--no-progress'], { GW_TRACE: trace });
    const manifest = JSON.parse(readFileSync(join(folder, 'batch-out', 'manifest.json'), 'utf8')) as { summary: { ok: number; failed: number } };
    expect(manifest.summary).toMatchObject({ ok: 1, failed: 0 });
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/node_modules/gongwen/dist/batchWorker.js');
    // The worker's own modules come from the bundle, not one file at a time.
    expect(loaded).not.toContain('/node_modules/gongwen/dist/batch/worker.js');
    expect(loaded).not.toContain('/node_modules/gongwen/dist/layout/');
    const data = JSON.parse(readFileSync(fixture, 'utf8')) as { id: string };
    const batchPdf = readFileSync(join(folder, 'batch-out', `${data.id}.pdf`));
    expect(batchPdf.equals(readFileSync(join(folder, 'out', `${data.id}.pdf`)))).toBe(true);
  });

  it('checks a PDF with the installed pdfjs-dist', () => {
    const data = JSON.parse(readFileSync(fixture, 'utf8')) as { id: string };
    const trace = join(folder, 'check-trace.txt');
    writeFileSync(trace, '');
    const { stdout } = gongwen(['check', join('out', `${data.id}.pdf`), '--json'], { GW_TRACE: trace });
    expect((JSON.parse(stdout) as { pages: number }).pages).toBeGreaterThan(0);
    expect(readFileSync(trace, 'utf8')).toContain('pdfjs-dist');
  });

  it('serves the library: renderCase, loadCaseFile, loadCases, checkPdf from the package name', () => {
    const script = `
      import * as gw from 'gongwen';
      const cases = await gw.loadCases([${JSON.stringify(fixture)}]);
      const fonts = await gw.loadFontSet();
      const r = await gw.renderCase(cases[0], { formats: ['pdf'], fonts });
      const report = await gw.checkPdf(r.outputs[0].bytes);
      console.log(JSON.stringify({ fns: ['renderCase', 'loadCaseFile', 'parseCases', 'checkPdf'].map((n) => typeof gw[n]), pages: r.plan.pageCount, checked: report.pages }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: folder, encoding: 'utf8' })) as {
      fns: string[];
      pages: number;
      checked: number;
    };
    expect(out.fns).toEqual(['function', 'function', 'function', 'function']);
    expect(out.checked).toBe(out.pages);
    const types = readFileSync(join(folder, 'node_modules', 'gongwen', 'dist', 'index.d.ts'), 'utf8');
    expect(types).toMatch(/export declare function loadCases/);
    expect(types).toMatch(/renderCase/);
  });

  it('serves the preview page, its scripts and pdf.js from the installed package', async () => {
    const bin = join(folder, 'node_modules', 'gongwen', 'bin', 'gongwen.js');
    const child = spawn(process.execPath, [bin, 'preview', join(repo, 'fixtures'), '--port', '0'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString('utf8');
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) done(found[0]);
        });
        child.on('exit', (code) => fail(new Error(`preview exited ${code}`)));
      });
      const page = await fetch(url);
      expect(await page.text()).toContain('<meta name="gongwen-token"');
      for (const path of ['assets/app.js', 'assets/pdfView.js', 'pdfjs/pdf.mjs', 'pdfjs/pdf.worker.mjs']) {
        expect((await fetch(url + path)).status, path).toBe(200);
      }
    } finally {
      child.kill('SIGINT');
    }
  });
});

/**
 * Many DOCX → PDF conversions in one soffice run (one start-up instead of one per document),
 * with the test fontconfig and a private profile, as test/support/libreoffice.ts does for one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FONTS_CONF } from '../support/libreoffice.ts';

/**
 * Converts in runs of `chunk` documents (each start-up of soffice costs 3–5 s). soffice may
 * exit 0 without writing some outputs (one run of ~1000 files once wrote only the first 247),
 * so every output is looked for: the missing ones are converted again in one run, then alone,
 * and a document still without its PDF is an error.
 * `fontconfig`: the FONTCONFIG_FILE LibreOffice sees (default: the test mapping to Noto CJK);
 * null leaves it unset, so LibreOffice substitutes the office faces on its own, as on a user's machine.
 */
export function docxToPdfBatch(docs: Record<string, Uint8Array>, chunk = 200, fontconfig: string | null = FONTS_CONF): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-batch-'));
  const convert = (files: string[]): void => {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { env: fontconfigEnv(fontconfig), stdio: 'pipe', timeout: 600_000 },
    );
  };
  try {
    const names = Object.keys(docs);
    const input = (name: string): string => join(dir, `${name}.docx`);
    const output = (name: string): string => join(dir, `${name}.pdf`);
    const missing = (): string[] => names.filter((name) => !existsSync(output(name)));
    for (const name of names) writeFileSync(input(name), docs[name]!);
    for (let i = 0; i < names.length; i += chunk) convert(names.slice(i, i + chunk).map(input));
    if (missing().length > 1) convert(missing().map(input));
    for (const name of missing()) convert([input(name)]);
    if (missing().length > 0) throw new Error(`soffice wrote no PDF for ${missing().join(', ')}`);
    return Object.fromEntries(names.map((name) => [name, readFileSync(output(name))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fontconfigEnv(fontconfig: string | null): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (fontconfig === null) delete env.FONTCONFIG_FILE;
  else env.FONTCONFIG_FILE = fontconfig;
  return env;
}

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
 * Converts in runs of `chunk` documents; a document a run failed to write is tried again alone.
 * `fontconfig`: the FONTCONFIG_FILE LibreOffice sees (default: the test mapping to Noto CJK);
 * null leaves it unset, so LibreOffice substitutes the office faces on its own, as on a user's machine.
 */
export function docxToPdfBatch(docs: Record<string, Uint8Array>, chunk = 25, fontconfig: string | null = FONTS_CONF): Record<string, Uint8Array> {
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
    for (const name of names) writeFileSync(input(name), docs[name]!);
    for (let i = 0; i < names.length; i += chunk) convert(names.slice(i, i + chunk).map(input));
    for (const name of names) if (!existsSync(output(name))) convert([input(name)]);
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

/**
 * DOCX → PDF with LibreOffice headless, for geometry tests. Each conversion runs in its own
 * temp dir with its own user profile (-env:UserInstallation), so parallel test files never
 * share a profile, and with FONTCONFIG_FILE pointing at test/support/fontconfig/fonts.conf,
 * which maps the office faces to Noto CJK. Tests call requireLibreOffice() first: without
 * soffice they FAIL with a message saying what to install, never pass silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const FONTS_CONF = fileURLToPath(new URL('./fontconfig/fonts.conf', import.meta.url));

function found(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return !result.error && result.status === 0;
}

export function hasLibreOffice(): boolean {
  return found('soffice', ['--version']);
}

export function hasPoppler(): boolean {
  return found('pdftotext', ['-v']) && found('pdftoppm', ['-v']);
}

/** Throws a clear error when soffice or poppler-utils are missing (the tests then fail loudly). */
export function requireLibreOffice(): void {
  const missing: string[] = [];
  if (!hasLibreOffice()) missing.push('LibreOffice (soffice; apt-get install libreoffice-writer)');
  if (!hasPoppler()) missing.push('poppler-utils (pdftotext, pdftoppm; apt-get install poppler-utils)');
  if (missing.length > 0) {
    throw new Error(`DOCX geometry tests need ${missing.join(' and ')}; not found on PATH. CI installs them in .ci/run.`);
  }
}

/** Converts DOCX bytes to PDF bytes with soffice --headless. */
export function docxToPdf(docx: Uint8Array, name = 'document'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-lo-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: 'pipe', timeout: 180_000 },
    );
    return readFileSync(join(dir, `${name}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

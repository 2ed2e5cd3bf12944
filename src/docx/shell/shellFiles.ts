/**
 * Builds gongwen's default Word shell in memory from the readable XML files in this folder
 * (no binary .docx is kept in the repository).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import PizZip from 'pizzip';
import { PACKAGE_ROOT } from '../../packageRoot.ts';

// The XML files stay in src/docx/shell/ (the package ships them there), also when running from dist/.
const SHELL_DIR = join(PACKAGE_ROOT, 'src', 'docx', 'shell');

/** Package parts: every .xml and .rels file under this folder, keyed by their path in the zip. */
export function readShellParts(dir: string = SHELL_DIR): Map<string, string> {
  const parts = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xml') || name.endsWith('.rels')) {
        parts.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dir);
  return parts;
}

let cachedParts: Map<string, string> | undefined;

/** The default shell as a fresh zip, ready for docxtemplater (the XML is read once per process). */
export function defaultShellZip(): PizZip {
  cachedParts ??= readShellParts();
  const zip = new PizZip();
  for (const [path, text] of cachedParts) zip.file(path, text);
  return zip;
}

/** The default shell as .docx bytes. */
export function defaultShellBytes(): Uint8Array {
  return defaultShellZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

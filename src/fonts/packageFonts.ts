/** Locates the open fonts shipped as npm dependencies (resolved, never hard-coded paths). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PackageFont } from './roles.ts';

const require = createRequire(import.meta.url);

export function packageFontPath(font: PackageFont): string {
  return join(dirname(require.resolve(`${font.packageName}/package.json`)), font.file);
}

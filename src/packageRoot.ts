/**
 * The package's root folder (package.json, templates/, src/docx/shell/). This module sits one
 * level below the root both as src/packageRoot.ts and as the built dist/packageRoot.js, so the
 * same URL works from a checkout, from dist/ and from an installed package.
 */
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));

#!/usr/bin/env node
// Starts the compiled CLI (dist/, built by `npm install` through the prepare script). A checkout
// that was never built falls back to running the TypeScript sources through tsx (a dev dependency).
import { existsSync } from 'node:fs';

process.env.GONGWEN_CLI = '1';
const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

/**
 * Writes gongwen's default Word shell to a .docx file, so an office can start its own shell
 * from ours (open it in Word, restyle, keep the tags; see ../SHELL.md).
 *   npm run build:shell -- [out.docx]      (default: output/gongwen-shell.docx)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultShellBytes } from './shellFiles.ts';

const out = resolve(process.argv[2] ?? 'output/gongwen-shell.docx');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, defaultShellBytes());
console.log(out);

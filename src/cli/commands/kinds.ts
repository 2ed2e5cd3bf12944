/** gongwen kinds: the document kinds with their Chinese names. */
import { kindNames } from '../../case/kindSchemas.ts';
import { KINDS } from '../../case/types.ts';

export function runKinds(options: { json: boolean }): number {
  const names = kindNames();
  if (options.json) {
    process.stdout.write(`${JSON.stringify(KINDS.map((kind) => ({ kind, name: names[kind] })), null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...KINDS.map((kind) => kind.length));
  for (const kind of KINDS) process.stdout.write(`${kind.padEnd(width)}  ${names[kind]}\n`);
  return 0;
}

/**
 * npm run mutate -- --n 2000 --seed 11: renders seeded mutations of every fixture in one
 * process (runMutations.ts) and prints the figures; exit 1 if any internal error, lost text
 * or stray file was found.
 */
import { runMutations } from './runMutations.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

const figures = await runMutations({ n: arg('n', 2000), seed: arg('seed', 11) });
const { internalErrors, lostText, strayFiles, ...summary } = figures;
console.log(JSON.stringify({ ...summary, internalErrors: internalErrors.length, lostText: lostText.length, strayFiles: strayFiles.length }, null, 2));
for (const e of internalErrors.slice(0, 20)) console.log(`internal error #${e.mutation} ${e.fixture} [${e.operations.join('; ')}]\n  ${e.error.split('\n').slice(0, 4).join('\n  ')}`);
for (const l of lostText.slice(0, 20)) console.log(`lost text #${l.mutation} ${l.fixture} ${l.format} [${l.operations.join('; ')}]: ${l.missing}`);
for (const s of strayFiles.slice(0, 20)) console.log(`stray file ${s}`);
process.exitCode = internalErrors.length + lostText.length + strayFiles.length > 0 ? 1 : 0;

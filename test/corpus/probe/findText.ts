/** Scratch: the case text around NEEDLE in a corpus case (`tsx findText.ts SEED INDEX NEEDLE`). */
import { generateCorpus } from '../generateCase.ts';
const [seed, index, needle] = process.argv.slice(2);
const { loaded } = generateCorpus(Number(index) + 1, Number(seed))[Number(index)]!;
const text = JSON.stringify(loaded.data);
const at = text.indexOf(needle!);
console.log(JSON.stringify(text.slice(at - 80, at + 60)));

/** Scratch: the plain text of the body paragraphs of corpus case SEED INDEX that contain NEEDLE (`tsx findParagraph.ts SEED INDEX NEEDLE`). */
import { buildDocument } from '../../../src/kinds/buildDocument.ts';
import type { Block, Inline } from '../../../src/model/types.ts';
import { generateCorpus } from '../generateCase.ts';

const [seed, index, needle = ''] = process.argv.slice(2);
const { loaded } = generateCorpus(Number(index) + 1, Number(seed))[Number(index)]!;
const doc = await buildDocument(loaded);
const inline = (xs: readonly Inline[]): string => xs.map((x) => ('value' in x ? x.value : 'children' in x ? inline(x.children as Inline[]) : '')).join('');
const walk = (blocks: readonly Block[]): void => {
  for (const b of blocks) {
    if ('children' in b && Array.isArray(b.children) && b.children.length && typeof b.children[0] === 'object' && 'type' in b.children[0]! && (b.type === 'paragraph' || b.type === 'heading')) {
      const t = inline(b.children as Inline[]);
      if (t.replace(/\s+/g, '').includes(needle)) console.log(JSON.stringify(b));
    } else if ('items' in b) walk((b as any).items.flatMap((i: any) => i.children ?? i));
    else if ('children' in b) walk((b as any).children);
  }
};
walk(doc.body);

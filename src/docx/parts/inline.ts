/** Inline content (text, strong, emphasis, breaks) → w:r runs. */
import type { Inline } from '../../model/types.ts';
import type { Xml } from '../xml.ts';
import { run, runWith, type RunStyle } from '../ooxml.ts';
import { element } from '../xml.ts';

export function inlineRuns(inlines: Inline[], base: RunStyle = {}): Xml[] {
  const runs: Xml[] = [];
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        if (node.value !== '') runs.push(run(node.value.replace(/\n/g, ' '), node.font ? { ...base, font: node.font } : base));
        break;
      case 'strong':
        runs.push(...inlineRuns(node.children, { ...base, bold: true }));
        break;
      case 'emphasis':
        runs.push(...inlineRuns(node.children, { ...base, italic: true }));
        break;
      case 'break':
        runs.push(runWith([element('w:br')], base));
        break;
    }
  }
  return runs;
}

/** The plain text of inline content (for measuring). */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((node) => (node.type === 'text' ? node.value : node.type === 'break' ? '\n' : inlineText(node.children)))
    .join('');
}

/**
 * mdast → document model blocks. One pass over the top-level nodes:
 * headings (numbered, run-in), paragraphs (with directives and Q/A labels), lists, tables,
 * and fallbacks for everything else (block quotes and footnotes unwrap, code and HTML print as
 * text, thematic breaks and definitions vanish).
 */
import type { Heading as MdHeading, Root, RootContent } from 'mdast';
import { TemplateError } from '../errors.ts';
import { applyToParagraph, mergeDirectives, parseDirective, type Directive } from './directives.ts';
import { createHeadingNumberer, type HeadingLevel } from './headingNumbering.ts';
import { inlineText, toInlines } from './inlines.ts';
import { listToBlock } from './lists.ts';
import { labelQaTurn } from './qaLabels.ts';
import { tableToBlock } from './tables.ts';
import type { Block, Heading, Paragraph } from './types.ts';

export interface MdastToBlocksOptions {
  /** Honour `<!-- key:value -->` directives (template output). Default true; false for user Markdown. */
  directives?: boolean;
  /** Set leading 问：/答： labels in 黑体 (talk records). Default false. */
  qaLabels?: boolean;
}

interface State {
  options: Required<MdastToBlocksOptions>;
  number: ReturnType<typeof createHeadingNumberer>;
  pending: Directive | undefined;
  out: Block[];
}

export function mdastToBlocks(tree: Root, options: MdastToBlocksOptions = {}): Block[] {
  const state: State = {
    options: { directives: options.directives ?? true, qaLabels: options.qaLabels ?? false },
    number: createHeadingNumberer(),
    pending: undefined,
    out: [],
  };
  convertAll(tree.children, state);
  if (state.pending) {
    throw new TemplateError({ zh: '模板指令后面没有段落或表格', en: 'a template directive is not followed by a paragraph or table' });
  }
  return state.out;
}

function convertAll(nodes: readonly RootContent[], state: State): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'heading') {
      const next = nodes[i + 1];
      const directive = takeDirective(state);
      if (directive && Object.keys(directive).some((k) => k !== 'runIn')) {
        throw new TemplateError({ zh: '标题前只能用 runin:no 指令', en: 'only the runin:no directive applies to a heading' });
      }
      const heading = headingBlock(node, state);
      if (!heading) continue;
      // Run-in: a heading ending with 。 takes the paragraph that follows it (unless runin:no).
      const runInAllowed = directive?.runIn !== false;
      if (runInAllowed && next?.type === 'paragraph' && inlineText(heading.children).trimEnd().endsWith('。')) {
        const runIn = toInlines(next.children);
        if (runIn.length > 0) heading.runIn = runIn;
        i++;
      }
      state.out.push(heading);
      continue;
    }
    convertNode(node, state);
  }
}

function takeDirective(state: State): Directive | undefined {
  const d = state.pending;
  state.pending = undefined;
  return d;
}

function convertNode(node: RootContent, state: State): void {
  switch (node.type) {
    case 'paragraph':
      pushParagraph(toInlines(node.children), state);
      return;
    case 'html': {
      const directive = state.options.directives ? parseDirective(node.value) : null;
      if (directive) state.pending = mergeDirectives(state.pending, directive);
      else pushParagraph([{ type: 'text', value: node.value }], state);
      return;
    }
    case 'list':
      noDirective(state, 'list');
      state.out.push(listToBlock(node));
      return;
    case 'table':
      state.out.push(tableToBlock(node, takeDirective(state)));
      return;
    case 'blockquote':
    case 'footnoteDefinition':
      convertAll(node.children, state);
      return;
    case 'code':
      pushParagraph(
        node.value.split('\n').flatMap((line, i) => (i === 0 ? [{ type: 'text' as const, value: line }] : [{ type: 'break' as const }, { type: 'text' as const, value: line }])),
        state,
      );
      return;
    case 'heading':
      // Only reached for headings nested where convertAll is not the caller; treat alike.
      convertAll([node], state);
      return;
    default:
      // thematicBreak, definition, yaml …: nothing to print.
      return;
  }
}

function noDirective(state: State, what: string): void {
  if (state.pending) {
    throw new TemplateError({ zh: `模板指令不能用于${what === 'list' ? '列表' : '标题'}`, en: `template directives do not apply to a ${what}` });
  }
}

function pushParagraph(children: Paragraph['children'], state: State): void {
  const directive = takeDirective(state);
  if (children.length === 0) return;
  let paragraph: Paragraph = { type: 'paragraph', children };
  if (state.options.qaLabels) paragraph = labelQaTurn(paragraph);
  state.out.push(applyToParagraph(paragraph, directive));
}

function headingBlock(node: MdHeading, state: State): Heading | null {
  const children = toInlines(node.children);
  const text = inlineText(children);
  if (text.trim() === '') return null;
  const level = Math.min(node.depth, 4) as HeadingLevel;
  return { type: 'heading', level, number: state.number(level, text), children };
}

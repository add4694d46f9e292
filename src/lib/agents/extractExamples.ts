import { findings, type Finding } from './diagnostics.ts';
import { parseExample, type AgentExample } from './parseExample.ts';

export type { AgentExample, ExampleTurn } from './parseExample.ts';

export interface SplitDescription {
  /** The "when to use" text: the description without its examples and without the "Examples:" lead-in. */
  summary: string;
  examples: AgentExample[];
  findings: Finding[];
}

interface Block {
  start: number;
  content: string;
  closed: boolean;
}

const openTag = /<example(?:\s[^>]*)?>/gi;
const closeTag = /<\/example\s*>/gi;
/** An "Examples:" lead-in at the end of the text before the first example. */
const leadIn =
  /(?:^|(?<=[\s.!?;,]))(?:(?:here\s+are\s+)?(?:some\s+)?(?:usage\s+)?examples?(?:\s+(?:usage|include|of\b[^.:\n<]{0,80}|when\b[^.:\n<]{0,80}|where\b[^.:\n<]{0,80}))?|for\s+(?:example|instance)|e\.g\.|specifically)\s*:?\s*$/i;
/** Text between or around examples that is only list markers and space. */
const onlyMarkers = /^[\s\-*•]*$/;
/** A list marker left at the end of the text before an example (`Examples:\n- <example>`). */
const trailingMarker = /\s[-*•]\s*$/;

/**
 * Splits a description into its summary and its `<example>` blocks, whatever their form: one per line or all
 * on one line, closed or not, with text after the last one (kept in the summary, after a blank line).
 * `lineAt(offset)` maps an offset in `description` to a line in the file, for diagnostics.
 *
 * @example splitDescription('Use it for SQL. Examples: <example>user: "hi" assistant: "ok"</example>', () => 3)
 *   // { summary: 'Use it for SQL.', examples: [{ turns: [user "hi", assistant "ok"] }], findings: [] }
 */
export function splitDescription(description: string, lineAt: (offset: number) => number): SplitDescription {
  const { blocks, outside } = findExampleBlocks(description, description);
  if (blocks.length === 0) return { summary: description.trim(), examples: [], findings: [] };
  const [before = '', ...after] = outside;
  const summary = [before.replace(trailingMarker, '').replace(leadIn, ''), ...after]
    .filter((text) => !onlyMarkers.test(text))
    .map((text) => text.trim())
    .join('\n\n');
  const found = blocks.flatMap((block, index) => (block.closed ? [] : [findings.unclosedExample(lineAt(block.start), index + 1)]));
  return { summary, examples: blocks.map((block) => parseExample(block.content)), findings: found };
}

/**
 * Finds delegation examples written in the system prompt instead of the description. Code blocks and inline
 * code are ignored, and a block counts only if it reads as a conversation (it has a turn or a context).
 */
export function extractBodyExamples(body: string, bodyLine: number): { examples: AgentExample[]; findings: Finding[] } {
  const { blocks } = findExampleBlocks(body, maskCode(body));
  const examples: AgentExample[] = [];
  const found: Finding[] = [];
  // Lines counted from the last block on, not from the start for each.
  let line = bodyLine;
  let counted = 0;
  for (const block of blocks) {
    const example = parseExample(block.content);
    if (example.turns.length === 0) continue;
    examples.push(example);
    if (block.closed) continue;
    line += countNewlines(body, counted, block.start);
    counted = block.start;
    found.push(findings.unclosedExample(line, examples.length));
  }
  return { examples, findings: found };
}

/** Finds `<example>` blocks in `searchable` (the text, possibly with code masked) and cuts them from `text`. */
function findExampleBlocks(text: string, searchable: string): { blocks: Block[]; outside: string[] } {
  const blocks: Block[] = [];
  const outside: string[] = [];
  let cursor = 0;
  openTag.lastIndex = 0;
  let open = openTag.exec(searchable);
  // The first end tag at or after a point, searched again only past the last one found: a text of thousands of
  // examples never closed would otherwise be read to its end once for each.
  let close: RegExpExecArray | null = null;
  let closeSearchedFrom = -1;
  while (open) {
    outside.push(text.slice(cursor, open.index));
    const contentStart = open.index + open[0].length;
    if (closeSearchedFrom < 0 || (close !== null && close.index < contentStart)) {
      closeTag.lastIndex = contentStart;
      close = closeTag.exec(searchable);
      closeSearchedFrom = contentStart;
    }
    openTag.lastIndex = contentStart;
    const next = openTag.exec(searchable);
    const closing = close;
    const closed = closing !== null && (next === null || closing.index < next.index);
    const end = closed ? closing.index : (next?.index ?? text.length);
    blocks.push({ start: open.index, content: text.slice(contentStart, end), closed });
    cursor = closed ? closing.index + closing[0].length : end;
    openTag.lastIndex = cursor;
    open = openTag.exec(searchable);
  }
  outside.push(text.slice(cursor));
  return { blocks, outside };
}

/** Replaces fenced code blocks and inline code with spaces, keeping every offset and newline in place. */
function maskCode(text: string): string {
  const blank = (part: string): string => part.replace(/[^\n]/g, ' ');
  return text
    // The fence's whole run (not one of its shorter starts, which a long line of backticks would try one by one).
    .replace(/^([ \t]*)(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

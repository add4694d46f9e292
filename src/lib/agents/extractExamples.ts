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
  for (const block of blocks) {
    const example = parseExample(block.content);
    if (example.turns.length === 0) continue;
    examples.push(example);
    if (!block.closed) found.push(findings.unclosedExample(bodyLine + countNewlines(body, block.start), examples.length));
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
  while (open) {
    outside.push(text.slice(cursor, open.index));
    const contentStart = open.index + open[0].length;
    closeTag.lastIndex = contentStart;
    const close = closeTag.exec(searchable);
    openTag.lastIndex = contentStart;
    const next = openTag.exec(searchable);
    const closed = close !== null && (next === null || close.index < next.index);
    const end = closed ? close.index : (next?.index ?? text.length);
    blocks.push({ start: open.index, content: text.slice(contentStart, end), closed });
    cursor = closed ? close.index + close[0].length : end;
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
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]*\2[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

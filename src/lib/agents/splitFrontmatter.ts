export interface FrontmatterBlock {
  /** The frontmatter text between the two delimiter lines (dedented when the block was indented). */
  yaml: string;
  /** 1-based line of the opening `---`. */
  openLine: number;
  /** 1-based line of the closing dashes, or null when the block is never closed. */
  closeLine: number | null;
  /** Text after the closing line: the agent's system prompt. Empty when the block is unclosed. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** A language after the opening dashes (`---js`), or '' for plain YAML. */
  language: string;
  /** Whether the delimiter lines are indented. */
  indented: boolean;
}

const opening = /^([ \t]*)---([A-Za-z]*)[ \t]*$/;

/**
 * Finds the frontmatter the way real files write it: the first non-blank line is `---` (possibly indented,
 * possibly after blank lines, which Claude Code does not accept but we recover), and the block ends at the
 * next line of three or more dashes (a 56-dash line closes it too). Returns null when the file has no
 * frontmatter at all (a README or notes).
 *
 * @example splitFrontmatter('---\nname: a\n---\nBody').body === 'Body'
 */
export function splitFrontmatter(text: string): FrontmatterBlock | null {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  const open = opening.exec(lines[first] ?? '');
  if (!open) return null;
  const indent = open[1]!;
  const closing = indent === '' ? /^-{3,}[ \t]*$/ : /^[ \t]*-{3,}[ \t]*$/;
  let close = first + 1;
  while (close < lines.length && !closing.test(lines[close]!)) close++;
  const closed = close < lines.length;
  const yamlLines = lines.slice(first + 1, close);
  return {
    yaml: (indent === '' ? yamlLines : dedent(yamlLines, indent.length)).join('\n'),
    openLine: first + 1,
    closeLine: closed ? close + 1 : null,
    body: closed ? lines.slice(close + 1).join('\n') : '',
    bodyLine: closed ? close + 2 : lines.length + 1,
    language: open[2]!.toLowerCase(),
    indented: indent !== '',
  };
}

/** Removes up to `width` leading whitespace characters from each line. */
function dedent(lines: readonly string[], width: number): string[] {
  return lines.map((line) => line.replace(new RegExp(`^[ \\t]{0,${width}}`), ''));
}

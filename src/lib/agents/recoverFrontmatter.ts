import { parseStrictYaml } from './strictYaml.ts';

export interface RecoveredFields {
  data: Record<string, unknown>;
  /** 0-based line within the frontmatter where each recovered key starts. */
  lines: Record<string, number>;
}

const fieldStart = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;

/**
 * Our recovery for a frontmatter that Claude Code would skip: a line-based reading in which only a known key
 * at column 1 starts a field and every other line continues the field before it. Inside an `<example>` no
 * line starts a field, so `user: "..."` and `assistant: "..."` stay in the description. Each field is then
 * parsed as YAML on its own, and taken as plain text when even that fails.
 *
 * @example recoverFrontmatter('name: a\ndescription: x\nuser: "hi"', new Set(['name', 'description'])).data
 *   // { name: 'a', description: 'x\nuser: "hi"' }
 */
export function recoverFrontmatter(yaml: string, knownKeys: ReadonlySet<string>): RecoveredFields {
  const chunks: { key: string; index: number; lines: string[] }[] = [];
  let inExample = false;
  yaml.split('\n').forEach((line, index) => {
    const start = inExample ? null : fieldStart.exec(line);
    if (start && knownKeys.has(start[1]!)) {
      chunks.push({ key: start[1]!, index, lines: [line] });
    } else {
      chunks.at(-1)?.lines.push(line);
    }
    inExample = exampleStateAfter(line, inExample);
  });

  const data: Record<string, unknown> = {};
  const lines: Record<string, number> = {};
  for (const chunk of chunks) {
    data[chunk.key] = chunkValue(chunk.key, chunk.lines);
    lines[chunk.key] = chunk.index;
  }
  return { data, lines };
}

/** Whether the text after `line` is inside an `<example>` block. */
function exampleStateAfter(line: string, inside: boolean): boolean {
  const tags = line.match(/<\/?example>/gi);
  return tags ? !tags.at(-1)!.startsWith('</') : inside;
}

function chunkValue(key: string, lines: readonly string[]): unknown {
  const parsed = parseStrictYaml(lines.join('\n'));
  if (parsed.ok && isRecord(parsed.value) && key in parsed.value) return parsed.value[key];
  const text = [lines[0]!.slice(lines[0]!.indexOf(':') + 1), ...lines.slice(1)].join('\n').trim();
  return unquote(text);
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

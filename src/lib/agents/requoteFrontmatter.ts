export interface Requoted {
  /** The frontmatter with the risky values wrapped in double quotes. */
  yaml: string;
  /** The keys whose values were wrapped, with their 0-based line within the frontmatter. */
  changed: { key: string; index: number }[];
}

/** A top-level `key: value` line, as Claude Code's retry matches it (keys of letters, `_` and `-`). */
const keyValueLine = /^([a-zA-Z_-]+):\s+(.+)$/;
/** Values containing `: ` or one of these characters are the ones YAML may read as something else. */
const risky = /: |[{}[\]*&#!|>%@`]/;

/**
 * Claude Code's second attempt at a frontmatter that is not valid YAML: every single-line top-level
 * `key: value` whose value is not already quoted and contains `: ` or one of `{}[]*&#!|>%@` and backtick
 * is wrapped in double quotes (with `\` and `"` escaped). The caller parses the result again.
 *
 * @example requoteFrontmatter('description: Use it. Examples: a').yaml === 'description: "Use it. Examples: a"'
 */
export function requoteFrontmatter(yaml: string): Requoted {
  const changed: Requoted['changed'] = [];
  const lines = yaml.split('\n').map((line, index) => {
    const match = keyValueLine.exec(line);
    if (!match) return line;
    const key = match[1]!;
    const value = match[2]!;
    const quoted = (value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"));
    if (quoted || !risky.test(value)) return line;
    changed.push({ key, index });
    return `${key}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return { yaml: lines.join('\n'), changed };
}

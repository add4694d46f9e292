/**
 * Splits a tool or skill list the way authors write it: commas and/or spaces between names, or a YAML list
 * (whose items may themselves hold commas). Separators inside parentheses are kept, so `Agent(a, b)` and
 * `Bash(git diff:*)` stay whole. Duplicates and empty names are dropped; order is kept.
 *
 * @example splitNameList('Read, Grep Glob, Agent(a, b)') // ['Read', 'Grep', 'Glob', 'Agent(a, b)']
 */
export function splitNameList(value: string | readonly (string | number)[]): string[] {
  const parts = typeof value === 'string' ? splitTopLevel(value) : value.flatMap((item) => splitTopLevel(String(item)));
  return [...new Set(parts)];
}

function splitTopLevel(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || /\s/.test(char))) {
      if (current) names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) names.push(current);
  return names;
}

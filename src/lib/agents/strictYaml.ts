import matter from 'gray-matter';

/**
 * gray-matter evaluates `---js` and `---coffee` frontmatter with `eval`. Agent files come from strangers,
 * so those engines are replaced, for the whole process, by ones that refuse.
 */
const refuse = (): never => {
  throw new Error('Executable frontmatter is refused.');
};
for (const language of ['js', 'javascript', 'coffee', 'coffeescript', 'cson']) {
  matter.engines[language] = { parse: refuse, stringify: refuse };
}

interface YamlEngine {
  parse(text: string): unknown;
}
/** gray-matter's YAML engine: js-yaml 3 `safeLoad` (missing from gray-matter's type declarations). */
const yamlEngine = (matter.engines as unknown as { yaml: YamlEngine }).yaml;

export type StrictYamlResult = { ok: true; value: unknown } | { ok: false; reason: string; line: number };

interface YamlException {
  reason?: string;
  message: string;
  mark?: { line: number };
}

/**
 * Parses YAML strictly with gray-matter's engine, as Claude Code's first attempt does.
 * On failure, returns js-yaml's reason and the 1-based line within `text`.
 *
 * @example parseStrictYaml('a: b: c') // { ok: false, reason: 'bad indentation of a mapping entry', line: 1 }
 */
export function parseStrictYaml(text: string): StrictYamlResult {
  try {
    return { ok: true, value: yamlEngine.parse(text) };
  } catch (error) {
    const failure = error as YamlException;
    return { ok: false, reason: failure.reason ?? failure.message, line: (failure.mark?.line ?? 0) + 1 };
  }
}

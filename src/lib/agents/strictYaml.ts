import matter from 'gray-matter';

/**
 * gray-matter evaluates `---js` and `---coffee` frontmatter with `eval`. Agent files come from strangers,
 * so those engines are replaced, for the whole process, by ones that refuse.
 */
const refuse = (): never => {
  throw new Error('Executable frontmatter is refused.');
};
interface Engine {
  parse(text: string): unknown;
  stringify?(data: unknown): string;
}
/** gray-matter's engines by language (missing from its type declarations). */
const engines = (matter as unknown as { engines: Record<string, Engine> }).engines;
for (const language of ['js', 'javascript', 'coffee', 'coffeescript', 'cson']) {
  engines[language] = { parse: refuse, stringify: refuse };
}

/** gray-matter's YAML engine: js-yaml 3 `safeLoad`. */
const yamlEngine = engines['yaml']!;

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

/**
 * Agent references in guides: `<AgentLink name="backend-expert" />` and `<AgentCard name="..." example={2} />`
 * in MDX. Each is checked before the guide is built, so that a guide never links an agent that is not there;
 * a broken reference fails the build with the guide's file and line.
 */

export const agentComponents = ['AgentLink', 'AgentCard'] as const;
export type AgentComponent = (typeof agentComponents)[number];

export interface AgentReference {
  component: AgentComponent;
  /** The `name` attribute, or null when it is missing or an expression the check cannot read. */
  name: string | null;
  /** The `example` attribute (1-based), if any; NaN when it is not a whole number. */
  example: number | null;
  /** 1-based line and column of the `<` in the file. */
  line: number;
  column: number;
}

const attribute = (attributes: string, key: string): string | null | undefined => {
  const match = new RegExp(`(?:^|\\s)${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)'|(\\d+))\\s*\\}|(\\{))`).exec(attributes);
  if (!match) return undefined;
  if (match[6]) return null;
  return match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? null;
};

/** Every agent component in an MDX source (outside fenced code blocks), with its position. */
export function findAgentReferences(source: string): AgentReference[] {
  // Code blocks show components as text: blank them out, keeping every line break so positions stay true.
  const text = source.replace(/^(`{3,}(?!`)|~{3,}(?!~))[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
  const references: AgentReference[] = [];
  for (const match of text.matchAll(/<(AgentLink|AgentCard)\b([^>]*?)\/?>/g)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const attributes = match[2] ?? '';
    const name = attribute(attributes, 'name');
    const example = attribute(attributes, 'example');
    references.push({
      component: match[1] as AgentComponent,
      name: name ?? null,
      example: example === undefined || example === null ? null : /^\d+$/.test(example) ? Number(example) : Number.NaN,
      line,
      column,
    });
  }
  return references;
}

/** What a guide can reference: each agent by its name (or slug), with its number of examples. */
export interface ReferableAgent {
  name: string;
  slug: string;
  examples: number;
}

/** Finds the agent a reference names: by its name, else by its page slug. */
export function findAgent<T extends ReferableAgent>(agents: readonly T[], name: string): T | undefined {
  return agents.find((agent) => agent.name === name) ?? agents.find((agent) => agent.slug === name);
}

/**
 * The broken references of one guide, as `file:line:column: message` lines: a missing or unreadable name, an
 * agent that is not in the catalogue, an example it does not have.
 */
export function checkAgentReferences(file: string, source: string, agents: readonly ReferableAgent[]): string[] {
  const problems: string[] = [];
  for (const reference of findAgentReferences(source)) {
    const at = `${file}:${reference.line}:${reference.column}: <${reference.component}>`;
    if (reference.name === null) {
      problems.push(`${at} needs a name written as text, e.g. name="backend-expert", so that the build can check it.`);
      continue;
    }
    const agent = findAgent(agents, reference.name);
    if (!agent) {
      problems.push(`${at} names the agent "${reference.name}", which is not in the catalogue. Fix the name, or add the agent to the agents folder.`);
      continue;
    }
    if (reference.example !== null && !(Number.isInteger(reference.example) && reference.example >= 1 && reference.example <= agent.examples)) {
      const has = agent.examples === 0 ? 'has no examples' : agent.examples === 1 ? 'has 1 example' : `has ${agent.examples} examples`;
      problems.push(`${at} points to example ${Number.isNaN(reference.example) ? '(not a number)' : reference.example} of "${agent.name}", which ${has}.`);
    }
  }
  return problems;
}

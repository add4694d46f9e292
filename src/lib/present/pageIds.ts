/** The ids of the agent page's own parts; a heading of the system prompt never takes one of them. */
export const pageIds = {
  main: 'main',
  examples: 'examples',
  prompt: 'system-prompt',
  details: 'details',
  claudeCode: 'claude-code',
  contents: 'contents',
  file: 'file',
  install: 'install',
  similar: 'similar-agents',
} as const;

const taken = new Set<string>(Object.values(pageIds));

/** The anchor of the agent's N-th example (from 1): a stable permalink teams paste into their docs. */
export const exampleId = (n: number): string => `example-${n}`;

/** Whether an id belongs to the page around the system prompt. */
export function isPageId(id: string): boolean {
  return taken.has(id) || /^example-\d+(-title)?$/.test(id) || id.startsWith('site-');
}

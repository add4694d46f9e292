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
  installProject: 'install-project',
  installUser: 'install-user',
  installPlugin: 'install-plugin',
  markdownLink: 'markdown-link',
  similar: 'similar-agents',
  listedDescription: 'listed-description',
} as const;

const taken = new Set<string>(Object.values(pageIds));

/** The anchor of the agent's N-th example (from 1): a stable permalink teams paste into their docs. */
export const exampleId = (n: number): string => `example-${n}`;

/** Whether an id belongs to the page around the system prompt: one of the above, or its heading's or label's. */
export function isPageId(id: string): boolean {
  return taken.has(id.replace(/-(title|label)$/, '')) || /^example-\d+(-title)?$/.test(id) || id.startsWith('site-');
}

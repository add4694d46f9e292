import { describe, expect, it } from 'vitest';
import { checkAgentReferences, findAgentReferences } from '../../src/lib/guides/agentReferences.ts';

const agents = [
  { name: 'backend-expert', slug: 'backend-expert', examples: 3 },
  { name: 'Data Helper', slug: 'data-helper', examples: 0 },
];

describe('agent references in guides', () => {
  it('finds each component with its name, example and position', () => {
    const source = '---\ntitle: T\n---\n\nAsk <AgentLink name="backend-expert" />.\n\n<AgentCard\n  name=\'data-helper\'\n  example={2}\n/>\n';
    expect(findAgentReferences(source)).toEqual([
      { component: 'AgentLink', name: 'backend-expert', example: null, line: 5, column: 5 },
      { component: 'AgentCard', name: 'data-helper', example: 2, line: 7, column: 1 },
    ]);
  });
  it('reads names written as string expressions, and marks other expressions as unreadable', () => {
    expect(findAgentReferences('<AgentLink name={"backend-expert"} example="1" /> <AgentLink name={agent} />').map((ref) => [ref.name, ref.example])).toEqual([
      ['backend-expert', 1],
      [null, null],
    ]);
  });
  it('leaves out components shown inside code blocks', () => {
    expect(findAgentReferences('```mdx\n<AgentLink name="nobody" />\n```\n\n<AgentLink name="backend-expert" />')).toEqual([
      expect.objectContaining({ name: 'backend-expert', line: 5 }),
    ]);
  });
  it('accepts an agent by its name or its slug, and a link text between the tags', () => {
    expect(checkAgentReferences('guide.mdx', '<AgentLink name="Data Helper" /> <AgentLink name="data-helper">the helper</AgentLink> <AgentCard name="backend-expert" example={3} />', agents)).toEqual([]);
  });
  it('reports a missing agent, a missing example and an unreadable name with file, line and column', () => {
    expect(checkAgentReferences('src/docs/g.mdx', 'Text\n  <AgentLink name="frontend-wizard" />\n<AgentCard name="backend-expert" example={4} />\n<AgentLink name="data-helper" example={1} />\n<AgentCard name={x} />', agents)).toEqual([
      'src/docs/g.mdx:2:3: <AgentLink> names the agent "frontend-wizard", which is not in the catalogue. Fix the name, or add the agent to the agents folder.',
      'src/docs/g.mdx:3:1: <AgentCard> points to example 4 of "backend-expert", which has 3 examples.',
      'src/docs/g.mdx:4:1: <AgentLink> points to example 1 of "Data Helper", which has no examples.',
      'src/docs/g.mdx:5:1: <AgentCard> needs a name written as text, e.g. name="backend-expert", so that the build can check it.',
    ]);
  });
});

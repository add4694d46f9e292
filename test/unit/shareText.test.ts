import { describe, expect, it } from 'vitest';
import { installCommands, markdownLink, shellWord } from '../../src/lib/present/shareText.ts';

describe('install commands', () => {
  it('fetch the raw file into the project or the user folder with curl', () => {
    expect(installCommands('https://agents.example.com/team/catalog/agents/backend-expert.md', 'backend-expert')).toEqual({
      project: 'mkdir -p .claude/agents && curl -fsSL https://agents.example.com/team/catalog/agents/backend-expert.md -o .claude/agents/backend-expert.md',
      user: 'mkdir -p ~/.claude/agents && curl -fsSL https://agents.example.com/team/catalog/agents/backend-expert.md -o ~/.claude/agents/backend-expert.md',
    });
  });
  it('quote an address the shell would read otherwise', () => {
    expect(shellWord("https://x.example/a b/it's.md")).toBe(`'https://x.example/a b/it'\\''s.md'`);
    expect(shellWord('https://x.example/a?b=1&c=2')).toBe(`'https://x.example/a?b=1&c=2'`);
  });
});

describe('Markdown links', () => {
  it('write [name](url)', () => expect(markdownLink('backend-expert', 'https://a.example/agents/backend-expert/')).toBe('[backend-expert](https://a.example/agents/backend-expert/)'));
  it('escape brackets in the text and parentheses in the address', () =>
    expect(markdownLink('a [b] *c*', 'https://a.example/x(1)/')).toBe('[a \\[b\\] \\*c\\*](https://a.example/x%281%29/)'));
});

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { installAllCommands, installCommands, installSet, markdownLink, shellWord } from '../../src/lib/present/shareText.ts';
import { serveStatic } from '../support/staticServer.ts';

const curl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('No curl found: the test that runs the install-all command is skipped.');
    return false;
  }
})();

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

describe('install-all commands', () => {
  const urls = ['https://a.example/agents/x.md', "https://a.example/agents/it's.md"];
  it('fetch every file into the project or the user folder with one curl', () =>
    expect(installAllCommands(urls)).toEqual({
      project: `curl -fsSL --create-dirs --output-dir .claude/agents --remote-name-all https://a.example/agents/x.md 'https://a.example/agents/it'\\''s.md'`,
      user: `curl -fsSL --create-dirs --output-dir ~/.claude/agents --remote-name-all https://a.example/agents/x.md 'https://a.example/agents/it'\\''s.md'`,
    }));

  it('leave out the agents Claude Code would skip or cannot run, those whose files hide text, and every file of a name but the first', () => {
    const cards = [
      { slug: 'reviewer', name: 'reviewer', verdict: 'loads' },
      { slug: 'reviewer-2', name: 'reviewer', verdict: 'loads-after-requote' },
      { slug: 'reviewer-3', name: 'reviewer', verdict: 'skipped' },
      { slug: 'broken', name: 'broken', verdict: 'loads-without-fields' },
      { slug: 'writer', name: 'writer', verdict: 'loads' },
      { slug: 'writer-upper', name: 'Writer', verdict: null },
      { slug: 'copilot', name: 'copilot', verdict: 'cannot-run' },
      { slug: 'sneaky', name: 'sneaky', verdict: 'loads', hiddenText: true },
    ] as const;
    expect(installSet(cards)).toEqual({ agents: [cards[0], cards[4], cards[5]], skipped: 2, cannotRun: 1, hiddenText: 1, sameName: 1 });
  });

  it.skipIf(!curl)('install each file under its own name when run', async () => {
    const work = mkdtempSync(join(tmpdir(), 'install-all-'));
    mkdirSync(join(work, 'site/agents'), { recursive: true });
    for (const slug of ['data-engineer', 'sql-pro']) writeFileSync(join(work, 'site/agents', `${slug}.md`), `---\nname: ${slug}\n---\n`);
    const site = await serveStatic(join(work, 'site'));
    try {
      mkdirSync(join(work, 'project'));
      const { project } = installAllCommands(['data-engineer', 'sql-pro'].map((slug) => `${site.url}agents/${slug}.md`));
      // Not execFileSync: the server answering curl runs in this process.
      await promisify(execFile)('sh', ['-c', project], { cwd: join(work, 'project'), timeout: 20_000 });
      expect(readdirSync(join(work, 'project/.claude/agents')).sort()).toEqual(['data-engineer.md', 'sql-pro.md']);
      expect(readFileSync(join(work, 'project/.claude/agents/sql-pro.md'), 'utf8')).toBe('---\nname: sql-pro\n---\n');
    } finally {
      await site.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('Markdown links', () => {
  it('write [name](url)', () => expect(markdownLink('backend-expert', 'https://a.example/agents/backend-expert/')).toBe('[backend-expert](https://a.example/agents/backend-expert/)'));
  it('escape brackets in the text and parentheses in the address', () =>
    expect(markdownLink('a [b] *c*', 'https://a.example/x(1)/')).toBe('[a \\[b\\] \\*c\\*](https://a.example/x%281%29/)'));
});

import { describe, expect, it } from 'vitest';
import { agentSummaryLine, byName, categoryOf, clipLine, humaniseCategory, modelNames, modelOf, oneLineSummary, otherFields, runtimeFields, toolAccess } from '../../src/lib/present/agentFacts.ts';
import { settingRows } from '../../src/lib/present/agentSettings.ts';

describe('humaniseCategory', () => {
  it('drops a leading number and capitalises words', () => expect(humaniseCategory('01-core-development')).toBe('Core Development'));
  it('keeps the casing of known acronyms', () => expect(humaniseCategory('data-ai')).toBe('Data AI'));
  it('keeps a name already written with capitals', () => expect(humaniseCategory('Data & ML')).toBe('Data & ML'));
  it('treats underscores and spaces as separators', () => expect(humaniseCategory('devops_infrastructure')).toBe('DevOps Infrastructure'));
});

describe('runtimeFields', () => {
  it('runs an agent with its own fields, or with none when Claude Code cannot read them', () => {
    const fields = { tools: ['Read'], model: 'haiku', color: 'red' as const };
    expect(runtimeFields({ fields })).toBe(fields);
    const none = runtimeFields({ fields, claudeCodeFallback: { name: 'flaky-test-hunter', description: 'Agent from review plugin' } });
    expect([toolAccess(none).kind, modelOf(none).stated, none.color]).toEqual(['all', false, undefined]);
  });
});

describe('categoryOf', () => {
  it('takes the category field first', () => expect(categoryOf({ extra: { category: 'Data & ML' }, folder: 'x' })).toEqual({ slug: 'data-ml', name: 'Data & ML' }));
  it('else takes the deepest folder', () => expect(categoryOf({ extra: {}, folder: 'specialized/react' })).toEqual({ slug: 'react', name: 'React' }));
  it('puts agents at the top of the folder in General', () => expect(categoryOf({ extra: {}, folder: '' })).toEqual({ slug: 'general', name: 'General' }));
  it('takes no category from a .claude/agents folder, but from the project folder above it', () => {
    expect(categoryOf({ extra: {}, folder: '.claude/agents' })).toEqual({ slug: 'general', name: 'General' });
    expect(categoryOf({ extra: {}, folder: '.claude/agents/review' }).slug).toBe('review');
    expect(categoryOf({ extra: {}, folder: 'packages/web/.claude/agents' }).slug).toBe('web');
  });
  it('keeps a category in another script by its name, at an address made from a digest of it', () => {
    const field = categoryOf({ extra: { category: 'データ' }, folder: '' });
    expect(field).toEqual({ slug: expect.stringMatching(/^category-[0-9a-f]{8}$/), name: 'データ' });
    expect(categoryOf({ extra: {}, folder: 'チーム/データ' })).toEqual(field);
    expect(categoryOf({ extra: {}, folder: 'チーム' }).slug).not.toBe(field.slug);
  });
  it('ignores a category that is not text or has no letters', () => {
    expect(categoryOf({ extra: { category: ['a'] }, folder: 'web' }).slug).toBe('web');
    expect(categoryOf({ extra: { category: '<>' }, folder: 'web' }).slug).toBe('web');
  });
  it('makes a slug no markup can escape', () => expect(categoryOf({ extra: { category: '<script>x</script>Data' }, folder: '' }).slug).toBe('script-x-script-data'));
});

describe('toolAccess', () => {
  it('says an agent without tools inherits all tools', () => expect(toolAccess({})).toMatchObject({ kind: 'all', label: 'all tools' }));
  it('reads * as all tools', () => expect(toolAccess({ tools: ['*'] }).kind).toBe('all'));
  it('counts listed tools', () => expect(toolAccess({ tools: ['Read', 'Grep', 'Glob'] })).toMatchObject({ kind: 'some', label: '3 tools' }));
  it('takes disallowed tools away', () => {
    expect(toolAccess({ disallowedTools: ['Write', 'Edit'] }).label).toBe('all tools but 2');
    expect(toolAccess({ tools: ['Read', 'Write'], disallowedTools: ['Write'] })).toMatchObject({ tools: ['Read'], label: '1 tool' });
  });
  it('reads an empty list as Claude Code does: every tool, as without the field', () => expect(toolAccess({ tools: [] })).toMatchObject({ kind: 'all', label: 'all tools' }));
  it('says no tools when disallowedTools takes away every listed one', () => expect(toolAccess({ tools: ['Read'], disallowedTools: ['Read'] }).label).toBe('no tools'));
});

describe('modelOf', () => {
  it('reads an absent model as inherited', () => expect(modelOf({})).toEqual({ value: 'inherit', slug: 'inherit', stated: false }));
  it('slugifies full model ids for filters', () => expect(modelOf({ model: 'claude-sonnet-4.5' })).toEqual({ value: 'claude-sonnet-4.5', slug: 'claude-sonnet-4-5', stated: true }));
});

describe('modelNames', () => {
  const names = (...written: string[]) => Object.fromEntries(modelNames(written.map((model) => modelOf({ model }))));
  it('lists a model written several ways once, by the way that is its own slug', () =>
    expect(names('Claude Sonnet 4.5', 'Claude Sonnet 4.5', 'claude-sonnet-4-5', 'sonnet')).toEqual({ 'claude-sonnet-4-5': 'claude-sonnet-4-5', sonnet: 'sonnet' }));
  it('otherwise by the way most files write it, then the first in code-point order', () => {
    expect(names('Claude Sonnet 4', 'claude sonnet 4', 'Claude Sonnet 4')).toEqual({ 'claude-sonnet-4': 'Claude Sonnet 4' });
    expect(names('Claude Opus 4', 'Claude opus 4')).toEqual({ 'claude-opus-4': 'Claude Opus 4' });
  });
});

describe('agentSummaryLine', () => {
  it('is the summary in one line', () => expect(agentSummaryLine({ summary: 'Reviews code.\n\nMore.', examples: [] })).toBe('Reviews code.'));
  it('says so when the description holds only examples, or nothing', () => {
    expect(agentSummaryLine({ summary: ' \n', examples: [{}] })).toBe('Its description holds only examples of when Claude delegates to it.');
    expect(agentSummaryLine({ summary: '', examples: [] })).toBe('Its description is empty.');
  });
});

describe('clipLine', () => {
  it('keeps a line that fits, and cuts a longer one at a space in its second half, with an ellipsis', () =>
    expect([clipLine('one two three', 13), clipLine('one two three', 9), clipLine('one two, three', 9)]).toEqual(['one two three', 'one two…', 'one two…']));
  it('cuts a line without such a space within it, never within a character', () =>
    expect([clipLine('abcdefghij', 5), clipLine('a b 😀😀😀😀', 8)]).toEqual(['abcd…', 'a b 😀…']));
  it('cuts a description of a million characters to the length asked', () => expect(clipLine('word '.repeat(200_000), 1000)).toHaveLength(1000));
});

describe('oneLineSummary', () => {
  it('ends at the first sentence long enough to say something', () =>
    expect(oneLineSummary('Reviews code. Use it after every change to a module.\n\nMore.')).toBe('Reviews code. Use it after every change to a module.'));
  it('keeps only the first paragraph', () => expect(oneLineSummary('First line\nwraps here\n\nSecond paragraph')).toBe('First line wraps here'));
  it('cuts long text at a word with an ellipsis', () => {
    const cut = oneLineSummary('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});

describe('otherFields', () => {
  it('lists the fields Claude Code does not use, lists joined and maps as JSON', () =>
    expect(otherFields({ extra: { tags: ['a', 'b'], hooks2: { x: 1 }, category: 'c' } })).toEqual([
      { key: 'tags', value: 'a, b' },
      { key: 'hooks2', value: '{"x":1}' },
    ]));
});

describe('settingRows', () => {
  it('says what each of Claude Code’s other settings does, in the panel’s order', () =>
    expect(
      settingRows(
        {
          initialPrompt: 'Start with the failing test.',
          omitClaudeMd: true,
          maxTurns: 1,
          effort: 'high',
          memory: 'project',
          background: false,
          isolation: 'worktree',
          mcpServers: ['github', { linear: { command: 'npx' } }],
          hooks: { PreToolUse: [], Stop: [] },
          experimental: { cacheTtl: '1h' },
        },
        false,
      ).map((row) => `${row.label}: ${row.text}`),
    ).toEqual([
      'Effort: high',
      'Turn limit: 1 turn',
      'Memory: kept across conversations, for the project, beside its files',
      'Background: runs in the foreground',
      'Isolation: works in a git worktree of its own',
      'Project instructions: CLAUDE.md not loaded: the agent starts without them',
      'MCP servers: github, linear',
      'Hooks: on PreToolUse, Stop',
      'First prompt: Start with the failing test.',
      'Experimental: cacheTtl: 1h',
    ]));
  it('says that a plugin’s agent has no MCP servers or hooks of its own, and leaves out empty maps', () => {
    expect(settingRows({ mcpServers: { github: {} }, hooks: { Stop: [] } }, true).map((row) => row.text)).toEqual(['github (ignored in a plugin)', 'on Stop (ignored in a plugin)']);
    expect(settingRows({ hooks: {}, experimental: {} }, false)).toEqual([]);
  });
  it('cuts a long first prompt at a word, for the panel', () => {
    const [row] = settingRows({ initialPrompt: 'abcd '.repeat(100) }, false);
    expect(row!.text).toBe(`${'abcd '.repeat(56).trimEnd()}…`);
  });
});

describe('byName', () => {
  it('sorts case-insensitively with numbers in order', () =>
    expect(
      [
        { name: 'b', slug: 'b' },
        { name: 'A10', slug: 'a10' },
        { name: 'a2', slug: 'a2' },
      ]
        .sort(byName)
        .map((agent) => agent.name),
    ).toEqual(['a2', 'A10', 'b']));
});

import { describe, expect, it } from 'vitest';
import { agentFrontmatterSchema } from '../../src/lib/agents/agentSchema.ts';
import { normaliseFrontmatter } from '../../src/lib/agents/normaliseFrontmatter.ts';
import { splitNameList } from '../../src/lib/agents/splitNameList.ts';

const normalise = (data: Record<string, unknown>) => normaliseFrontmatter({ name: 'a', description: 'b', ...data }, { color: 4 }, 1);

describe('agent frontmatter schema', () => {
  it('requires name and description and keeps unknown fields', () => {
    expect(agentFrontmatterSchema.safeParse({ description: 'b' }).success).toBe(false);
    expect(agentFrontmatterSchema.parse({ name: 'a', description: 'b', category: 'data' })).toEqual({ name: 'a', description: 'b', category: 'data' });
  });
  it('unescapes literal \\n in the description, as Claude Code does', () => {
    expect(normalise({ description: 'Line one.\\n\\nLine two.' }).description).toBe('Line one.\n\nLine two.');
  });
  it('normalises tools, disallowedTools and skills to lists', () => {
    expect(normalise({ tools: 'Read, Grep Glob', disallowedTools: ['Write'], skills: 'pdf' }).fields).toEqual({
      tools: ['Read', 'Grep', 'Glob'],
      disallowedTools: ['Write'],
      skills: ['pdf'],
    });
  });
  it('keeps `*`, MCP tools and Agent(a, b) whole', () => {
    expect(splitNameList('*')).toEqual(['*']);
    expect(splitNameList('mcp__github__create_issue, Agent(reviewer, tester), Bash(git diff:*)')).toEqual([
      'mcp__github__create_issue',
      'Agent(reviewer, tester)',
      'Bash(git diff:*)',
    ]);
    expect(splitNameList(['Read, Write', 'Read'])).toEqual(['Read', 'Write']);
  });
  it('lower-cases model aliases and colours, and keeps full model ids', () => {
    expect(normalise({ model: 'Sonnet', color: 'Purple' }).fields).toEqual({ model: 'sonnet', color: 'purple' });
    expect(normalise({ model: 'claude-sonnet-4-20250514' }).findings).toEqual([]);
    // Fable is an alias of Claude Code since mid-2026, beside sonnet, opus and haiku.
    expect(normalise({ model: 'Fable' })).toMatchObject({ fields: { model: 'fable' }, findings: [] });
    // The 1M-token context suffix, on an alias or an id; not on inherit.
    expect(normalise({ model: 'Opus[1M]' })).toMatchObject({ fields: { model: 'opus[1m]' }, findings: [] });
    expect(normalise({ model: 'claude-opus-4-8[1m]' }).findings).toEqual([]);
    expect(normalise({ model: 'inherit[1m]' }).findings.map((finding) => finding.code)).toEqual(['unknown-model']);
    expect(normalise({ model: 'opus[2m]' }).findings.map((finding) => finding.code)).toEqual(['unknown-model']);
  });
  it('drops an invalid colour with a warning on its line, as Claude Code does', () => {
    const result = normalise({ color: '#FF5733' });
    expect(result.fields).toEqual({});
    expect(result.findings.map((finding) => [finding.code, finding.line])).toEqual([['invalid-field', 4]]);
  });
  it('accepts the other Claude Code fields in their written forms', () => {
    expect(
      normalise({
        permissionMode: 'plan',
        maxTurns: '12',
        memory: 'project',
        background: 'true',
        effort: 'high',
        isolation: 'worktree',
        initialPrompt: 'Start here',
        mcpServers: ['github'],
        hooks: { PreToolUse: [] },
        omitClaudeMd: 'true',
        experimental: { cacheTtl: '1h' },
      }).fields,
    ).toEqual({
      permissionMode: 'plan',
      maxTurns: 12,
      memory: 'project',
      background: true,
      effort: 'high',
      isolation: 'worktree',
      initialPrompt: 'Start here',
      mcpServers: ['github'],
      hooks: { PreToolUse: [] },
      omitClaudeMd: true,
      experimental: { cacheTtl: '1h' },
    });
  });
  it('drops each invalid optional value and warns once per field', () => {
    const result = normalise({ permissionMode: 'yolo', maxTurns: -1, memory: 'cloud', background: 'maybe', effort: 'extreme', isolation: 'docker', omitClaudeMd: 'yes', experimental: 'on' });
    expect(result.fields).toEqual({});
    expect(result.findings.map((finding) => finding.message.split(' ')[0])).toEqual([
      '`permissionMode`',
      '`maxTurns`',
      '`memory`',
      '`background`',
      '`effort`',
      '`isolation`',
      '`omitClaudeMd`',
      '`experimental`',
    ]);
  });
  it('keeps unknown fields, with dates as ISO strings', () => {
    expect(normalise({ category: 'data', created: new Date('2025-01-02T00:00:00Z'), tags: ['a'] }).extra).toEqual({
      category: 'data',
      created: '2025-01-02',
      tags: ['a'],
    });
  });
  it('returns null for a missing or empty name or description', () => {
    expect(normaliseFrontmatter({ name: '  ', description: '' }, {}, 1)).toMatchObject({ name: null, description: null });
  });
});

import { describe, expect, it } from 'vitest';
import { claudeCodeVerdict, pluginAgentVerdict, pluginNotLoadableVerdict, type VerdictInput } from '../../src/lib/agents/claudeCodeVerdict.ts';

const loads: VerdictInput = {
  markdownExtension: true,
  utf16: false,
  frontmatterAtStart: true,
  stage: 'strict',
  claudeCodeData: { name: 'a', description: 'b' },
  requotedKeys: [],
};
const verdict = (change: Partial<VerdictInput>) => {
  const { status, reason } = claudeCodeVerdict({ ...loads, ...change });
  return reason ? `${status}: ${reason}` : status;
};

describe('claudeCodeVerdict', () => {
  it('loads a file with strict YAML and a name and description', () => expect(verdict({})).toBe('loads'));
  it('loads after re-quoting when only the retry succeeded', () => expect(verdict({ stage: 'requote', requotedKeys: ['description'] })).toBe('loads-after-requote'));
  it('skips a file whose frontmatter only our recovery could read', () => expect(verdict({ stage: 'recovered', claudeCodeData: null })).toBe('skipped: frontmatter-unreadable'));
  it('skips a file without the .md extension', () => expect(verdict({ markdownExtension: false })).toBe('skipped: not-md-file'));
  it('skips a UTF-16 file', () => expect(verdict({ utf16: true })).toBe('skipped: not-utf8'));
  it('skips a frontmatter that does not start the file', () => expect(verdict({ frontmatterAtStart: false })).toBe('skipped: frontmatter-not-at-start'));
  it('skips a file without a name, or whose name YAML reads as a number', () => {
    expect(verdict({ claudeCodeData: { description: 'b' } })).toBe('skipped: no-name');
    expect(verdict({ claudeCodeData: { name: 42, description: 'b' } })).toBe('skipped: no-name');
  });
  it('skips a file without a description, or with an empty one', () => {
    expect(verdict({ claudeCodeData: { name: 'a' } })).toBe('skipped: no-description');
    expect(verdict({ claudeCodeData: { name: 'a', description: '' } })).toBe('skipped: no-description');
  });
  it('loads a file whose name or description is only spaces, which Claude Code takes as text (it skips only an empty one)', () => {
    expect(verdict({ claudeCodeData: { name: '  ', description: 'b' } })).toBe('loads');
    expect(verdict({ claudeCodeData: { name: 'a', description: ' ' } })).toBe('loads');
    expect(claudeCodeVerdict({ ...loads, claudeCodeData: { name: '  ', description: 'b' } }).explanation).toBe(
      'Claude Code loads this agent as it is. Its `name` is only spaces, which Claude Code takes as a name: Claude is told of an agent with a blank name, and can hardly ask for it.',
    );
  });
  it('skips a name with a colon or a leading hyphen', () => {
    expect(verdict({ claudeCodeData: { name: 'plugin:a', description: 'b' } })).toBe('skipped: invalid-name');
    expect(verdict({ claudeCodeData: { name: '-a', description: 'b' } })).toBe('skipped: invalid-name');
  });
  it('skips an agent of a plugin Claude Code cannot load, keeping the reason of a file it would skip anyway', () => {
    const requoted = claudeCodeVerdict({ ...loads, stage: 'requote', requotedKeys: ['description'] });
    expect(pluginNotLoadableVerdict('tools', requoted)).toMatchObject({ status: 'skipped', reason: 'plugin-not-loadable' });
    expect(pluginNotLoadableVerdict('tools', requoted).explanation).toMatch(/^Claude Code cannot load the plugin tools, .* Once the manifest is mended: Claude Code loads this agent only after re-quoting `description`/);
    const nameless = claudeCodeVerdict({ ...loads, claudeCodeData: { description: 'b' } });
    expect(pluginNotLoadableVerdict('tools', nameless)).toBe(nameless);
  });
  it('loads a plugin’s agent whose frontmatter it cannot read without its fields, and keeps every other verdict', () => {
    const unreadable = claudeCodeVerdict({ ...loads, stage: 'recovered', claudeCodeData: null });
    expect(pluginAgentVerdict('tools', 'tools:fixer', unreadable)).toMatchObject({ status: 'loads-without-fields' });
    expect(pluginAgentVerdict('tools', 'tools:fixer', unreadable).explanation).toContain('it knows it as tools:fixer (its file\'s name), describes it to Claude only as “Agent from tools plugin”');
    expect(pluginAgentVerdict('tools', 'tools:fixer', unreadable).reason).toBeUndefined();
    for (const other of [claudeCodeVerdict(loads), claudeCodeVerdict({ ...loads, claudeCodeData: { description: 'b' } }), claudeCodeVerdict({ ...loads, markdownExtension: false })]) {
      expect(pluginAgentVerdict('tools', 'tools:fixer', other)).toBe(other);
    }
  });
  it('loads a plugin’s agent without a name, named after its file, and one without a description, described by its when-to-use or a placeholder', () => {
    const inPlugin = { ...loads, inPlugin: true, plugin: 'tools' };
    const unnamed = claudeCodeVerdict({ ...inPlugin, claudeCodeData: { description: 'b' } });
    expect(unnamed).toEqual({ status: 'loads', explanation: 'Claude Code loads this agent as it is. Its frontmatter has no `name`: as a plugin’s agent, it is named after its file.' });
    expect(claudeCodeVerdict({ ...inPlugin, claudeCodeData: { name: 'a' } }).explanation).toBe(
      'Claude Code loads this agent as it is. Its frontmatter has no `description`: as a plugin’s agent, it is described to Claude only as “Agent from tools plugin”, so that Claude never picks it by itself.',
    );
    expect(claudeCodeVerdict({ ...inPlugin, claudeCodeData: { name: 'a', 'when-to-use': 'Use it for X.' } }).explanation).toContain('it is described to Claude by its `when-to-use` field');
    expect(verdict({ inPlugin: true, claudeCodeData: { name: 'a:b', description: 'b' } })).toBe('skipped: invalid-name');
  });
  it('explains the verdict in plain language, naming the re-quoted fields', () => {
    expect(claudeCodeVerdict({ ...loads, stage: 'requote', requotedKeys: ['description', 'tools'] }).explanation).toMatchInlineSnapshot(`"Claude Code loads this agent only after re-quoting \`description\`, \`tools\`, because the frontmatter is not valid YAML; other tools that read agent files reject it."`);
  });
});

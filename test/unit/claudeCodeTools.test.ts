import { describe, expect, it } from 'vitest';
import { isClaudeCodeTool, resolveTools, unknownTools, withheldTools } from '../../src/lib/agents/claudeCodeTools.ts';
import { findings } from '../../src/lib/agents/diagnostics.ts';
import { struckToolsNote, toolAccess } from '../../src/lib/present/agentFacts.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { corporaDir, hasCorpora, seedsDir } from './helpers.ts';

describe('Claude Code tool names', () => {
  it('knows the built-in tools, Task (the Agent tool’s former name), MCP tools and permission rules', () => {
    const recent = ['Monitor', 'ListAgents', 'SubagentHandback', 'ScheduleWakeup', 'Workflow'];
    for (const name of ['Read', 'Write', 'Bash', 'Agent', 'WebFetch', 'Task', 'Task(reviewer)', ...recent, '*', 'mcp__github__create_issue', 'mcp__context7__*', 'Bash(git diff:*)', 'Agent(reviewer, tester)']) {
      expect(isClaudeCodeTool(name), name).toBe(true);
    }
  });
  it('no longer knows the tools of earlier versions, and names what took their place', () => {
    for (const name of ['LS', 'MultiEdit', 'TodoWrite', 'BashOutput', 'KillShell', 'SlashCommand']) expect(isClaudeCodeTool(name), name).toBe(false);
    expect(unknownTools(['Read', 'MultiEdit', 'TodoWrite', 'LS'])).toEqual([
      { name: 'MultiEdit', instead: 'Edit', retired: true },
      { name: 'TodoWrite', instead: 'TaskCreate, TaskUpdate', retired: true },
      { name: 'LS', instead: 'Glob', retired: true },
    ]);
    expect(findings.unknownTools(3, 4, unknownTools(['Read', 'MultiEdit', 'TodoWrite', 'LS'])).hint).toBe(
      "Write Claude Code's names: `MultiEdit` → `Edit`; `TodoWrite` → `TaskCreate, TaskUpdate`; `LS` → `Glob`. `MultiEdit`, `TodoWrite`, `LS` are tools of earlier Claude Code versions, which current ones no longer have.",
    );
  });
  it('says to remove a name whose counterpart the list already has, rather than to write it again', () => {
    const unknown = unknownTools(['Read', 'Edit', 'MultiEdit', 'Grep', 'Glob', 'codebase', 'TodoWrite']);
    expect(unknown.filter((tool) => tool.covered).map((tool) => tool.name)).toEqual(['MultiEdit', 'codebase']);
    expect(findings.unknownTools(3, 7, unknown).hint).toBe(
      "Write Claude Code's names: `TodoWrite` → `TaskCreate, TaskUpdate`. Remove `MultiEdit`, `codebase`: the list already has what they stand for (`Edit`, `Grep`, `Glob`). `MultiEdit`, `TodoWrite` are tools of earlier Claude Code versions, which current ones no longer have.",
    );
  });
  it('does not know tools of other assistants, misspellings or names in another case', () => {
    for (const name of ['codebase', 'edit/editFiles', 'github/*', 'read', 'Wrte', 'mcp_github', 'Nope(x)']) expect(isClaudeCodeTool(name), name).toBe(false);
  });
  it("offers Claude Code's name for a VS Code tool, a near spelling, another case or an MCP server", () => {
    expect(unknownTools(['Read', 'search/codebase', 'runCommands', 'fetch', 'Wrte', 'websearch', 'context7/*', 'read/problems', 'runCommands/terminalSelection', 'azure-mcp/search'])).toEqual([
      { name: 'search/codebase', instead: 'Grep, Glob' },
      { name: 'runCommands', instead: 'Bash' },
      { name: 'fetch', instead: 'WebFetch' },
      { name: 'Wrte', instead: 'Write' },
      { name: 'websearch', instead: 'WebSearch' },
      { name: 'context7/*', instead: 'mcp__context7__*' },
      { name: 'read/problems' },
      { name: 'runCommands/terminalSelection' },
      { name: 'azure-mcp/search', instead: 'mcp__azure-mcp__search' },
    ]);
  });
  it('counts on a card only the tools Claude Code gives', () => {
    expect(toolAccess({ tools: ['Read', 'codebase', 'fetch'] })).toMatchObject({ kind: 'some', unknown: ['codebase', 'fetch'], label: '1 tool' });
    expect(toolAccess({ tools: ['codebase', 'fetch'] }).label).toBe('no tools');
    expect(toolAccess({ tools: ['Read', 'Grep'] })).toMatchObject({ unknown: [], label: '2 tools' });
  });
  it('says what to write for `tools: All tools` and `tools: none`, which name no tool', () => {
    expect(unknownTools(['All', 'tools'])).toEqual([{ name: 'All', instead: '*' }, { name: 'tools' }]);
    const none = findings.unknownTools(3, 1, unknownTools(['none']));
    expect(none.hint).toBe(
      '`none` has no Claude Code counterpart: remove it, or, for an MCP server\'s tools, write `mcp__<server>__<tool>`. `none` is read as the name of a tool: to keep the agent from doing much, list only the tools it needs, such as `Read`. Without `tools`, the agent gets every tool.',
    );
  });
  it('says so in words that fit one name or several', () => {
    expect(findings.unknownTools(3, 1, [{ name: 'codebase', instead: 'Grep, Glob' }]).message).toBe(
      'The one name in `tools`, `codebase`, is not a Claude Code tool: the agent would have no tools, so Claude Code refuses to run it (“would be spawned with zero tools”, since version 2.1.208).',
    );
    expect(findings.unknownTools(3, 3, [{ name: 'codebase' }]).message).toBe('`tools` names one tool Claude Code does not have (`codebase`): it drops it without a word and gives the agent the others.');
  });
  it('knows the tools Claude Code never gives a subagent, ExitPlanMode but in plan mode', () => {
    expect(withheldTools(['Read', 'AskUserQuestion', 'EnterPlanMode', 'ExitPlanMode', 'ScheduleWakeup', 'WaitForMcpServers', 'Workflow', 'EndConversation', 'Agent'])).toEqual([
      'AskUserQuestion',
      'EnterPlanMode',
      'ExitPlanMode',
      'ScheduleWakeup',
      'WaitForMcpServers',
      'Workflow',
      'EndConversation',
    ]);
    expect(withheldTools(['ExitPlanMode', 'AskUserQuestion(*)'], 'plan')).toEqual(['AskUserQuestion(*)']);
    expect(withheldTools(['askuserquestion', 'Read'])).toEqual([]);
    expect(resolveTools(['Read', 'codebase', 'AskUserQuestion', 'Grep'], ['Grep'])).toEqual({ listed: ['Read', 'codebase', 'AskUserQuestion'], unknown: ['codebase'], withheld: ['AskUserQuestion'], given: ['Read'] });
  });
  it('counts on a card neither the names Claude Code drops nor the tools it keeps from subagents, and says why they are struck', () => {
    expect(toolAccess({ tools: ['Read', 'AskUserQuestion'] })).toMatchObject({ withheld: ['AskUserQuestion'], unknown: [], label: '1 tool' });
    expect(toolAccess({ tools: ['ExitPlanMode'], permissionMode: 'plan' })).toMatchObject({ withheld: [], label: '1 tool' });
    expect(struckToolsNote(toolAccess({ tools: ['Read', 'Grep'] }))).toBeNull();
    expect(struckToolsNote(toolAccess({ tools: ['Read', 'codebase'] }))).toBe('names Claude Code has no tool for, which it drops');
    expect(struckToolsNote(toolAccess({ tools: ['Read', 'AskUserQuestion'] }))).toBe('tools Claude Code never gives a subagent, which it leaves out');
    expect(struckToolsNote(toolAccess({ tools: ['Read', 'codebase', 'AskUserQuestion'] }))).toBe('names Claude Code has no tool for and tools it never gives a subagent, which it leaves out');
    expect(struckToolsNote(toolAccess({ tools: ['codebase', 'AskUserQuestion'] }))).toBe('every name, so Claude Code refuses to run the agent');
  });
  it('finds none in the seed agents', () => {
    expect(buildCatalog(readAgentsFolder(seedsDir)).files.flatMap((file) => file.diagnostics).filter((found) => found.code === 'unknown-tool')).toEqual([]);
  });
});

describe.skipIf(!hasCorpora)('tools of the shared corpora', () => {
  const files = hasCorpora ? buildCatalog(readAgentsFolder(corporaDir)).files : [];
  const flagged = files.filter((file) => file.diagnostics.some((found) => found.code === 'unknown-tool'));
  it('reports the agents written with VS Code tool names, most of which Claude Code refuses to run', () => {
    // One collection holds GitHub Copilot agents, whose tools are VS Code's; the Claude Code agents list Read, Grep, Bash.
    expect(flagged.length).toBeGreaterThan(60);
    const toolless = flagged.filter((file) => file.diagnostics.some((found) => found.code === 'unknown-tool' && found.message.includes('refuses to run it')));
    expect(toolless.length).toBeGreaterThan(50);
    expect(files.filter((file) => file.claudeCode?.status === 'cannot-run')).toEqual(toolless);
    // Older agents list tools that current Claude Code no longer has, with today's names in the fix.
    const retired = files.filter((file) => file.diagnostics.some((found) => found.code === 'unknown-tool' && found.hint.includes('earlier Claude Code versions')));
    expect(retired).toHaveLength(34);
    const example = files.find((file) => file.path.endsWith('/data-ai/demonstrate-understanding.md'))!;
    expect(example.diagnostics.find((found) => found.code === 'unknown-tool')?.message).toContain('None of the 6 names in `tools` is a Claude Code tool');
    expect(files.filter((file) => file.agent?.fields.tools?.includes('Read') && !flagged.includes(file)).length).toBeGreaterThan(250);
  });
});

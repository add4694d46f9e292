/**
 * The tool names a subagent's `tools` field can give it. Claude Code matches the names it declares against the
 * tools it has and drops the others without a word: an agent written for another assistant (VS Code's
 * `codebase`, `editFiles`) or with a typo keeps fewer tools than it lists. Left with none, it is not run at all
 * (see `givesNoTool` in claudeCodeVerdict.ts).
 */

/** Claude Code's built-in tools, as its tools reference and sub-agents page name them (2026-11). */
export const claudeCodeTools: readonly string[] = [
  'Agent', 'Artifact', 'AskUserQuestion', 'Bash', 'CronCreate', 'CronDelete', 'CronList', 'Edit', 'EndConversation',
  'EnterPlanMode', 'EnterWorktree', 'ExitPlanMode', 'ExitWorktree', 'Glob', 'Grep', 'ListAgents', 'ListMcpResourcesTool',
  'LSP', 'Monitor', 'NotebookEdit', 'PowerShell', 'Read', 'ReadMcpResourceTool', 'ScheduleWakeup', 'SendMessage', 'Skill',
  'SubagentHandback', 'TaskCreate', 'TaskGet', 'TaskList', 'TaskOutput', 'TaskStop', 'TaskUpdate', 'ToolSearch',
  'WaitForMcpServers', 'WebFetch', 'WebSearch', 'Workflow', 'Write',
];

/**
 * The tools Claude Code never gives a subagent, whatever its `tools` lists (its sub-agents page, 2026-11): a subagent
 * cannot ask the user, plan for the main conversation, schedule itself, wait for MCP servers or run workflows.
 * `ExitPlanMode` is the exception for an agent whose `permissionMode` is `plan`.
 */
const withheldFromSubagents: ReadonlySet<string> = new Set(['AskUserQuestion', 'EndConversation', 'EnterPlanMode', 'ExitPlanMode', 'ScheduleWakeup', 'WaitForMcpServers', 'Workflow']);

/** `Task`, the Agent tool's name before 2.1.63, which Claude Code still takes for it (`Task(reviewer)` too). */
const aliasedTools: readonly string[] = ['Task'];

/**
 * Tools of earlier Claude Code versions that current ones no longer have, with what took their place: files that
 * use them were right when written, but Claude Code now drops them like any name it has no tool for (`MultiEdit`
 * is "removed" in a September 2026 fix of agents for current Claude Code; a probe of 2.1.2xx found `TodoWrite`
 * unrecognized).
 */
export const retiredTools: Readonly<Record<string, string>> = {
  LS: 'Glob',
  MultiEdit: 'Edit',
  NotebookRead: 'Read',
  TodoRead: 'TaskList',
  TodoWrite: 'TaskCreate, TaskUpdate',
  BashOutput: 'TaskOutput',
  KillShell: 'TaskStop',
  KillBash: 'TaskStop',
  SlashCommand: 'Skill',
  MCPSearch: 'ToolSearch',
  exit_plan_mode: 'ExitPlanMode',
};

const known = new Set([...claudeCodeTools, ...aliasedTools]);
const byLowerCase = new Map([...known].map((tool) => [tool.toLowerCase(), tool]));

/** The tools of VS Code's agents (GitHub Copilot) that have a Claude Code counterpart, by their last path part. */
const vsCodeCounterparts: Record<string, string> = {
  codebase: 'Grep, Glob',
  search: 'Grep, Glob',
  textsearch: 'Grep',
  filesearch: 'Glob',
  searchresults: 'Grep',
  editfiles: 'Edit, Write',
  createfile: 'Write',
  readfile: 'Read',
  writefile: 'Write',
  runcommands: 'Bash',
  runinterminal: 'Bash',
  terminalcommand: 'Bash',
  shell: 'Bash',
  runtests: 'Bash',
  fetch: 'WebFetch',
  websearch: 'WebSearch',
  runsubagent: 'Agent',
  todo: 'TaskCreate, TaskUpdate',
  todos: 'TaskCreate, TaskUpdate',
};

/** The groups of VS Code's own tools (`read/problems`, `runCommands/terminalSelection`), in lower case: not MCP servers. */
const vsCodeToolSets = new Set(['agent', 'edit', 'execute', 'read', 'runcommands', 'runnotebooks', 'runtasks', 'search', 'todo', 'vscode', 'web']);

/**
 * The names of a `tools` list that Claude Code knows but leaves out of a subagent's tools, a permission rule on one
 * (`AskUserQuestion(…)`) included.
 *
 * @example withheldTools(['Read', 'AskUserQuestion', 'ExitPlanMode'], 'plan') // ['AskUserQuestion']
 */
export function withheldTools(tools: readonly string[], permissionMode?: string): string[] {
  return tools.filter((name) => {
    const tool = ruleTool(name) ?? name;
    return withheldFromSubagents.has(tool) && !(tool === 'ExitPlanMode' && permissionMode === 'plan');
  });
}

/** A `tools` list as Claude Code resolves it for a subagent. */
export interface ResolvedTools {
  /** The listed names that `disallowedTools` leaves. */
  listed: string[];
  /** Those Claude Code has no tool for, which it drops. */
  unknown: string[];
  /** Those it has but never gives a subagent, which it leaves out. */
  withheld: string[];
  /** What it gives the agent; none, and it refuses to run it (see givesNoTool in claudeCodeVerdict.ts). */
  given: string[];
}

/**
 * Resolves a `tools` list as Claude Code does: `disallowedTools` takes away its names first, then names it has no
 * tool for and tools it keeps from subagents are left out (`ExitPlanMode` is given in plan mode).
 *
 * @example resolveTools(['Read', 'codebase', 'AskUserQuestion'], ['Grep']).given // ['Read']
 */
export function resolveTools(tools: readonly string[], disallowed: readonly string[] = [], permissionMode?: string): ResolvedTools {
  // Sets, not lists: a stranger's file may list thousands of names.
  const taken = new Set(disallowed);
  const listed = tools.filter((tool) => !taken.has(tool));
  const unknown = listed.filter((tool) => !isClaudeCodeTool(tool));
  const withheld = withheldTools(listed, permissionMode);
  const left = new Set([...unknown, ...withheld]);
  return { listed, unknown, withheld, given: listed.filter((tool) => !left.has(tool)) };
}

export interface UnknownTool {
  name: string;
  /** What to write instead, when there is a likely counterpart. */
  instead?: string;
  /** Whether it is a tool of earlier Claude Code versions (see retiredTools). */
  retired?: true;
  /** Whether the list already names what to write instead (`MultiEdit` beside `Edit`): the name only needs removing. */
  covered?: true;
}

/** Whether Claude Code knows a tool name: a built-in (or `Task`), `*`, an MCP tool, or a permission rule on one. */
export function isClaudeCodeTool(name: string): boolean {
  if (name === '*' || known.has(name)) return true;
  if (/^mcp__[^_\s]/.test(name)) return true;
  // A permission rule on a tool (`Bash(git diff:*)`, `Agent(reviewer)`) gives that tool.
  const tool = ruleTool(name);
  return tool !== undefined && known.has(tool);
}

/** The tool a permission rule is on (`Bash` of `Bash(git diff:*)`), or undefined for a plain name. */
function ruleTool(name: string): string | undefined {
  return /^([A-Za-z]+)\(.*\)$/.exec(name)?.[1];
}

/**
 * The names of a `tools` list that Claude Code has no tool for, each with its likely counterpart: the same name in
 * Claude Code's case, a near spelling, the Claude Code tool a VS Code tool stands for, or the MCP form.
 *
 * @example unknownTools(['Read', 'codebase', 'Wrte']) // [{ name: 'codebase', instead: 'Grep, Glob' }, { name: 'Wrte', instead: 'Write' }]
 */
export function unknownTools(tools: readonly string[]): UnknownTool[] {
  const named = new Set(tools);
  return tools.filter((name) => !isClaudeCodeTool(name)).map((name) => {
    const instead = counterpart(name);
    const retired = Object.hasOwn(retiredTools, name) ? { retired: true as const } : {};
    const covered = instead?.split(', ').every((tool) => tool !== '*' && named.has(tool)) ? { covered: true as const } : {};
    return instead ? { name, instead, ...retired, ...covered } : { name, ...retired };
  });
}

function counterpart(name: string): string | undefined {
  if (Object.hasOwn(retiredTools, name)) return retiredTools[name];
  const lower = name.toLowerCase();
  const sameName = byLowerCase.get(lower);
  if (sameName) return sameName;
  // `tools: All tools`, `tools: all`: every tool is `*` (or no `tools` at all).
  if (lower === 'all') return '*';
  // Compared in lower case, as VS Code's names vary in case between its versions (`editFiles`, `edit/editFiles`).
  const slash = lower.indexOf('/');
  const group = slash < 0 ? '' : lower.slice(0, slash);
  const last = lower.slice(lower.lastIndexOf('/') + 1);
  if ((group === '' || vsCodeToolSets.has(group)) && Object.hasOwn(vsCodeCounterparts, last)) return vsCodeCounterparts[last];
  // VS Code names an MCP server's tools `server/*` or `server/tool` (Claude Code: `mcp__server__*`), and groups its
  // own tools the same way (`read/problems`, `execute/runTask`): those have no counterpart.
  const server = /^([\w-]+)\/([\w*-]+)$/.exec(name);
  if (server && !vsCodeToolSets.has(server[1]!.toLowerCase())) return `mcp__${server[1]}__${server[2]}`;
  if (lower.length >= 4) {
    // Names whose lengths differ by more than two are more than two edits apart.
    const near = [...known].find((tool) => tool.length >= 4 && Math.abs(tool.length - lower.length) <= 2 && editDistance(lower, tool.toLowerCase()) <= 2);
    if (near) return near;
  }
  return undefined;
}

/** Levenshtein distance, for names of a few letters. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * What an agent's tools let it do that a reader should know before installing it: run commands, change files, reach
 * the web, call MCP servers, or everything the main conversation can. Read from the tools Claude Code gives it
 * (`toolAccess`: names it drops do not count, `disallowedTools` are taken away).
 */
import { claudeCodeTools } from '../agents/claudeCodeTools.ts';
import type { ToolAccess } from '../present/agentFacts.ts';

/** What a badge stands for, most serious first (agents.json's `access` values). */
export const toolRiskIds = ['all-tools', 'shell', 'edits', 'web', 'mcp', 'read-only', 'no-tools'] as const;
export type ToolRiskId = (typeof toolRiskIds)[number];

export interface ToolRisk {
  id: ToolRiskId;
  /** A badge's words: "Runs commands". */
  label: string;
  /** What it means, with the tools behind it, to follow the label and a colon: "any shell command (Bash)". */
  detail: string;
  /** `high`: can change things outside the conversation; `low`: cannot. */
  level: 'high' | 'low';
}

/** A badge's words, each written once here (a shell limited by permission rules has words of its own). */
const badgeWords = {
  'all-tools': 'All tools',
  shell: 'Runs commands',
  'some-shell': 'Runs some commands',
  edits: 'Edits files',
  web: 'Web access',
  mcp: 'MCP tools',
  'read-only': 'Read-only',
  'no-tools': 'No tools',
} as const;

/** Every badge's words, most serious first (for the search filter's values). */
export const riskLabels: readonly string[] = Object.values(badgeWords);

/** The tools behind each risk. */
const groups: { id: Exclude<ToolRiskId, 'all-tools' | 'mcp' | 'read-only' | 'no-tools'>; tools: readonly string[] }[] = [
  // Monitor runs a shell command in the background and reports its output.
  { id: 'shell', tools: ['Bash', 'PowerShell', 'Monitor'] },
  { id: 'edits', tools: ['Write', 'Edit', 'NotebookEdit'] },
  { id: 'web', tools: ['WebFetch', 'WebSearch'] },
];

/** The risks of an agent's tools, most serious first; `read-only` or `no-tools` when it has none. */
export function toolRisks(access: ToolAccess): ToolRisk[] {
  const risks: ToolRisk[] = [];
  // A disallowed permission rule (`Bash(rm:*)`) takes away only what it names, not the tool.
  const taken = new Set(access.disallowed.filter((tool) => !tool.includes('(')));
  if (access.kind === 'all') {
    const except = access.disallowed.length > 0 ? ` but ${access.disallowed.join(', ')}` : '';
    // `mcp__*` in disallowedTools takes away every MCP server's tools.
    const mcp = access.disallowed.includes('mcp__*') ? 'no MCP server’s tool' : 'MCP servers’ tools included';
    risks.push({ id: 'all-tools', label: badgeWords['all-tools'], detail: `it inherits every tool of the main conversation${except}, ${mcp}`, level: 'high' });
    for (const group of groups) {
      const tools = group.tools.filter((tool) => claudeCodeTools.includes(tool) && !taken.has(tool));
      if (tools.length > 0) risks.push(groupRisk(group.id, tools));
    }
    return risks;
  }
  const usable = access.given;
  for (const group of groups) {
    const tools = usable.filter((tool) => group.tools.includes(baseName(tool)));
    if (tools.length > 0) risks.push(groupRisk(group.id, tools));
  }
  const mcp = usable.filter((tool) => tool.startsWith('mcp__'));
  if (mcp.length > 0) {
    const servers = [...new Set(mcp.map((tool) => tool.split('__')[1]!))];
    // With only MCP tools, the agent has none where its servers are not connected, and Claude Code does not start it.
    const only = mcp.length === usable.length ? `; they are its only tools, so Claude Code refuses to run it in a session without ${servers.length === 1 ? 'that server' : 'any of those servers'}` : '';
    risks.push({ id: 'mcp', label: badgeWords.mcp, detail: `it calls tools of the MCP server${servers.length === 1 ? '' : 's'} ${servers.join(', ')}${only}`, level: 'high' });
  }
  if (risks.length > 0) return risks;
  // Claude Code does not start an agent with no tool (see claudeCodeVerdict).
  if (usable.length === 0) return [{ id: 'no-tools', label: badgeWords['no-tools'], detail: 'no name in its tools is one Claude Code gives it, so Claude Code refuses to run it', level: 'low' }];
  return [{ id: 'read-only', label: badgeWords['read-only'], detail: `it cannot run commands, change files or reach the web (${usable.join(', ')})`, level: 'low' }];
}

function groupRisk(id: (typeof groups)[number]['id'], tools: readonly string[]): ToolRisk {
  const names = tools.join(', ');
  // A permission rule (`Bash(git diff:*)`) allows only the commands it names.
  const limited = tools.every((tool) => tool.includes('('));
  switch (id) {
    case 'shell':
      return { id, label: badgeWords[limited ? 'some-shell' : 'shell'], detail: limited ? `the shell commands its rules allow (${names})` : `any shell command (${names})`, level: 'high' };
    case 'edits':
      return { id, label: badgeWords.edits, detail: `it creates and changes files (${names})`, level: 'high' };
    case 'web':
      return { id, label: badgeWords.web, detail: `it fetches web pages or searches the web (${names})`, level: 'high' };
  }
}

/** `Bash` of `Bash(git diff:*)`. */
function baseName(tool: string): string {
  const paren = tool.indexOf('(');
  return paren < 0 ? tool : tool.slice(0, paren);
}

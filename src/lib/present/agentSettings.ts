/**
 * Claude Code's settings of an agent that the details panel has no place of its own for (effort, turn limit,
 * memory, background, isolation, project instructions, MCP servers, hooks, first prompt, experimental settings), in words.
 */
import type { AgentFields } from '../agents/agentSchema.ts';
import { counted } from './counted.ts';

export interface SettingRow {
  /** The field, as the panel names it: "Turn limit". */
  label: string;
  /** What it does, in words: "20 turns". */
  text: string;
}

/** Where each memory scope keeps what the agent remembers between conversations. */
const memoryWords: Record<NonNullable<AgentFields['memory']>, string> = {
  user: 'kept across conversations, for the user in every project',
  project: 'kept across conversations, for the project, beside its files',
  local: 'kept across conversations, for the project on this machine only',
};

/**
 * The agent's settings, in the order the panel shows them. In a plugin, Claude Code ignores `mcpServers` and `hooks`,
 * and the rows say so.
 *
 * @example settingRows({ maxTurns: 20, omitClaudeMd: true }, false)
 *   // [{ label: 'Turn limit', text: '20 turns' }, { label: 'Project instructions', text: 'CLAUDE.md not loaded: …' }]
 */
export function settingRows(fields: AgentFields, inPlugin: boolean): SettingRow[] {
  const ignored = inPlugin ? ' (ignored in a plugin)' : '';
  const rows: (SettingRow | null)[] = [
    fields.effort ? { label: 'Effort', text: fields.effort } : null,
    fields.maxTurns !== undefined ? { label: 'Turn limit', text: counted(fields.maxTurns, 'turn') } : null,
    fields.memory ? { label: 'Memory', text: memoryWords[fields.memory] } : null,
    fields.background !== undefined ? { label: 'Background', text: fields.background ? 'runs in the background' : 'runs in the foreground' } : null,
    fields.isolation ? { label: 'Isolation', text: 'works in a git worktree of its own' } : null,
    fields.omitClaudeMd !== undefined
      ? { label: 'Project instructions', text: fields.omitClaudeMd ? 'CLAUDE.md not loaded: the agent starts without them' : 'CLAUDE.md loaded' }
      : null,
    fields.mcpServers ? { label: 'MCP servers', text: clip(serverNames(fields.mcpServers)) + ignored } : null,
    fields.hooks && Object.keys(fields.hooks).length > 0 ? { label: 'Hooks', text: `on ${Object.keys(fields.hooks).join(', ')}${ignored}` } : null,
    fields.initialPrompt ? { label: 'First prompt', text: clip(fields.initialPrompt.trim()) } : null,
    fields.experimental && Object.keys(fields.experimental).length > 0
      ? { label: 'Experimental', text: clip(Object.entries(fields.experimental).map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ')) }
      : null,
  ];
  return rows.filter((row) => row !== null);
}

/** A long text cut at a word near 280 characters, for a panel line (the file has it whole, agents.json too). */
function clip(text: string): string {
  if (text.length <= 280) return text;
  const cut = text.lastIndexOf(' ', 280);
  return `${text.slice(0, cut > 200 ? cut : 280).trimEnd()}…`;
}

/** The servers of `mcpServers`: a list of names (or of one-key maps that define a server), or a map by name. */
function serverNames(servers: NonNullable<AgentFields['mcpServers']>): string {
  const names = Array.isArray(servers)
    ? servers.flatMap((server) => (typeof server === 'string' ? [server] : server && typeof server === 'object' ? Object.keys(server) : [String(server)]))
    : Object.keys(servers);
  return names.length > 0 ? names.join(', ') : 'none';
}

/**
 * What the agent page offers to copy: the commands that install the agent in Claude Code, and a Markdown link to
 * the page. Pure text, tested on its own; the page shows it and the copy buttons copy it.
 */
import type { ClaudeCodeStatus } from '../agents/claudeCodeVerdict.ts';

/** A word for a POSIX shell: as it is when it holds only safe characters, else in single quotes. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./~-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export interface InstallCommands {
  /** Installs the agent for one project: `.claude/agents/` of the current folder. */
  project: string;
  /** Installs it for every project of the user: `~/.claude/agents/`. */
  user: string;
}

/**
 * One-line installs with curl, from the agent file's address (absolute, so that the line works anywhere).
 *
 * @example installCommands('https://agents.example.com/agents/x.md', 'x').project
 *   // 'mkdir -p .claude/agents && curl -fsSL https://agents.example.com/agents/x.md -o .claude/agents/x.md'
 */
export function installCommands(rawUrl: string, slug: string): InstallCommands {
  const fetchTo = (folder: string) => `mkdir -p ${folder} && curl -fsSL ${shellWord(rawUrl)} -o ${folder}/${slug}.md`;
  return { project: fetchTo('.claude/agents'), user: fetchTo('~/.claude/agents') };
}

/**
 * The command, typed in Claude Code, that installs a plugin from the marketplace that lists it; null when no
 * marketplace of the catalogue lists the plugin, when its manifest or its marketplace's has an error (Claude Code
 * cannot load it or add the marketplace, and the line would only fail), or when there is no plugin.
 *
 * @example pluginInstallCommand({ name: 'backend', marketplace: 'team-tools' }) // '/plugin install backend@team-tools'
 */
export function pluginInstallCommand(plugin: { name: string; marketplace?: string | undefined; manifestInvalid?: true | undefined; notInstallable?: true | undefined } | null): string | null {
  return plugin?.marketplace && !plugin.manifestInvalid && !plugin.notInstallable ? `/plugin install ${plugin.name}@${plugin.marketplace}` : null;
}

/**
 * One line that installs several agents at once, from their files' addresses: curl names each file after the last
 * part of its address (`<slug>.md`, as `installCommands` does) and makes the folder (`--output-dir` needs curl
 * 7.73, of 2020, or later).
 *
 * @example installAllCommands(['https://a.example/agents/x.md', 'https://a.example/agents/y.md']).user
 *   // 'curl -fsSL --create-dirs --output-dir ~/.claude/agents --remote-name-all https://a.example/agents/x.md https://a.example/agents/y.md'
 */
export function installAllCommands(rawUrls: readonly string[]): InstallCommands {
  const fetchTo = (folder: string) => `curl -fsSL --create-dirs --output-dir ${folder} --remote-name-all ${rawUrls.map(shellWord).join(' ')}`;
  return { project: fetchTo('.claude/agents'), user: fetchTo('~/.claude/agents') };
}

/** The agents of a list that one line installs together, and how many it leaves out and why. */
export interface InstallSet<T> {
  agents: T[];
  /** Agents Claude Code would skip (as files of their own, which is how the line installs them): not worth installing. */
  skipped: number;
  /** Agents Claude Code loads but refuses to run (their `tools` give them no tool): not worth installing either. */
  cannotRun: number;
  /** Agents whose name an agent before them in the list has: Claude Code would keep only one of the two. */
  sameName: number;
  /** Agents whose files hide text in characters a page does not show: to be read before they are installed. */
  hiddenText: number;
}

/**
 * The agents of a list worth installing at once: those Claude Code loads and can run, one per name (installed side by
 * side, two files of one name leave Claude Code to keep either), the first of a name in the list's order; and not
 * those whose files hide text (see hiddenCharacters.ts), which one line would install unread.
 *
 * @example installSet([{ name: 'a', verdict: 'loads' }, { name: 'a', verdict: 'loads' }, { name: 'b', verdict: 'skipped' }]).sameName // 1
 */
export function installSet<T extends { name: string; verdict: ClaudeCodeStatus | null; hiddenText?: boolean }>(cards: readonly T[]): InstallSet<T> {
  // A plugin's agent that Claude Code loads without its fields is skipped as a file of its own.
  const loaded = cards.filter((card) => card.verdict !== 'skipped' && card.verdict !== 'loads-without-fields');
  const runnable = loaded.filter((card) => card.verdict !== 'cannot-run');
  const shown = runnable.filter((card) => !card.hiddenText);
  const first = new Map<string, T>();
  for (const card of shown) if (!first.has(card.name)) first.set(card.name, card);
  const agents = [...first.values()];
  return {
    agents,
    skipped: cards.length - loaded.length,
    cannotRun: loaded.length - runnable.length,
    hiddenText: runnable.length - shown.length,
    sameName: shown.length - agents.length,
  };
}

/** `[name](url)`, with the characters Markdown would read as syntax escaped in the text and the address. */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/[\\[\]*_`<>]/g, (char) => `\\${char}`);
  const target = url.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}

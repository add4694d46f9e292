import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Unreadable } from '../agents/diagnostics.ts';
import type { SourceFile } from './buildCatalog.ts';
import { marketplaceEntries, pluginsAt, type AgentPlugin, type ManifestProblem, type MarketplaceElsewhere, type MarketplaceEntry, type PluginFolder } from './plugins.ts';

/**
 * Reads every candidate agent file under a folder, recursively, in a stable order: every `.md` file, plus
 * files with another or no extension that start with a frontmatter (Claude Code skips those, and we say so).
 * Hidden folders and `node_modules` are not entered, but for the `agents/` folder of a `.claude/` folder (and of the
 * folder itself when it is a `.claude/` folder), and a hidden `.md` file is listed unread; linked folders are,
 * once on any path (a link back to a folder the walk is already in is not followed again). A `.md` file or a folder that cannot be read (a broken
 * link, no permission, not a regular file) is listed with the reason, so that the report shows it. Throws with an
 * actionable message when the folder is missing.
 *
 * @example readAgentsFolder('agents') // [{ path: 'backend-expert.md', bytes }, ...]
 */
export function readAgentsFolder(root: string): SourceFile[] {
  let rootStat;
  try {
    rootStat = statSync(root);
  } catch {
    throw new Error(`The agents folder "${root}" does not exist. Create it, or set AGENTS_DIR to the folder that holds your agent files.`);
  }
  if (!rootStat.isDirectory()) throw new Error(`The agents folder "${root}" is a file, not a folder. Set AGENTS_DIR to the folder that holds your agent files.`);
  const files: SourceFile[] = [];
  const problems: ManifestProblem[] = [];
  const real = realpathSync(root);
  const plugin = basename(real) === 'agents' ? (pluginsAt(dirname(real), '..', undefined, problems)[0] ?? null) : null;
  const elsewhere: MarketplaceElsewhere[] = [];
  const walk = new Walk(root, files, problems, elsewhere);
  if (plugin) walk.ownAgentsFolder(plugin, new Set([real]));
  // Claude Code's folder itself (`~/.claude`, a project's `.claude`): its agents, not its commands, skills or plugins.
  else if (!(basename(real) === '.claude' && walk.claudeAgents('', new Set([real]), (path, within) => walk.folder(path, within, new Map())))) walk.folder('', new Set([real]), new Map());
  const manifests = new Map<string, SourceFile>();
  for (const problem of problems) manifests.set(problem.path, { path: problem.path, bytes: nothing, manifestError: problem.reason, ...(problem.fix ? { manifestFix: problem.fix } : {}) });
  // A marketplace whose plugins are kept elsewhere or missing is listed, so that their agents are not lost without a
  // word: one file with its error too, when Claude Code rejects it.
  for (const { path, plugins } of elsewhere) manifests.set(path, { ...(manifests.get(path) ?? { path, bytes: nothing }), pluginsElsewhere: plugins });
  return [...files, ...manifests.values()];
}

const nothing = new Uint8Array(0);

function pluginInfo({ name, marketplace, notInstallable, category, description, manifestInvalid, conflict }: PluginFolder): Omit<AgentPlugin, 'scope'> {
  return {
    name,
    ...(marketplace ? { marketplace } : {}),
    ...(notInstallable ? { notInstallable } : {}),
    ...(category ? { category } : {}),
    ...(description ? { description } : {}),
    ...(manifestInvalid ? { manifestInvalid } : {}),
    ...(conflict ? { conflict } : {}),
  };
}

/**
 * What an agent file that none of the plugins of its folder loads is said to belong to: the first of them, with why
 * none loads it (`replaced` for a file of the `agents/` folder that their lists of agent files take the place of).
 */
function unlistedBy(plugins: readonly PluginFolder[], replaced = false): AgentPlugin {
  const [first] = plugins as [PluginFolder, ...PluginFolder[]];
  const list = plugins.every((plugin) => !plugin.agentPaths.includes('agents'));
  const others = plugins.slice(1).map((plugin) => plugin.name);
  return { ...pluginInfo(first), scope: first.name, unlisted: { listsIn: first.listsIn, others, list, ...(replaced ? { replaced: true as const } : {}) } };
}

/** One walk of the agents folder, in a stable order. */
class Walk {
  private readonly root: string;
  private readonly files: SourceFile[];
  private readonly problems: ManifestProblem[];
  private readonly elsewhere: MarketplaceElsewhere[];
  /** The files read, so that one a manifest lists inside the plugin's `agents/` folder is read once. */
  private readonly seen = new Set<string>();

  constructor(root: string, files: SourceFile[], problems: ManifestProblem[], elsewhere: MarketplaceElsewhere[]) {
    this.root = root;
    this.files = files;
    this.problems = problems;
    this.elsewhere = elsewhere;
  }

  /**
   * A folder outside any plugin: its marketplace's plugins are noted, a plugin's folder gives its agents only, any
   * other folder every candidate file. `within` holds the real paths of the folders the walk is in, to stop at
   * links that loop.
   */
  folder(prefix: string, within: ReadonlySet<string>, listed: ReadonlyMap<string, MarketplaceEntry[]>): void {
    const full = join(this.root, prefix);
    const real = realpathSync(full);
    const entries = new Map([...listed, ...marketplaceEntries(full, prefix, this.problems, this.elsewhere)]);
    const plugins = pluginsAt(full, prefix, entries.get(real), this.problems);
    if (plugins.length > 0) {
      const inPlugin = (path: string) => (prefix ? `${prefix}/${path}` : path);
      // The agents each plugin lists first, then the `agents/` folder of those that list none: where plugins share a
      // folder, an agent file is the first listing plugin's (a file is read once).
      for (const plugin of plugins) for (const path of plugin.agentPaths.filter((path) => path !== 'agents')) this.pluginAgents(inPlugin(path), false, within, plugin);
      for (const plugin of plugins) if (plugin.agentPaths.includes('agents')) this.pluginAgents(inPlugin('agents'), true, within, plugin);
      // The rest of the folder, but for the plugins' other parts: an agent file there is one no plugin loads, in
      // `agents/` too when every plugin lists its agent files instead.
      const skip = new Set(plugins.flatMap((plugin) => [...plugin.agentPaths, ...plugin.otherPaths]).map(inPlugin));
      this.unlisted(prefix, within, skip, unlistedBy(plugins), (path) => (path === inPlugin('agents') ? unlistedBy(plugins, true) : null));
      return;
    }
    this.entries(prefix, within, (path, nextWithin) => this.folder(path, nextWithin, entries));
  }

  /**
   * The agents folder itself, when it is a plugin's `agents/`: that plugin's agents, or, when the plugin lists its
   * agent files instead, those of them that are in it, the others being files the plugin does not load.
   */
  ownAgentsFolder(plugin: PluginFolder, within: ReadonlySet<string>): void {
    if (plugin.agentPaths.includes('agents')) return this.agents('', within, { ...pluginInfo(plugin), scope: plugin.name });
    for (const path of plugin.agentPaths) if (path.startsWith('agents/')) this.pluginAgents(path.slice('agents/'.length), false, within, plugin);
    this.unlisted('', within, new Set(), unlistedBy([plugin], true), () => null);
  }

  /**
   * A plugin's folder outside its agents and other parts (`skip`): its files are read, as agents it does not load
   * (`plugin`); a sub-folder may be said otherwise (`otherwise`: the `agents/` folder that a list takes the place of).
   */
  private unlisted(prefix: string, within: ReadonlySet<string>, skip: ReadonlySet<string>, plugin: AgentPlugin, otherwise: (path: string) => AgentPlugin | null): void {
    this.entries(prefix, within, (path, nextWithin) => this.unlisted(path, nextWithin, skip, otherwise(path) ?? plugin, otherwise), plugin, skip);
  }

  /**
   * A folder of a plugin's agents (or one agent file a manifest names). A path the manifest names that is not there
   * is listed as a file that cannot be read; a plugin without an `agents/` folder is common.
   */
  private pluginAgents(path: string, byDefault: boolean, within: ReadonlySet<string>, plugin: PluginFolder): void {
    const full = join(this.root, path);
    const kind = pathKind(full);
    const info = { ...pluginInfo(plugin), scope: plugin.name };
    if (kind === 'folder') {
      const real = realpathSync(full);
      if (!within.has(real)) this.agents(path, new Set([...within, real]), info);
    } else if (kind === 'broken' && lstatSync(full, { throwIfNoEntry: false }) === undefined) {
      if (!byDefault) this.files.push({ path, bytes: nothing, unreadable: { reason: `the plugin ${plugin.name} lists it among its agents, but it is not there`, cause: 'listed' } });
    } else {
      this.file(path, full, kind, info);
    }
  }

  /** A folder of agents inside a plugin: every sub-folder adds a part to the agents' names. */
  agents(prefix: string, within: ReadonlySet<string>, plugin: AgentPlugin): void {
    this.entries(prefix, within, (path, nextWithin) => this.agents(path, nextWithin, { ...plugin, scope: `${plugin.scope}:${path.split('/').at(-1)}` }), plugin);
  }

  /** The entries of one folder but those in `skip`: its sub-folders go to `folder`, its candidate files are read. */
  private entries(prefix: string, within: ReadonlySet<string>, folder: (path: string, within: ReadonlySet<string>) => void, plugin?: AgentPlugin, skip?: ReadonlySet<string>): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(this.root, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (error) {
      this.files.push({ path: `${prefix}/`, bytes: nothing, unreadable: { reason: readFailure(error), cause: 'folder' } });
      return;
    }
    for (const entry of entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      // A hidden `.md` file is listed, unread, so that none is lost without a word; hidden folders (`.git`,
      // `.github`) and other hidden files are a tool's own, but for the agents of a project's `.claude/` folder.
      if (entry.name.startsWith('.')) {
        if (entry.name === '.claude' && !plugin) this.claudeAgents(path, within, folder);
        if (/\.md$/i.test(entry.name) && !skip?.has(path) && entryKind(entry, join(this.root, path)) !== 'folder' && !this.seen.has(path)) {
          this.seen.add(path);
          this.files.push({ path, bytes: nothing, hidden: true, ...(plugin ? { plugin } : {}) });
        }
        continue;
      }
      if (entry.name === 'node_modules') continue;
      if (skip?.has(path)) continue;
      const full = join(this.root, path);
      const kind = entryKind(entry, full);
      if (kind === 'folder') {
        const real = realpathSync(full);
        if (!within.has(real)) folder(path, new Set([...within, real]));
      } else {
        this.file(path, full, kind, plugin);
      }
    }
  }

  /**
   * The `agents/` folder of a `.claude/` folder (at `claude`, '' for the agents folder itself), where Claude Code
   * finds a project's agents, and nothing else of it (its commands and skills are not agents); false when it has none.
   */
  claudeAgents(claude: string, within: ReadonlySet<string>, folder: (path: string, within: ReadonlySet<string>) => void): boolean {
    const path = claude ? `${claude}/agents` : 'agents';
    const full = join(this.root, path);
    if (pathKind(full) !== 'folder') return false;
    const real = realpathSync(full);
    if (!within.has(real)) folder(path, new Set([...within, real]));
    return true;
  }

  /** One candidate file: every `.md` file, and a file of another or no extension that starts with a frontmatter. */
  private file(path: string, full: string, kind: 'file' | 'other' | 'broken', plugin: AgentPlugin | undefined): void {
    const markdown = /\.md$/i.test(path);
    if (!markdown && !/(^|\/)[^./]+$|\.(markdown|mdown|txt)$/i.test(path)) return;
    if (this.seen.has(path)) return;
    this.seen.add(path);
    const read: ReadResult = kind === 'file' ? readFile(full) : { unreadable: kind === 'other' ? { reason: 'it is not a regular file', cause: 'file' } : { reason: brokenLink(full), cause: 'link' } };
    const from = plugin ? { plugin } : {};
    // A file of another extension is an agent only if it starts with a frontmatter: one that cannot be read is not
    // known to be one.
    if ('unreadable' in read) {
      if (markdown) this.files.push({ path, bytes: nothing, unreadable: read.unreadable, ...from });
    } else if (markdown || startsWithFrontmatter(read.bytes)) {
      this.files.push({ path, bytes: read.bytes, ...from });
    }
  }
}

type PathKind = 'folder' | 'file' | 'other' | 'broken';

/** What an entry is, following a link: a folder, a file, something else (a pipe, a device), or a broken link. */
function entryKind(entry: Dirent, full: string): PathKind {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
  return pathKind(full);
}

/** What a path is, following links: 'broken' for a link that leads nowhere or to itself, and for nothing at all. */
function pathKind(full: string): PathKind {
  let target;
  try {
    target = statSync(full, { throwIfNoEntry: false });
  } catch {
    return 'broken';
  }
  return !target ? 'broken' : target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
}

type ReadResult = { bytes: Uint8Array } | { unreadable: Unreadable };

function readFile(path: string): ReadResult {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    return { unreadable: { reason: readFailure(error), cause: 'file' } };
  }
}

/** Why a file or folder could not be read, in words. */
function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  // Listed, then gone before it was read: deleted or renamed meanwhile (`astro dev` reads the folder again).
  if (code === 'ENOENT') return 'it was removed while the folder was read';
  return (error as Error).message;
}

/** A link that leads nowhere, in words. */
function brokenLink(path: string): string {
  let target: string;
  try {
    target = readlinkSync(path);
  } catch (error) {
    return readFailure(error);
  }
  try {
    statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return `a link to ${target}, which leads back to itself`;
  }
  return `a link to ${target}, which does not exist`;
}

/** Whether the first non-blank line is `---` (after an optional byte order mark). */
function startsWithFrontmatter(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '');
  return /^\s*---[A-Za-z]*[ \t]*\r?\n/.test(head);
}

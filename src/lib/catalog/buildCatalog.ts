import { pluginNotLoadableVerdict, unreadableFileVerdict, type ClaudeCodeVerdict } from '../agents/claudeCodeVerdict.ts';
import { findings, inFile, type Diagnostic, type Finding, type Unreadable } from '../agents/diagnostics.ts';
import { parseAgentFile, type FileStatus, type ParsedAgent } from '../agents/parseAgentFile.ts';
import { slugify } from '../agents/slugify.ts';
import { claudeCodeName, loadingPlugin, type AgentPlugin, type PluginElsewhere } from './plugins.ts';

export interface SourceFile {
  /** Path relative to the agents folder, with `/`. */
  path: string;
  bytes: Uint8Array;
  /**
   * Why the file could not be read, when it could not (`a link to x.md, which does not exist`, `permission
   * denied`); its bytes are then empty. A folder that could not be read is listed as such, its path ending in `/`.
   */
  unreadable?: Unreadable;
  /** Why a plugin's or a marketplace's manifest (the file at `path`) could not be read, or Claude Code rejects it. */
  manifestError?: string;
  /** Set when the manifest could be read, but Claude Code rejects it (`manifestError` says why): how to mend it. */
  manifestFix?: string;
  /** The plugin the file is an agent of, when it is in one (see plugins.ts). */
  plugin?: AgentPlugin;
  /** Set for a `.md` file whose name starts with a dot: listed, not read (its bytes are empty). */
  hidden?: true;
  /** For a marketplace's manifest: the plugins it lists that are not in the folder (its bytes are empty). */
  pluginsElsewhere?: PluginElsewhere[];
}

export interface CatalogAgent extends ParsedAgent {
  /** The agent's page address: unique in the catalogue, deterministic, `a-z0-9-` only. */
  slug: string;
  /** Source path relative to the agents folder. */
  path: string;
  /** The folder the file is in, relative to the agents folder ('' at the top). */
  folder: string;
  /** Paths of other files that declare the same name (in the same plugin, for a plugin's agents). */
  sameNameAs: string[];
  /** The plugin the agent is in, or null. */
  plugin: AgentPlugin | null;
}

export interface CatalogFile {
  path: string;
  status: FileStatus;
  slug: string | null;
  claudeCode: ClaudeCodeVerdict | null;
  diagnostics: Diagnostic[];
  agent: CatalogAgent | null;
}

export interface Catalog {
  /** Every file, sorted by path. */
  files: CatalogFile[];
  /** The agents among them, sorted by slug. */
  agents: CatalogAgent[];
}

/**
 * Parses every file of an agents folder and makes a catalogue of them: each agent gets a unique slug (the
 * first by path keeps the plain one; the others are qualified by folder, then numbered), and agents that
 * share a name or a slug are all kept and all flagged.
 *
 * @example buildCatalog([{ path: 'a/x.md', bytes }, { path: 'b/x.md', bytes }]).agents.map((a) => a.slug) // ['x', 'x-b']
 */
export function buildCatalog(sources: readonly SourceFile[]): Catalog {
  const files: CatalogFile[] = [...sources]
    .sort((a, b) => compare(a.path, b.path))
    .map(({ path, bytes, unreadable, manifestError, manifestFix, plugin, hidden, pluginsElsewhere }) => {
      if (pluginsElsewhere) return marketplaceElsewhere(path, pluginsElsewhere, manifestError !== undefined ? manifestFinding(path, manifestError, manifestFix) : null);
      if (hidden) return { path, status: 'not-agent', slug: null, claudeCode: null, diagnostics: inFile(path, [findings.hiddenFile(path.split('/').at(-1)!)]), agent: null };
      if (unreadable !== undefined) return unreadableFile(path, unreadable);
      if (manifestError !== undefined) return invalidManifest(path, manifestError, manifestFix);
      const loading = loadingPlugin(plugin);
      const parsed = parseAgentFile(path, bytes, loading ? { plugin: { name: loading.name, scope: loading.scope } } : {});
      if (parsed.agent && plugin?.unlisted) parsed.diagnostics.push(...inFile(path, [findings.pluginAgentUnlisted(parsed.agent.nameLine, [plugin.name, ...plugin.unlisted.others], plugin.unlisted)]));
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      const agent = parsed.agent && { ...parsed.agent, slug: parsed.agent.baseSlug, path, folder, sameNameAs: [], plugin: plugin ?? null };
      // An agent of a plugin Claude Code cannot load is not loaded either; a file the plugin does not list is shown
      // as a file of its own, with its own verdict.
      const claudeCode = parsed.claudeCode && loading?.manifestInvalid ? pluginNotLoadableVerdict(loading.name, parsed.claudeCode, loading.conflict === true) : parsed.claudeCode;
      return { path, status: parsed.status, slug: null, claudeCode, diagnostics: parsed.diagnostics, agent };
    });

  const groups = new Map<string, CatalogFile[]>();
  for (const file of files) {
    if (!file.agent) continue;
    const group = groups.get(file.agent.baseSlug);
    if (group) group.push(file);
    else groups.set(file.agent.baseSlug, [file]);
  }
  const taken = new Set(groups.keys());
  for (const [baseSlug, group] of groups) {
    // The number the next numbered slug of the group tries first: copies of one agent are numbered onward.
    const numbered = { next: 2 };
    group.forEach((file, index) => {
      const agent = file.agent!;
      if (index > 0) agent.slug = freeSlug(baseSlug, agent.plugin?.name ?? agent.folder, taken, numbered);
      file.slug = agent.slug;
    });
  }
  flagShared(files, groups);
  keepFreeAliases(files);
  return { files, agents: files.flatMap((file) => (file.agent ? [file.agent] : [])).sort((a, b) => compare(a.slug, b.slug)) };
}

/** A file or folder that could not be read: an error, and no agent. */
function unreadableFile(path: string, unreadable: Unreadable): CatalogFile {
  const diagnostics = inFile(path, [findings.fileUnreadable(unreadable)]);
  return { path, status: 'invalid', slug: null, claudeCode: unreadable.cause === 'folder' ? null : unreadableFileVerdict, diagnostics, agent: null };
}

/**
 * A marketplace's manifest that lists plugins kept elsewhere or missing, or agent files out of a plugin's folder: not
 * an agent, with a warning for those kept elsewhere together and one for each other plugin.
 */
function marketplaceElsewhere(path: string, plugins: readonly PluginElsewhere[], rejection: Finding | null): CatalogFile {
  const remote = plugins.filter((plugin) => plugin.kind === 'remote');
  const each = plugins.flatMap((plugin) => {
    switch (plugin.kind) {
      case 'remote':
        return [];
      case 'rejected':
        return [findings.entryRejected(plugin.name, plugin.line, plugin.reason, plugin.fix)];
      case 'conflict':
        return [findings.entryConflict(plugin.name, plugin.line, plugin.components)];
      case 'agents-outside':
        return [findings.agentsOutsidePlugin(plugin.name, plugin.agents, plugin.line)];
      default:
        return [findings.pluginMissing(plugin)];
    }
  });
  const found = [...(rejection ? [rejection] : []), ...(remote.length > 0 ? [findings.pluginsElsewhere(remote)] : []), ...each];
  const status = found.some((finding) => finding.severity === 'error') ? 'invalid' : 'not-agent';
  return { path, status, slug: null, claudeCode: null, diagnostics: inFile(path, found), agent: null };
}

/** Why a plugin's or marketplace's manifest is an error: it is not JSON, or Claude Code rejects it (`fix` says how to mend it). */
function manifestFinding(path: string, reason: string, fix: string | undefined): Finding {
  const marketplace = path.endsWith('marketplace.json');
  return fix !== undefined ? findings.manifestRejected(reason, fix, marketplace) : findings.manifestInvalid(reason, marketplace);
}

/**
 * A plugin's or marketplace's manifest that is not JSON, or that Claude Code rejects: an error, with no verdict (it is
 * not an agent file).
 */
function invalidManifest(path: string, reason: string, fix: string | undefined): CatalogFile {
  return { path, status: 'invalid', slug: null, claudeCode: null, diagnostics: inFile(path, [manifestFinding(path, reason, fix)]), agent: null };
}

/**
 * Keeps the aliases (former names) whose addresses are free: an agent's own slug always wins over an alias, and
 * the first file by path keeps an alias two agents claim. Every alias dropped is a warning on its file.
 */
function keepFreeAliases(files: readonly CatalogFile[]): void {
  const holders = new Map<string, string>();
  for (const file of files) if (file.agent) holders.set(file.agent.slug, `the agent ${file.agent.name} (${file.path})`);
  for (const file of files) {
    const agent = file.agent;
    if (!agent) continue;
    agent.aliases = agent.aliases.filter((alias) => {
      const holder = holders.get(alias);
      if (holder) file.diagnostics.push(...inFile(file.path, [findings.aliasTaken(agent.aliasesLine, alias, holder)]));
      else holders.set(alias, `an alias of ${agent.name} (${file.path})`);
      return !holder;
    });
  }
}

/** A slug for the second and later agents of a group: qualified by their plugin or folder, else numbered. */
function freeSlug(baseSlug: string, folder: string, taken: Set<string>, numbered: { next: number }): string {
  const byFolder = slugify(folder.split('/').at(-1) ?? '');
  let slug = byFolder ? `${baseSlug}-${byFolder}` : `${baseSlug}-${numbered.next}`;
  while (taken.has(slug)) slug = `${baseSlug}-${numbered.next++}`;
  taken.add(slug);
  return slug;
}

/**
 * Flags every agent that shares its name with another (Claude Code keeps only one; a plugin's agents are named
 * within their plugin), and every agent whose plain slug another agent of another name has too (names that only
 * differ in case or punctuation). Names are compared as such, not by slug: a name with no a-z letter takes its slug
 * from its file (see parseAgentFile).
 */
function flagShared(files: readonly CatalogFile[], bySlug: ReadonlyMap<string, CatalogFile[]>): void {
  const byName = new Map<string, CatalogFile[]>();
  for (const file of files) {
    if (!file.agent) continue;
    const name = claudeCodeName(file.agent);
    const named = byName.get(name);
    if (named) named.push(file);
    else byName.set(name, [file]);
  }
  for (const file of files) {
    const agent = file.agent;
    if (!agent) continue;
    const sameName = byName.get(claudeCodeName(agent))!.filter((other) => other !== file).map((other) => other.path);
    // Agents of the same name in two plugins do not clash for Claude Code (copies of one agent in several plugins
    // are common): neither list holds them, and their pages are told apart by their plugins.
    const similar = bySlug.get(agent.baseSlug)!.filter((other) => other !== file && other.agent!.name !== agent.name).map((other) => other.path);
    agent.sameNameAs = sameName;
    if (sameName.length > 0) file.diagnostics.push(...inFile(file.path, [findings.duplicateName(agent.nameLine, claudeCodeName(agent), sameName, agent.slug)]));
    if (similar.length > 0) file.diagnostics.push(...inFile(file.path, [findings.slugCollision(agent.nameLine, agent.name, similar, agent.slug)]));
  }
}

/** Code-point order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { digestSlug, slugify } from '../agents/slugify.ts';
import { manifestFaults, marketplaceFaults, type ManifestFault } from './pluginManifest.ts';

/**
 * Claude Code plugins, as far as their agents go. A plugin is a folder with a manifest, `.claude-plugin/plugin.json`,
 * or a folder that a marketplace (`.claude-plugin/marketplace.json`) lists as a plugin's local source. Claude Code
 * loads a plugin's agents from its `agents/` folder or, when its manifest or marketplace entry lists agent files
 * (`agents`), from those files instead, and nothing else of it as agents (its commands and skills are Markdown files
 * with a frontmatter too). It names each
 * agent `<plugin>:<agent>`, a sub-folder of `agents/` adding a part (`<plugin>:<folder>:<agent>`), so that plugins
 * may hold agents of the same name.
 */

/** Why the plugins of a folder do not load one of its agent files. */
export interface Unlisted {
  /** Where the plugin lists its agent files: its manifest, else (for a plugin without one) its marketplace entry. */
  listsIn: 'plugin.json' | 'marketplace.json';
  /** The other plugins that share its folder, which do not load the file either. */
  others: string[];
  /** Whether the plugins list their agent files (`agents`) rather than load their `agents/` folder. */
  list: boolean;
  /** Set for a file of the `agents/` folder that the plugins' `agents` lists, which take that folder's place, leave out. */
  replaced?: true;
}

/** The plugin an agent file belongs to. */
export interface AgentPlugin {
  /** The plugin's name: its manifest's `name`, else its marketplace entry's, else its folder's. */
  name: string;
  /** How Claude Code prefixes the agent's name: the plugin's name, and the sub-folders of its agents folder. */
  scope: string;
  /**
   * Set for a file in the plugin's folder that is not where the plugin's agents are (its `agents/` folder, or the
   * files its manifest lists instead): the plugin does not load it, though it is an agent file of its own.
   */
  unlisted?: Unlisted;
  /** Set when the plugin's manifest cannot be read, or Claude Code rejects it: it cannot load the plugin, nor its agents. */
  manifestInvalid?: true;
  /** With `manifestInvalid`: set when the error is the marketplace entry's conflict with the manifest (see `conflict` of MarketplaceEntry). */
  conflict?: true;
  /** The marketplace that lists the plugin, when a marketplace in the agents folder does. */
  marketplace?: string;
  /** Set when Claude Code rejects that marketplace's manifest or the plugin's entry in it: it cannot install it from there. */
  notInstallable?: true;
  /** The category its marketplace entry gives it. */
  category?: string;
  /** What the plugin is for: its manifest's `description`, else its marketplace entry's. */
  description?: string;
}

/** The plugin that loads an agent: its plugin, unless the agent's file is one the plugin does not list. */
export function loadingPlugin(plugin: AgentPlugin | null | undefined): AgentPlugin | null {
  return plugin && !plugin.unlisted ? plugin : null;
}

/**
 * The name Claude Code knows an agent by: `<plugin>:<name>` for a plugin's agent (sub-folders add parts), its file's
 * name taking the place of its own when Claude Code cannot read its frontmatter.
 */
export function claudeCodeName(agent: { name: string; plugin: AgentPlugin | null; claudeCodeFallback?: { name: string } | undefined }): string {
  const plugin = loadingPlugin(agent.plugin);
  return plugin ? `${plugin.scope}:${agent.claudeCodeFallback?.name ?? agent.name}` : agent.name;
}

/** A plugin found in the agents folder, with where its agents are. */
export interface PluginFolder {
  name: string;
  marketplace?: string;
  /** Set when Claude Code rejects the manifest of the marketplace that lists it, or its entry there. */
  notInstallable?: true;
  category?: string;
  description?: string;
  /**
   * Where its agents are, relative to the plugin's folder: `agents`, or instead the agent files its manifest or
   * marketplace entry lists (`agents`).
   */
  agentPaths: string[];
  /** Where its other parts are (commands, skills, hooks, output styles), whose Markdown files are no agents. */
  otherPaths: string[];
  /** Where the plugin's agent files are listed: its manifest, else its marketplace entry. */
  listsIn: 'plugin.json' | 'marketplace.json';
  /** Set when its manifest is there but cannot be read, or Claude Code rejects it. */
  manifestInvalid?: true;
  /** With `manifestInvalid`: set when its marketplace entry conflicts with its manifest. */
  conflict?: true;
}

/** A plugin's entry in a marketplace, by the real path of its folder. */
export interface MarketplaceEntry {
  name?: string;
  marketplace?: string;
  /** Set when Claude Code rejects the marketplace's manifest or this entry: it cannot install the plugin from it. */
  notInstallable?: true;
  category?: string;
  description?: string;
  /**
   * Set when the entry says `strict: false` and lists components (`agents`, `commands`…) of a plugin that has its own
   * `plugin.json`: Claude Code takes them as conflicting manifests and does not load the plugin ("has conflicting
   * manifests: both plugin.json and marketplace entry specify components", the dump's loader says).
   */
  conflict?: true;
  /** The agent files the entry lists (`agents`), or undefined when it lists none: the plugin then has `agents/`. */
  agentPaths?: string[];
  otherPaths: string[];
}

/** The folders of a plugin's parts other than agents, where Claude Code looks by default. */
const otherDefaults = ['commands', 'skills', 'hooks', 'output-styles'];

/** A manifest's (or marketplace entry's) paths of parts other than agents. */
const otherComponentPaths = (manifest: Json | null | undefined): string[] =>
  manifest ? ['commands', 'skills', 'outputStyles'].flatMap((key) => componentPaths(manifest[key])) : [];

/**
 * A manifest that could not be read as JSON, or that Claude Code rejects (`rejected`): its path (relative to the
 * agents folder) and why.
 */
export interface ManifestProblem {
  path: string;
  reason: string;
  /** Set for a manifest that was read but that Claude Code rejects: how to mend it (one that is no JSON has none). */
  fix?: string;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The paths a manifest's component key lists (`"./custom/agents/"` or a list of them), as written. */
function listedPaths(value: unknown): string[] {
  return (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []).map((path) => path.trim());
}

/** A manifest's component paths (`"./custom/agents/"` or a list of them), as paths relative to its plugin. */
function componentPaths(value: unknown): string[] {
  return listedPaths(value)
    .filter((path) => !leavesFolder(path))
    .map((path) => posix.normalize(path).replace(/\/+$/, ''))
    .filter((path) => path !== '' && path !== '.');
}

/** Whether a path listed in a manifest leads out of its plugin's folder: absolute, or climbing above it with `..`. */
const leavesFolder = (path: string): boolean => isAbsolute(path) || /^\.\.(\/|$)/.test(posix.normalize(path.replace(/\\/g, '/')));

/** Reads a JSON manifest, with its text (for the lines of its entries); `problem` gets the reason when it exists but is not a JSON object. */
function readManifest(file: string, relativePath: string, problems: ManifestProblem[]): { json: Json; text: string } | null {
  if (!existsSync(file)) return null;
  try {
    const text = readFileSync(file, 'utf8');
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { json: value as Json, text };
    problems.push({ path: relativePath, reason: 'it is not a JSON object' });
  } catch (error) {
    problems.push({ path: relativePath, reason: `its JSON is not valid: ${(error as Error).message}` });
  }
  return null;
}

/**
 * What a marketplace's entry for a plugin says that the report must: the plugin is kept elsewhere (`remote`: on GitHub,
 * at a git URL, in a package registry); its path is `missing`, a file (`not-folder`) or `outside` the marketplace's
 * folder (which the walk does not reach); its entry lists agent files outside the plugin's folder (`agents-outside`,
 * which Claude Code does not copy on install), is `rejected` by Claude Code's check (see marketplaceFaults), or is a
 * `conflict` with the plugin's own manifest (see MarketplaceEntry).
 */
export type EntryNote =
  | { kind: 'remote' }
  | { kind: 'missing' | 'not-folder' | 'outside' }
  /** `agents`: the paths of the entry's `agents` that lead out of the plugin's folder, as written. */
  | { kind: 'agents-outside'; agents: string[] }
  | { kind: 'rejected'; reason: string; fix: string }
  /** `components`: the component keys the entry lists (`agents`, `commands`…). */
  | { kind: 'conflict'; components: string[] };

/** An entry of a marketplace the report speaks of, and what it says of it. */
export type PluginElsewhere = EntryNote & {
  /** Its name in the marketplace (or its place in the list, when it has none). */
  name: string;
  /** Where the marketplace says it is: `GitHub acme/tools`, a URL, `npm @acme/tools`, or the path written. */
  source: string;
  /** The line of its entry in the marketplace's manifest. */
  line: number;
};

/** A marketplace's manifest (its path relative to the agents folder) and the plugins it lists that are not in the folder. */
export interface MarketplaceElsewhere {
  path: string;
  plugins: PluginElsewhere[];
}

/** Where a source that is no path of this folder points: `GitHub acme/tools`, `npm @acme/tools`, a URL. */
function remoteSource(source: unknown): string {
  if (typeof source === 'string') return source.trim();
  const spec = (typeof source === 'object' && source !== null ? source : {}) as Json;
  const kind = text(spec['source']);
  const repo = text(spec['repo']);
  const url = text(spec['url']);
  const pack = text(spec['package']);
  if (kind === 'github' && repo) return `GitHub ${repo}`;
  if (pack) return `${kind ?? 'package'} ${pack}`;
  if (url) return text(spec['path']) ? `${url}, ${text(spec['path'])}` : url;
  return kind ? `a source of kind ${kind}` : 'a source of no known kind';
}

/** The line of a plugin's entry in a manifest's text: where its name is written, else where the list starts. */
function entryLine(manifest: string, name: string | undefined): number {
  // From the list on: the marketplace's own name may be a plugin's too.
  const list = Math.max(0, manifest.indexOf('"plugins"'));
  const quoted = name === undefined ? -1 : manifest.slice(list).search(new RegExp(`"name"\\s*:\\s*${JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const at = quoted >= 0 ? list + quoted : list;
  let line = 1;
  for (let i = manifest.indexOf('\n'); i >= 0 && i < at; i = manifest.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The plugins a marketplace in `folder` lists with a local source, by the real path of their folders, in the
 * marketplace's order. A source is relative to the marketplace's folder (`./plugins/x`), or to its
 * `metadata.pluginRoot` when it is a bare name. Several plugins may share a folder (`"source": "./"`, each listing
 * its own agents). The plugins it lists that are not in the folder go to `elsewhere`.
 */
export function marketplaceEntries(folder: string, relativeFolder: string, problems: ManifestProblem[], elsewhere: MarketplaceElsewhere[] = []): Map<string, MarketplaceEntry[]> {
  const entries = new Map<string, MarketplaceEntry[]>();
  const manifestFile = join(folder, '.claude-plugin', 'marketplace.json');
  const manifestPath = join(relativeFolder, '.claude-plugin', 'marketplace.json');
  const read = readManifest(manifestFile, manifestPath, problems);
  if (!read) return entries;
  // A fault of the file keeps Claude Code from adding the marketplace; one of an entry, from installing that plugin.
  const { whole, entries: entryFaults } = marketplaceFaults(read.json);
  if (whole.length > 0) problems.push({ path: manifestPath, ...joinedFaults(whole) });
  if (!Array.isArray(read.json['plugins'])) return entries;
  const manifest = read.json;
  const marketplace = text(manifest['name']);
  const metadata = (typeof manifest['metadata'] === 'object' && manifest['metadata']) as Json | false;
  const pluginRoot = metadata ? text(metadata['pluginRoot']) : undefined;
  const away: PluginElsewhere[] = [];
  const note = (entry: Json, index: number, source: string, what: EntryNote) => {
    const name = text(entry['name']);
    away.push({ name: name ?? `number ${index + 1}`, source, line: entryLine(read.text, name), ...what });
  };
  for (const [index, plugin] of (manifest['plugins'] as unknown[]).entries()) {
    const entry = (typeof plugin === 'object' && plugin !== null && !Array.isArray(plugin) ? plugin : {}) as Json;
    const faults = entryFaults.get(index);
    if (faults) note(entry, index, '', { kind: 'rejected', ...joinedFaults(faults) });
    // An entry without a source (or that is no object) names no plugin.
    const written = entry['source'];
    if (written == null || (typeof written === 'string' && !text(written))) continue;
    const source = text(written);
    // Sources on GitHub, at a URL or in a registry (an object, not a path) are not in this folder.
    // A rejected entry is said once, as rejected, whatever its source.
    if (!source || isAbsolute(source) || /^[a-z]+:/i.test(source)) {
      if (!faults) note(entry, index, remoteSource(written), { kind: 'remote' });
      continue;
    }
    const path = /^\.\.?\//.test(source) || !pluginRoot ? resolve(folder, source) : resolve(folder, pluginRoot, source);
    const within = relative(folder, path);
    if (leavesFolder(within)) {
      if (!faults) note(entry, index, source, { kind: 'outside' });
      continue;
    }
    const where = join(relativeFolder, within).split(sep).join('/');
    const found = statSync(path, { throwIfNoEntry: false });
    if (!found?.isDirectory()) {
      if (!faults) note(entry, index, where, { kind: found ? 'not-folder' : 'missing' });
      continue;
    }
    const components = ['commands', 'agents', 'skills', 'hooks', 'outputStyles'].filter((key) => entry[key]);
    const conflict = entry['strict'] === false && components.length > 0 && existsSync(join(path, '.claude-plugin', 'plugin.json'));
    if (conflict) note(entry, index, where, { kind: 'conflict', components });
    // A path that starts with `./` passes the marketplace's check (see marketplaceFaults for the others) even when it
    // then leads out of the plugin's folder, which alone Claude Code copies on install: the file is not found.
    const outside = listedPaths(entry['agents']).filter((path) => path.startsWith('./') && leavesFolder(path));
    if (outside.length > 0) note(entry, index, where, { kind: 'agents-outside', agents: outside });
    const name = text(entry['name']);
    const category = text(entry['category']);
    const description = text(entry['description']);
    const real = realpathSync(path);
    entries.set(real, [
      ...(entries.get(real) ?? []),
      {
        ...(name ? { name } : {}),
        ...(marketplace ? { marketplace } : {}),
        ...(whole.length > 0 || faults ? { notInstallable: true as const } : {}),
        ...(conflict ? { conflict: true as const } : {}),
        ...(category ? { category } : {}),
        ...(description ? { description } : {}),
        ...('agents' in entry ? { agentPaths: componentPaths(entry['agents']) } : {}),
        otherPaths: otherComponentPaths(entry),
      },
    ]);
  }
  if (away.length > 0) elsewhere.push({ path: manifestPath, plugins: away });
  return entries;
}

/**
 * The plugins whose folder `folder` is, in the marketplace's order: the plugin of its `.claude-plugin/plugin.json`,
 * or the plugins a marketplace lists there (`listed`; the manifest names the plugin only when it is the one listed
 * there). Empty for a folder that is no plugin's.
 */
export function pluginsAt(folder: string, relativeFolder: string, listed: readonly MarketplaceEntry[] | undefined, problems: ManifestProblem[]): PluginFolder[] {
  const manifestFile = join(folder, '.claude-plugin', 'plugin.json');
  const hasManifest = existsSync(manifestFile);
  if (!hasManifest && !listed?.length) return [];
  const manifestPath = join(relativeFolder, '.claude-plugin', 'plugin.json');
  const manifest = hasManifest ? (readManifest(manifestFile, manifestPath, problems)?.json ?? null) : null;
  const rejected = manifest ? rejectedManifest(folder, manifest, manifestPath, problems) : false;
  const entries: (MarketplaceEntry | undefined)[] = listed?.length ? [...listed] : [undefined];
  return entries.map((entry) => {
    const own = entries.length === 1 ? manifest : null;
    const name = text(own?.['name']) ?? entry?.name ?? basename(realpathSync(folder));
    // An `agents` list takes the place of the `agents/` folder, as the plugin docs say: listing some agent files and
    // leaving others in `agents/` leaves those out.
    const ownList = own && (typeof own['agents'] === 'string' || Array.isArray(own['agents'])) ? componentPaths(own['agents']) : undefined;
    const lists = ownList !== undefined || entry?.agentPaths !== undefined;
    const agentPaths = lists ? [...(ownList ?? []), ...(entry?.agentPaths ?? [])] : ['agents'];
    const description = text(own?.['description']) ?? entry?.description;
    return {
      name,
      ...(entry?.marketplace ? { marketplace: entry.marketplace } : {}),
      ...(entry?.notInstallable ? { notInstallable: true as const } : {}),
      ...(entry?.category ? { category: entry.category } : {}),
      ...(description ? { description } : {}),
      agentPaths: [...new Set(agentPaths)],
      otherPaths: [...new Set([...otherDefaults, ...otherComponentPaths(own), ...(entry?.otherPaths ?? [])])],
      listsIn: own ? 'plugin.json' : 'marketplace.json',
      ...((hasManifest && !manifest) || rejected || entry?.conflict ? { manifestInvalid: true as const } : {}),
      ...(entry?.conflict ? { conflict: true as const } : {}),
    };
  });
}

/** Faults as one reason and one fix, for a single error. */
const joinedFaults = (faults: readonly ManifestFault[]): { reason: string; fix: string } => ({ reason: faults.map((fault) => fault.reason).join('; '), fix: [...new Set(faults.map((fault) => fault.fix))].join(' ') });

/**
 * Whether Claude Code rejects a plugin's manifest (see pluginManifest.ts), so that the plugin does not load: the faults
 * are noted in `problems`, as one error of the manifest.
 */
function rejectedManifest(folder: string, manifest: Json, manifestPath: string, problems: ManifestProblem[]): boolean {
  const isFolder = (path: string) => statSync(join(folder, path), { throwIfNoEntry: false })?.isDirectory() ?? false;
  const faults = manifestFaults(manifest, basename(realpathSync(folder)), isFolder);
  if (faults.length === 0) return false;
  problems.push({ path: manifestPath, ...joinedFaults(faults) });
  return true;
}

/** A plugin of the catalogue, with the items (agents) it loads. */
export interface PluginGroup<T> {
  name: string;
  /** The plugin's anchor on the plugins page: `plugin-<slug of its name>`. */
  id: string;
  marketplace?: string;
  description?: string;
  /** Set when its manifest cannot be read, or Claude Code rejects it: Claude Code cannot load the plugin. */
  manifestInvalid?: true;
  /** With `manifestInvalid`: the error is its marketplace entry's conflict with its manifest. */
  conflict?: true;
  /** Set when Claude Code rejects its marketplace's manifest or its entry there: it cannot install the plugin from it. */
  notInstallable?: true;
  items: T[];
}

/**
 * The plugins of a catalogue, by name (then marketplace), each with the items whose agents it loads, in the order
 * given; agents a plugin's folder holds but the plugin does not load are left out.
 *
 * @example pluginGroups([{ plugin: { name: 'backend', scope: 'backend' }, item: 'api-designer' }])[0].items // ['api-designer']
 */
export function pluginGroups<T>(entries: readonly { plugin: AgentPlugin | null; item: T }[]): PluginGroup<T>[] {
  const groups = new Map<string, PluginGroup<T>>();
  for (const entry of entries) {
    const plugin = loadingPlugin(entry.plugin);
    if (!plugin) continue;
    // Two entries of one name in a marketplace stay apart: only the first can be installed.
    const key = `${plugin.name}\u0000${plugin.marketplace ?? ''}\u0000${plugin.notInstallable ? 'stub' : ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        name: plugin.name,
        id: '',
        ...(plugin.marketplace ? { marketplace: plugin.marketplace } : {}),
        ...(plugin.description ? { description: plugin.description } : {}),
        ...(plugin.manifestInvalid ? { manifestInvalid: true as const } : {}),
        ...(plugin.conflict ? { conflict: true as const } : {}),
        ...(plugin.notInstallable ? { notInstallable: true as const } : {}),
        items: [],
      };
      groups.set(key, group);
    }
    group.items.push(entry.item);
  }
  const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.marketplace ?? '').localeCompare(b.marketplace ?? '', 'en'));
  // Anchors are unique: a second plugin of the same name (from another marketplace) is numbered.
  const taken = new Set<string>();
  for (const group of sorted) {
    const base = `plugin-${slugify(group.name) || digestSlug('name', group.name)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    group.id = id;
  }
  return sorted;
}

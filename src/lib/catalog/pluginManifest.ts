/**
 * What Claude Code's check of a plugin manifest (`.claude-plugin/plugin.json`) rejects, as far as the catalogue can
 * tell without Claude Code: a manifest that fails it makes the plugin fail to load, with none of its agents. The
 * check is a schema (the public source dump's `PluginManifestSchema`): `name` is required text without spaces; the
 * other metadata has its types (`author` an object with a `name`, `homepage` a URL, `keywords` a list of text); the
 * paths of components start with `./`, agent files end in `.md`, hooks files in `.json`. Unknown fields are dropped,
 * not rejected. Such a rejection reads, for a plugin of pluginagentmarketplace/custom-plugin-flutter#3: "Plugin has an
 * invalid manifest file at …/plugin.json. Validation errors: author: Invalid input: expected object, received string".
 * Not checked here: the inside of `hooks`, `mcpServers`, `lspServers`, `userConfig`, `channels` and
 * `dependencies`, which only a plugin's other parts use.
 */

/** A reason Claude Code rejects a manifest, and how to mend it. */
export interface ManifestFault {
  /** Completes "Claude Code rejects this plugin manifest (…)", or the same of a marketplace or one of its entries. */
  reason: string;
  fix: string;
}

type Json = Record<string, unknown>;

/** Whether a value is a person as the schema takes one (an `author`, a marketplace's `owner`): an object with a name. */
function isPerson(value: unknown): boolean {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
  return record !== null && typeof record['name'] === 'string' && record['name'] !== '' && ['email', 'url'].every((key) => !(key in record) || typeof record[key] === 'string');
}

const personFault = (key: 'author' | 'owner', value: unknown): ManifestFault => ({
  reason: value === undefined ? `it has no \`${key}\`, which a marketplace must have` : `its \`${key}\`, ${JSON.stringify(value) ?? String(value)}, is not an object with a \`name\``,
  fix: `Write the ${key} as an object: \`"${key}": { "name": "Jane Doe", "email": "jane@example.com" }\`.`,
});

const quoted = (value: unknown): string => JSON.stringify(value) ?? String(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const listOrOne = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** How a value that is not what the schema takes reads in a reason: "is null", "is a number". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The faults of a plugin's or a marketplace's `name`: required text, without spaces (and for a marketplace, see
 * marketplaceNameFaults); `suggestion` gives the name the fix proposes.
 *
 * @example nameFaults({ name: 'my tools' }, 'tools', 'plugin')[0].reason // 'its `name`, "my tools", contains a space'
 */
function nameFaults(manifest: Json, suggestion: string, of: 'plugin' | 'marketplace'): ManifestFault[] {
  const faults: ManifestFault[] = [];
  const name = manifest['name'];
  const kebab = suggestion.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `my-${of}`;
  const whose = `the ${of}'s name`;
  if (!('name' in manifest)) faults.push({ reason: 'it has no `name`', fix: `Add ${whose}: \`"name": "${kebab}"\`.` });
  else if (!isText(name) || name === '') faults.push({ reason: `its \`name\` ${isText(name) ? 'is empty' : `is ${kindOf(name)}, not text`}`, fix: `Write ${whose} as text: \`"name": "${kebab}"\`.` });
  else if (name.includes(' ')) faults.push({ reason: `its \`name\`, ${quoted(name)}, contains a space`, fix: `Write the name in kebab-case: \`"name": "${name.trim().toLowerCase().replace(/\s+/g, '-')}"\`.` });
  else if (of === 'marketplace') faults.push(...marketplaceNameFaults(name, kebab));
  return faults;
}

/**
 * Names a marketplace may not take, as the dump's `MarketplaceNameSchema` has them: a path (`/`, `\\`, `..`, `.`),
 * the reserved `inline` and `builtin`, and names that pass for Anthropic's own marketplaces (`claude-plugins-v2`,
 * `official-claude-tools`, any name with a character outside ASCII), but for the official names themselves.
 */
function marketplaceNameFaults(name: string, suggestion: string): ManifestFault[] {
  const official = ['claude-code-marketplace', 'claude-code-plugins', 'claude-plugins-official', 'anthropic-marketplace', 'anthropic-plugins', 'agent-skills', 'life-sciences', 'knowledge-work-plugins'];
  const fix = `Choose another name, in kebab-case: \`"name": "${suggestion}"\`.`;
  if (/[/\\]/.test(name) || name.includes('..') || name === '.') return [{ reason: `its \`name\`, ${quoted(name)}, would be read as a path (it has a slash, a backslash or \`..\`, or is \`.\`)`, fix }];
  if (['inline', 'builtin'].includes(name.toLowerCase())) return [{ reason: `its \`name\`, ${quoted(name)}, is reserved by Claude Code`, fix }];
  if (official.includes(name.toLowerCase())) return [];
  const impersonates = /[^\u0020-\u007E]/.test(name) || /(?:official[^a-z0-9]*(anthropic|claude)|(?:anthropic|claude)[^a-z0-9]*official|^(?:anthropic|claude)[^a-z0-9]*(marketplace|plugins|official))/i.test(name);
  return impersonates ? [{ reason: `its \`name\`, ${quoted(name)}, passes for one of Anthropic's official marketplaces (or has a character outside ASCII), which Claude Code blocks`, fix }] : [];
}

/** The faults of the metadata but the name: the text fields, `author`, `homepage`, `keywords`. */
function detailFaults(manifest: Json): ManifestFault[] {
  const faults: ManifestFault[] = [];
  for (const key of ['version', 'description', 'repository', 'license']) {
    if (key in manifest && !isText(manifest[key])) faults.push({ reason: `its \`${key}\` is ${kindOf(manifest[key])}, not text`, fix: `Write \`${key}\` as text, or leave it out.` });
  }
  if ('author' in manifest && !isPerson(manifest['author'])) faults.push(personFault('author', manifest['author']));
  if ('homepage' in manifest && !(isText(manifest['homepage']) && URL.canParse(manifest['homepage']))) {
    faults.push({ reason: `its \`homepage\`, ${quoted(manifest['homepage'])}, is not a URL`, fix: 'Write the whole address, with its scheme: `"homepage": "https://example.com/tools"`, or leave it out.' });
  }
  if ('keywords' in manifest && !(Array.isArray(manifest['keywords']) && manifest['keywords'].every(isText))) {
    faults.push({ reason: 'its `keywords` is not a list of text', fix: 'Write the keywords as a list: `"keywords": ["review", "security"]`.' });
  }
  return faults;
}

/**
 * The faults of the paths a manifest gives its components other than agents: `commands`, `skills` and
 * `outputStyles` start with `./` (a map of commands is not checked), `hooks` files too and end in `.json`.
 */
function componentFaults(manifest: Json): ManifestFault[] {
  const faults: ManifestFault[] = [];
  for (const key of ['commands', 'skills', 'outputStyles', 'hooks']) {
    if (!(key in manifest)) continue;
    const value = manifest[key];
    // A map of commands (`{ "about": { "source": "./README.md" } }`) and inline hooks are objects.
    const objects = key === 'commands' || key === 'hooks';
    const items = typeof value === 'object' && value !== null && !Array.isArray(value) && objects ? [] : listOrOne(value);
    const wrong = items.filter((item) => !(isText(item) ? item.startsWith('./') && (key !== 'hooks' || item.endsWith('.json')) : key === 'hooks' && typeof item === 'object' && item !== null && !Array.isArray(item)));
    if (wrong.length === 0) continue;
    const named = wrong.map(quoted).join(', ');
    const one = wrong.length === 1;
    faults.push({
      reason: `its \`${key}\` has ${one ? 'an entry' : 'entries'}, ${named}, that ${one ? 'is not a path' : 'are not paths'} starting with \`./\`${key === 'hooks' ? ' and ending in `.json`' : ''}`,
      fix: `Write each path from the plugin's folder, starting with \`./\`: \`"${key}": ["./${key === 'hooks' ? 'hooks/extra.json' : key === 'outputStyles' ? 'styles/' : `${key}/`}"]\`.`,
    });
  }
  return faults;
}

/**
 * The faults of a manifest's `agents`: paths of agent files in the plugin's folder, each starting with `./` and ending
 * in `.md` ("agents: Invalid input: must end with \".md\"", as `claude plugin validate` says in
 * ananddtyagi/cc-marketplace#3), so that a folder (`"./agents/"`) is rejected too; and none out of the plugin's folder
 * ("Paths in plugin.json must not use \"..\" to reference files outside the plugin directory", tw93/Kami#16).
 * `isFolder` tells whether a path of the plugin is a folder. For a marketplace entry (`entry`), a path that starts with
 * `./` passes the check even when it then leads out (marketplaceEntries warns of those).
 */
function agentFaults(manifest: Json, isFolder: (path: string) => boolean, entry = false): ManifestFault[] {
  if (!('agents' in manifest)) return [];
  const value = manifest['agents'];
  if (!isText(value) && !(Array.isArray(value) && value.every(isText))) {
    return [
      {
        reason: `its \`agents\` is ${Array.isArray(value) ? 'a list with something other than paths in it' : `${kindOf(value)}, not a path or a list of paths`}`,
        fix: 'List the agent files as paths (`"agents": ["./agents/reviewer.md"]`), or leave out `agents` to load the `agents/` folder.',
      },
    ];
  }
  const paths = listOrOne(value) as string[];
  const leaves = (path: string) => path.startsWith('/') || /^[a-z]:[\\/]/i.test(path) || path.split(/[\\/]/).includes('..');
  const outside = paths.filter((path) => leaves(path) && !(entry && path.startsWith('./')));
  if (outside.length > 0) {
    const one = outside.length === 1;
    return [
      {
        reason: `its \`agents\` names ${one ? 'a file' : 'files'} outside the plugin's folder, ${outside.map((path) => `\`${path}\``).join(', ')}`,
        fix: `Move ${one ? 'the file' : 'the files'} into the plugin's folder and list ${one ? 'it' : 'them'} from there (\`"agents": ["./agents/reviewer.md"]\`).`,
      },
    ];
  }
  const faults: ManifestFault[] = [];
  const notMarkdown = paths.filter((path) => !path.endsWith('.md'));
  const folders = notMarkdown.filter(isFolder);
  const listFix = 'Leave out `agents` and keep the agent files in `agents/`, which Claude Code reads without it, or list the files one by one (`"agents": ["./custom/reviewer.md"]`).';
  if (notMarkdown.length > 0) {
    const one = notMarkdown.length === 1;
    const reason =
      folders.length === notMarkdown.length
        ? `its \`agents\` names ${one ? 'a folder' : 'folders'}, ${folders.map((path) => `\`./${path.replace(/^\.\//, '').replace(/\/+$/, '')}/\``).join(', ')}, where Claude Code takes only agent files`
        : `its \`agents\` names ${one ? 'a path' : 'paths'} not ending in \`.md\`, ${notMarkdown.map((path) => `\`${path}\``).join(', ')}, where Claude Code takes only agent files ending so`;
    faults.push({ reason, fix: listFix });
  }
  const bare = paths.filter((path) => path.endsWith('.md') && !path.startsWith('./'));
  if (bare.length > 0) {
    const one = bare.length === 1;
    faults.push({
      reason: `its \`agents\` has ${one ? 'a path' : 'paths'} not starting with \`./\`, ${bare.map((path) => `\`${path}\``).join(', ')}`,
      fix: `Start each path with \`./\`: \`"agents": [${bare.map((path) => quoted(`./${path}`)).join(', ')}]\`.`,
    });
  }
  return faults;
}

/**
 * Every fault Claude Code's check finds in a manifest (see the module's comment), in the order of its fields:
 * empty when it loads the plugin. `folderName` suggests a name; `isFolder` tells whether a path of the plugin is a
 * folder.
 *
 * @example manifestFaults({ name: 'tools', agents: ['agents/linter.md'] }, 'tools', () => false)[0].reason
 *   // 'its `agents` has a path not starting with `./`, `agents/linter.md`'
 */
export function manifestFaults(manifest: Json, folderName: string, isFolder: (path: string) => boolean): ManifestFault[] {
  return [...nameFaults(manifest, folderName, 'plugin'), ...detailFaults(manifest), ...agentFaults(manifest, isFolder), ...componentFaults(manifest)];
}

/** The faults of a marketplace's file: those of the whole file, and those of each plugin's entry, by its index. */
export interface MarketplaceFaults {
  whole: ManifestFault[];
  entries: Map<number, ManifestFault[]>;
}

/**
 * The faults Claude Code's check of a marketplace (`.claude-plugin/marketplace.json`) finds. Those of the file itself
 * (its `name`: text without spaces, not a path, not reserved, not passing for Anthropic's own; its `owner`, an object
 * with a `name`; `plugins`, a list) keep Claude Code from adding the marketplace. Those of a plugin's entry (an object
 * with a `name` without spaces and a `source`, and the fields it shares with a plugin manifest: its metadata and the
 * paths of its components, `agents` too) make that entry a stub that cannot be installed, the others loading still:
 * "An invalid entry becomes a stub with source unsupported. Others still load", as the marketplace reference is
 * summed up in xsyetopz/claudetto's wiki (October 2026); the source dump of March 2026 still failed the whole file.
 * Not checked: the kind of a `source` that is no path, and `metadata`.
 *
 * @example marketplaceFaults({ name: 'tools', plugins: [] }).whole[0].reason // 'it has no `owner`, which a marketplace must have'
 */
export function marketplaceFaults(manifest: Json): MarketplaceFaults {
  const whole = nameFaults(manifest, 'team-tools', 'marketplace');
  const entries = new Map<number, ManifestFault[]>();
  if (!isPerson(manifest['owner'])) whole.push(personFault('owner', manifest['owner']));
  const plugins = manifest['plugins'];
  if (!Array.isArray(plugins)) {
    whole.push({ reason: `its \`plugins\` ${plugins === undefined ? 'is missing' : `is ${kindOf(plugins)}, not a list`}`, fix: 'List the plugins: `"plugins": [{ "name": "tools", "source": "./plugins/tools" }]`.' });
    return { whole, entries };
  }
  // A plugin is installed as `name@marketplace`: the first entry of a name is the one found ("Duplicate plugin name",
  // `claude plugin validate` says of the others).
  const firstOfName = new Map<string, number>();
  for (const [index, plugin] of plugins.entries()) {
    if (typeof plugin !== 'object' || plugin === null || Array.isArray(plugin)) {
      entries.set(index, [{ reason: `it is ${kindOf(plugin)}, not an object`, fix: 'Write each plugin as an object: `{ "name": "tools", "source": "./plugins/tools" }`.' }]);
      continue;
    }
    const entry = plugin as Json;
    const name = entry['name'];
    const first = isText(name) ? firstOfName.get(name) : undefined;
    if (isText(name) && first === undefined) firstOfName.set(name, index);
    const faults = [
      ...nameFaults(entry, `plugin-${index + 1}`, 'plugin'),
      ...(first !== undefined ? [{ reason: `its \`name\`, ${quoted(name)}, is that of plugin number ${first + 1} too, which \`${String(name)}@…\` installs instead`, fix: 'Give each plugin of the marketplace a name of its own.' }] : []),
      ...(entry['source'] == null || (isText(entry['source']) && entry['source'].trim() === '') ? [{ reason: 'it has no `source`', fix: 'Add `source`: the path of the plugin\'s folder (`"source": "./plugins/name"`), or where to fetch it (`{ "source": "github", "repo": "owner/repo" }`).' }] : []),
      ...detailFaults(entry),
      ...agentFaults(entry, () => false, true),
      ...componentFaults(entry),
    ];
    if (faults.length > 0) entries.set(index, faults);
  }
  return { whole, entries };
}

/**
 * Diagnostics: every problem the catalogue finds in an agent file, with the line it is on, what is wrong
 * and how to fix it. All message texts live here so that they read alike and tests can pin them.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file, relative to the agents folder, with `/` separators. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column, when the problem has a precise position. */
  column?: number;
  severity: Severity;
  /** Stable, kebab-case identifier of the kind of problem (for filtering and docs). */
  code: DiagnosticCode;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** A diagnostic before it is attached to a file. */
export type Finding = Omit<Diagnostic, 'file'>;

export type DiagnosticCode =
  | 'file-unreadable'
  | 'manifest-invalid'
  | 'manifest-rejected'
  | 'marketplace-plugins-elsewhere'
  | 'marketplace-plugin-missing'
  | 'marketplace-agents-outside'
  | 'marketplace-entry-rejected'
  | 'marketplace-entry-conflict'
  | 'plugin-field-ignored'
  | 'plugin-agent-unlisted'
  | 'plugin-file-without-frontmatter'
  | 'plugin-agent-unnamed'
  | 'plugin-agent-undescribed'
  | 'empty-hooks'
  | 'not-utf8'
  | 'utf16-encoding'
  | 'frontmatter-unclosed'
  | 'frontmatter-not-at-start'
  | 'frontmatter-executable'
  | 'frontmatter-not-mapping'
  | 'frontmatter-requoted'
  | 'frontmatter-recovered'
  | 'yaml-comment-truncated'
  | 'yaml-not-text'
  | 'yaml-aliases-expand'
  | 'missing-name'
  | 'blank-name'
  | 'blank-description'
  | 'missing-description'
  | 'name-rejected'
  | 'name-not-kebab-case'
  | 'empty-slug'
  | 'invalid-field'
  | 'unknown-model'
  | 'unknown-tool'
  | 'withheld-tool'
  | 'empty-tools'
  | 'duplicate-name'
  | 'slug-collision'
  | 'alias-taken'
  | 'not-md-extension'
  | 'hidden-file'
  | 'unclosed-example'
  | 'hidden-characters'
  | 'empty-prompt';

/** Why a file or folder of the agents folder could not be read, in words, and what kind of fix it takes. */
export interface Unreadable {
  reason: string;
  /** A broken link; a file a plugin's manifest lists that is not there; another file; a folder. */
  cause: 'link' | 'listed' | 'file' | 'folder';
}

const unreadableFixes: Record<Unreadable['cause'], string> = {
  link: 'Point the link at an existing agent file, or remove it.',
  listed: 'Add the file, or take it out of the `agents` list that names it, in the plugin’s manifest or its marketplace entry.',
  file: 'Make the file readable (a regular file the build may read), or remove it from the agents folder.',
  folder: 'Give the build permission to read the folder, or move it out of the agents folder.',
};

const quote = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
};

const list = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(', ');
/** Files named in a message: the first five, then how many more (a folder of copies would name every other in each). */
const someFiles = (paths: readonly string[]): string => (paths.length <= 5 ? list(paths) : `${list(paths.slice(0, 5))} and ${paths.length - 5} more files`);
/** What Claude Code does with an agent whose `tools` leave it no tool (since 2.1.208; earlier versions ran it with none). */
const refusesToRun = 'the agent would have no tools, so Claude Code refuses to run it (“would be spawned with zero tools”, since version 2.1.208)';

/** Constructors for every diagnostic, by code. Positions are 1-based lines in the file. */
export const findings = {
  fileUnreadable: ({ reason, cause }: Unreadable): Finding => ({
    line: 1,
    severity: 'error',
    code: 'file-unreadable',
    message: cause === 'folder' ? `The folder could not be read (${reason}), so no agent in it is in the catalogue.` : `The file could not be read (${reason}), so it is not in the catalogue.`,
    hint: unreadableFixes[cause],
  }),

  manifestInvalid: (reason: string, marketplace: boolean): Finding => ({
    line: 1,
    severity: 'error',
    code: 'manifest-invalid',
    message: marketplace
      ? `The marketplace manifest could not be read (${reason}); Claude Code cannot add the marketplace, and the catalogue does not know its plugins.`
      : `The plugin manifest could not be read (${reason}); Claude Code cannot load the plugin, nor any of its agents. They are listed under the plugin folder's name, as agents Claude Code skips.`,
    hint: 'Make the file one valid JSON object (check for a trailing comma or a missing quote).',
  }),

  pluginsElsewhere: (plugins: readonly { name: string; source: string; line: number }[]): Finding => {
    const one = plugins.length === 1;
    const named = plugins.slice(0, 5).map(({ name, source, line }) => `${name} (${source}, line ${line})`);
    return {
      line: plugins[0]!.line,
      severity: 'warning',
      code: 'marketplace-plugins-elsewhere',
      message: `The marketplace lists ${one ? 'a plugin' : `${plugins.length} plugins`} kept elsewhere: ${named.join(', ')}${plugins.length > 5 ? ` and ${plugins.length - 5} more` : ''}. Claude Code fetches ${one ? 'it' : 'them'} on install, but ${one ? 'its' : 'their'} agents are not in this folder, so the catalogue has none of them.`,
      hint: `To list ${one ? 'its' : 'their'} agents too, build from a folder that also holds a copy of ${one ? 'the plugin' : 'each plugin'} with its entry's \`source\` pointing at it (\`"source": "./plugins/name"\`), or build ${one ? 'its' : 'each'} repository as a catalogue of its own.`,
    };
  },

  pluginMissing: ({ name, source, line, kind }: { name: string; source: string; line: number; kind: 'missing' | 'not-folder' | 'outside' }): Finding => ({
    line,
    severity: 'warning',
    code: 'marketplace-plugin-missing',
    message: {
      missing: `The marketplace lists the plugin ${name} at \`${source}\`, which is not in the folder: Claude Code cannot install it from this marketplace, and the catalogue has none of its agents.`,
      'not-folder': `The marketplace lists the plugin ${name} at \`${source}\`, which is a file, not a plugin's folder: Claude Code cannot install it from this marketplace, and the catalogue has none of its agents.`,
      outside: `The marketplace lists the plugin ${name} at \`${source}\`, outside the marketplace's folder: Claude Code cannot install it from a copy of the marketplace's repository, and the catalogue does not read it as a plugin of this marketplace.`,
    }[kind],
    hint: {
      missing: `Add the plugin's folder at \`${source}\`, or correct the entry's \`source\`.`,
      'not-folder': "Point the entry's `source` at the plugin's folder (the one holding its `agents/` folder or `.claude-plugin/plugin.json`), not at a file.",
      outside: "Move the plugin's folder into the marketplace's folder and point the entry's `source` at it (`\"source\": \"./plugins/name\"`).",
    }[kind],
  }),

  entryRejected: (plugin: string, line: number, reason: string, fix: string): Finding => ({
    line,
    severity: 'error',
    code: 'marketplace-entry-rejected',
    message: `Claude Code rejects the marketplace's entry for the plugin ${plugin} (${reason}): it keeps it as a stub that cannot be installed, and loads the marketplace's other plugins.`,
    hint: fix,
  }),

  entryConflict: (plugin: string, line: number, components: readonly string[]): Finding => ({
    line,
    severity: 'error',
    code: 'marketplace-entry-conflict',
    message: `The marketplace's entry for the plugin ${plugin} sets \`strict: false\` and lists its ${components.map((key) => `\`${key}\``).join(', ')}, while the plugin has its own \`.claude-plugin/plugin.json\`: Claude Code takes them as conflicting manifests and does not load the plugin, nor any of its agents.`,
    hint: 'Leave out `strict: false`, so that the entry only adds to the plugin\'s manifest, or keep the component lists in one of the two.',
  }),

  agentsOutsidePlugin: (plugin: string, paths: readonly string[], line: number): Finding => {
    const one = paths.length === 1;
    return {
      line,
      severity: 'warning',
      code: 'marketplace-agents-outside',
      message: `The marketplace's entry for the plugin ${plugin} lists ${one ? 'an agent file' : 'agent files'} outside the plugin's folder, ${paths.map((path) => `\`${path}\``).join(', ')}. Claude Code copies only the plugin's folder when it installs the plugin, so it does not find ${one ? 'that file' : 'those files'}, and the catalogue does not count ${one ? 'it' : 'them'} among the plugin's agents.`,
      hint: `Move ${one ? 'the file' : 'the files'} into the plugin's folder and list ${one ? 'it' : 'them'} from there (\`"agents": ["./agents/reviewer.md"]\`), or make the entry's \`source\` a folder that holds ${one ? 'it' : 'them'}.`,
    };
  },

  manifestRejected: (reason: string, fix: string, marketplace: boolean): Finding => ({
    line: 1,
    severity: 'error',
    code: 'manifest-rejected',
    message: marketplace
      ? `Claude Code rejects this marketplace manifest (${reason}), so it cannot add the marketplace, and none of its plugins can be installed from it.`
      : `Claude Code rejects this plugin manifest (${reason}), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips.`,
    hint: fix,
  }),

  pluginFileWithoutFrontmatter: (plugin: string, name: string): Finding => ({
    line: 1,
    severity: 'warning',
    code: 'plugin-file-without-frontmatter',
    message: `The file has no frontmatter, yet it is among the agent files of the plugin ${plugin}: Claude Code loads it as the agent ${name}, described only as “Agent from ${plugin} plugin”, with every tool.`,
    hint: 'Give it a frontmatter with `name` and `description`, or move it out of the plugin’s agents (a README belongs at the top of the plugin).',
  }),

  emptyHooks: (line: number): Finding => ({
    line,
    severity: 'warning',
    code: 'empty-hooks',
    message: '`hooks` is an empty list (`hooks: []`): Claude Code leaves the agent out of its list without a word (anthropics/claude-code#91781).',
    hint: 'Remove the line, or write an empty map: `hooks: {}`.',
  }),

  pluginFieldIgnored: (line: number, key: string): Finding => ({
    line,
    severity: 'warning',
    code: 'plugin-field-ignored',
    message: `Claude Code ignores \`${key}\` in a plugin's agents, for security; this agent runs without it.`,
    hint: `Remove \`${key}\`, or install the agent as a file of \`.claude/agents/\` where it applies.`,
  }),

  /**
   * An agent file in a plugin's folder that the plugin does not load. `plugins` are the plugins of that folder (a
   * marketplace's plugins may share one); `listsIn` is where they list their agent files, `list` whether they do
   * (`agents`, which takes the place of the `agents/` folder), `replaced` whether the file is in that folder.
   */
  pluginAgentUnlisted: (line: number, plugins: readonly string[], how: { listsIn: 'plugin.json' | 'marketplace.json'; list: boolean; replaced?: boolean }): Finding => {
    const one = plugins.length === 1;
    const who = one ? `The plugin ${plugins[0]} does not load this agent` : `No plugin of this folder (${plugins.join(', ')}) loads this agent`;
    const manifest = how.listsIn === 'plugin.json' ? 'its manifest' : 'its marketplace entry';
    const where = one ? (how.listsIn === 'plugin.json' ? '`.claude-plugin/plugin.json`' : 'the plugin’s entry in `.claude-plugin/marketplace.json`') : 'one plugin’s entry in `.claude-plugin/marketplace.json`';
    const why = how.replaced
      ? `the file is in the \`agents/\` folder, but ${one ? `the plugin lists its agent files (\`agents\` in ${manifest})` : 'each lists its agent files (`agents` in its marketplace entry)'}, which takes the place of that folder, and ${one ? 'leaves this one out' : 'none lists this one'}`
      : how.list
        ? `the file is in ${one ? 'the plugin’s' : 'their shared'} folder, but not among the agent files ${one ? `${manifest} lists` : 'their marketplace entries list'}`
        : one
          ? 'the file is in the plugin’s folder, but not in its `agents/` folder, where Claude Code finds the plugin’s agents'
          : 'the file is in their shared folder, but neither in its `agents/` folder nor among the agent files their marketplace entries list';
    // A plugin that lists no agent files loads its `agents/` folder; listing one would take that folder's place.
    const hint = how.list
      ? `Add the file to the \`agents\` list of ${where}${how.replaced ? `, or leave out \`agents\` ${one ? '' : 'in one entry '}so that Claude Code reads the whole \`agents/\` folder` : ''}.`
      : one
        ? 'Move the file into the plugin’s `agents/` folder.'
        : `Move the file into the \`agents/\` folder, or add it to the \`agents\` list of ${where}.`;
    return { line, severity: 'warning', code: 'plugin-agent-unlisted', message: `${who}: ${why}.`, hint };
  },

  notUtf8: (line: number): Finding => ({
    line,
    severity: 'warning',
    code: 'not-utf8',
    message: `The file is not valid UTF-8 (first invalid byte on line ${line}); it was read as Windows-1252.`,
    hint: 'Re-save the file with UTF-8 encoding so that every reader sees the same characters.',
  }),

  utf16: (): Finding => ({
    line: 1,
    severity: 'warning',
    code: 'utf16-encoding',
    message: 'The file is encoded as UTF-16; Claude Code reads agent files as UTF-8, so it skips this file.',
    hint: 'Re-save the file with UTF-8 encoding.',
  }),

  frontmatterUnclosed: (line: number): Finding => ({
    line,
    severity: 'error',
    code: 'frontmatter-unclosed',
    message: `The frontmatter opened on line ${line} is never closed, so the file has no fields.`,
    hint: 'Add a line `---` after the last frontmatter field, before the system prompt.',
  }),

  frontmatterNotAtStart: (line: number, indented: boolean): Finding => ({
    line,
    severity: 'warning',
    code: 'frontmatter-not-at-start',
    message: indented
      ? `The frontmatter on line ${line} is indented; Claude Code only reads a frontmatter whose \`---\` starts the file at column 1, so it skips this file.`
      : `The frontmatter starts on line ${line}, not line 1; Claude Code only reads a frontmatter that starts the file, so it skips this file.`,
    hint: indented
      ? 'Remove the indentation of the frontmatter lines, so that `---` is at column 1 of line 1.'
      : 'Remove everything before the opening `---` line.',
  }),

  frontmatterExecutable: (line: number, language: string): Finding => ({
    line,
    severity: 'error',
    code: 'frontmatter-executable',
    message: `The frontmatter is marked \`---${language}\`: executable frontmatter is refused and Claude Code does not read it.`,
    hint: 'Write the frontmatter as YAML between two `---` lines.',
  }),

  frontmatterNotMapping: (line: number): Finding => ({
    line,
    severity: 'error',
    code: 'frontmatter-not-mapping',
    message: 'The frontmatter is not a list of `key: value` fields, so the file has no name or description.',
    hint: 'Write one `key: value` field per line, starting with `name:` and `description:`.',
  }),

  frontmatterRequoted: (line: number, yamlError: string, keys: readonly string[]): Finding => ({
    line,
    severity: 'warning',
    code: 'frontmatter-requoted',
    message: `The frontmatter is not valid YAML (${yamlError}); Claude Code loads it only after re-quoting ${list(keys)}.`,
    hint: `Put the value of ${list(keys)} in double quotes (escaping \`"\` and \`\\\`); a long text can also be written as a block scalar (\`description: |\` followed by indented lines).`,
  }),

  /** With `plugin`, the file is an agent of that plugin, which Claude Code loads anyway, without its fields. */
  frontmatterRecovered: (line: number, yamlError: string, keys: readonly string[], plugin?: string): Finding => ({
    line,
    severity: 'warning',
    code: 'frontmatter-recovered',
    message: `The frontmatter is not valid YAML even after Claude Code's re-quoting (${yamlError}), so Claude Code ${plugin ? `loads this agent of the plugin ${plugin} with none of its fields` : 'skips this file'}; the catalogue recovered ${keys.length > 0 ? list(keys) : 'no fields'} line by line.`,
    hint: `Fix the YAML near line ${line}: a multi-line value must be indented under its key (or written as \`key: |\` with indented lines), and a value containing \`: \` must be quoted.`,
  }),

  yamlCommentTruncated: (line: number, key: string, seen: string, written: string): Finding => ({
    line,
    severity: 'warning',
    code: 'yaml-comment-truncated',
    message: `\`${key}\` contains \` #\`, which YAML reads as the start of a comment: Claude Code sees only ${quote(seen)}.`,
    hint: `Quote the value: ${key}: ${JSON.stringify(written)}`,
  }),

  yamlNotText: (line: number, key: string, kind: string, written: string): Finding => ({
    line,
    severity: 'warning',
    code: 'yaml-not-text',
    message: `\`${key}\` is read by YAML as ${kind}, not text.`,
    hint: `Quote the value: ${key}: ${JSON.stringify(written)}`,
  }),

  yamlAliasesExpand: (line: number, key: string, kept: number): Finding => ({
    line,
    severity: 'warning',
    code: 'yaml-aliases-expand',
    message: `\`${key}\` repeats its YAML aliases (\`*name\`) into more than ${kept.toLocaleString('en')} values (aliases of aliases multiply, the “billion laughs” of YAML); the catalogue keeps the first ${kept.toLocaleString('en')} of the repeats and leaves out the rest.`,
    hint: `Write the values of \`${key}\` out instead of repeating them through aliases of aliases.`,
  }),

  pluginAgentUnnamed: (line: number, plugin: string, name: string, suggestion: string): Finding => ({
    line,
    severity: 'warning',
    code: 'plugin-agent-unnamed',
    message: `The frontmatter has no \`name\`; as an agent of the plugin ${plugin}, Claude Code names it after its file: ${name}.`,
    hint: `Add a line \`name: ${suggestion}\` to the frontmatter, so that renaming the file does not rename the agent.`,
  }),

  pluginAgentUndescribed: (line: number, plugin: string, byWhenToUse: boolean): Finding => ({
    line,
    severity: 'warning',
    code: 'plugin-agent-undescribed',
    message: byWhenToUse
      ? `The frontmatter has no \`description\`; as an agent of the plugin ${plugin}, Claude Code describes it to Claude by its \`when-to-use\` field instead.`
      : `The frontmatter has no \`description\`; as an agent of the plugin ${plugin}, Claude Code describes it to Claude only as “Agent from ${plugin} plugin”, so that Claude never picks it by itself.`,
    hint: byWhenToUse
      ? 'Rename `when-to-use` to `description`, the field Claude Code’s documentation names.'
      : 'Add `description:` saying when Claude should delegate to this agent, e.g. `description: Use this agent when ...`.',
  }),

  missingName: (line: number, suggestion: string): Finding => ({
    line,
    severity: 'error',
    code: 'missing-name',
    message: 'The frontmatter has no `name`; Claude Code skips a file without one.',
    hint: `Add a line \`name: ${suggestion}\` to the frontmatter (lowercase letters and hyphens).`,
  }),

  blankField: (line: number, field: 'name' | 'description', suggestion: string): Finding => ({
    line,
    severity: 'error',
    code: field === 'name' ? 'blank-name' : 'blank-description',
    message:
      field === 'name'
        ? 'The `name` is only spaces. Claude Code does not skip the file for it: it loads an agent with a blank name, which Claude can hardly ask for; the catalogue has no name to list it by.'
        : 'The `description` is only spaces. Claude Code does not skip the file for it: it loads the agent, but tells Claude nothing of when to use it, so Claude never picks it by itself; the catalogue has no description to show.',
    hint:
      field === 'name'
        ? `Write the agent's name: \`name: ${suggestion}\` (lowercase letters and hyphens).`
        : 'Write when Claude should delegate to this agent, e.g. `description: Use this agent when ...`.',
  }),

  missingDescription: (line: number): Finding => ({
    line,
    severity: 'error',
    code: 'missing-description',
    message: 'The frontmatter has no `description`; Claude Code skips a file without one.',
    hint: 'Add `description:` saying when Claude should delegate to this agent, e.g. `description: Use this agent when ...`.',
  }),

  nameRejected: (line: number, name: string, slug: string): Finding => ({
    line,
    severity: 'warning',
    code: 'name-rejected',
    message: `The name ${quote(name)} ${name.startsWith('-') ? 'starts with `-`' : 'contains `:`'}, which Claude Code does not accept, so it skips this file.`,
    hint: `Rename the agent, e.g. \`name: ${slug}\`.`,
  }),

  nameNotKebabCase: (line: number, name: string, slug: string): Finding => ({
    line,
    severity: 'warning',
    code: 'name-not-kebab-case',
    message: `The name ${quote(name)} is not lowercase letters, digits and hyphens; its page is /agents/${slug}/.`,
    hint: `Rename the agent to \`name: ${slug}\`.`,
  }),

  emptySlug: (line: number, name: string, slug: string, from: 'file' | 'digest'): Finding => ({
    line,
    severity: 'warning',
    code: 'empty-slug',
    message:
      `The name ${quote(name)} has no letter or digit from a-z or 0-9 for a page address: the page is /agents/${slug}/, ` +
      (from === 'file' ? 'named after the file (it moves if the file is renamed).' : 'named after a digest of the name (the file name has no such letter either).'),
    hint: 'Claude Code loads the agent as it is. For an address of your choosing, name the agent with lowercase letters, digits and hyphens (`name: data-analyst`), or its file, and list the old address under `aliases` once it has been shared.',
  }),

  invalidField: (line: number, key: string, value: unknown, problem: string, fix: string): Finding => ({
    line,
    severity: 'warning',
    code: 'invalid-field',
    message: `\`${key}\` has an invalid value ${quote(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value))} (${problem}); Claude Code ignores it, and so does the catalogue.`,
    hint: fix,
  }),

  unknownModel: (line: number, model: string): Finding => ({
    line,
    severity: 'warning',
    code: 'unknown-model',
    message: `\`model\` is ${quote(model)}, which is neither an alias (sonnet, opus, haiku, fable, inherit) nor a Claude model id.`,
    hint: 'Use `model: sonnet`, `opus`, `haiku`, `fable`, `inherit`, or a full model id such as `claude-sonnet-4-5`; remove the field to inherit the main model.',
  }),

  emptyTools: (line: number): Finding => ({
    line,
    severity: 'warning',
    code: 'empty-tools',
    message: '`tools` is an empty list: Claude Code gives the agent every tool, as if `tools` were left out, not none.',
    hint: 'List the tools the agent needs (`tools: Read, Grep`), or remove the line to give it every tool.',
  }),
  withheldTools: (line: number, withheld: readonly string[], noneLeft: boolean): Finding => ({
    line,
    severity: 'warning',
    code: 'withheld-tool',
    message: `\`tools\` names ${withheld.length === 1 ? list(withheld) : `${withheld.length} tools (${list(withheld)})`}, which Claude Code never gives a subagent: it leaves ${withheld.length === 1 ? 'it' : 'them'} out${noneLeft ? `: ${refusesToRun}` : ''}.`,
    hint: [
      `Remove ${withheld.length === 1 ? 'it' : 'them'} from \`tools\`${noneLeft ? ', or remove `tools` to give the agent every tool it can have' : ''}.`,
      withheld.some((tool) => tool.startsWith('AskUserQuestion')) ? 'A subagent that needs an answer from the user can end with its question, for the main conversation to ask.' : '',
      withheld.some((tool) => tool.startsWith('ExitPlanMode')) ? '`ExitPlanMode` is given to an agent with `permissionMode: plan`.' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }),
  /** `othersLeft`: whether the other names give the agent a tool (not when Claude Code keeps them all from subagents). */
  unknownTools: (line: number, listed: number, unknown: readonly { name: string; instead?: string; retired?: true; covered?: true }[], othersLeft = true): Finding => {
    const names = (items: readonly { name: string }[]) => list(items.slice(0, 8).map((item) => item.name)) + (items.length > 8 ? ` and ${items.length - 8} more` : '');
    const mapped = unknown.filter((tool) => tool.instead !== undefined && !tool.covered);
    const covered = unknown.filter((tool) => tool.covered);
    const unmatched = unknown.filter((tool) => tool.instead === undefined);
    const retired = unknown.filter((tool) => tool.retired);
    return {
      line,
      severity: 'warning',
      code: 'unknown-tool',
      message:
        unknown.length === listed
          ? listed === 1
            ? `The one name in \`tools\`, ${names(unknown)}, is not a Claude Code tool: ${refusesToRun}.`
            : `None of the ${listed} names in \`tools\` is a Claude Code tool (${names(unknown)}): ${refusesToRun}.`
          : `\`tools\` names ${unknown.length === 1 ? 'one tool' : `${unknown.length} tools`} Claude Code does not have (${names(unknown)}): it drops ${unknown.length === 1 ? 'it' : 'them'} without a word${othersLeft ? ' and gives the agent the others' : ''}.`,
      hint: [
        mapped.length > 0 ? `Write Claude Code's names: ${mapped.slice(0, 8).map((tool) => `\`${tool.name}\` → \`${tool.instead}\``).join('; ')}${mapped.length > 8 ? '; …' : ''}.` : '',
        covered.length > 0 ? `Remove ${names(covered)}: the list already has ${covered.length === 1 ? 'what it stands for' : 'what they stand for'} (${list([...new Set(covered.flatMap((tool) => tool.instead!.split(', ')))])}).` : '',
        unmatched.length > 0 ? `${names(unmatched)} ${unmatched.length === 1 ? 'has' : 'have'} no Claude Code counterpart: remove ${unmatched.length === 1 ? 'it' : 'them'}, or, for an MCP server's tools, write \`mcp__<server>__<tool>\`.` : '',
        retired.length > 0 ? `${names(retired)} ${retired.length === 1 ? 'is a tool' : 'are tools'} of earlier Claude Code versions, which current ones no longer have.` : '',
        // `tools: none` reads as a tool named "none": Claude Code has no way to give an agent no tool.
        unknown.some((tool) => tool.name.toLowerCase() === 'none') ? '`none` is read as the name of a tool: to keep the agent from doing much, list only the tools it needs, such as `Read`.' : '',
        unknown.length === listed ? 'Without `tools`, the agent gets every tool.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    };
  },

  duplicateName: (line: number, name: string, others: readonly string[], slug: string): Finding => ({
    line,
    severity: 'warning',
    code: 'duplicate-name',
    message: `The name ${quote(name)} is also declared by ${someFiles(others)}; Claude Code keeps only one agent per name. This one is listed at /agents/${slug}/.`,
    hint: 'Give each agent its own name, or remove the copy you do not want.',
  }),

  slugCollision: (line: number, name: string, others: readonly string[], slug: string): Finding => ({
    line,
    severity: 'warning',
    code: 'slug-collision',
    message: `The name ${quote(name)} makes the same page address as ${someFiles(others)}; this one is listed at /agents/${slug}/.`,
    hint: 'Give the agents names that differ in more than case and punctuation.',
  }),

  aliasTaken: (line: number, alias: string, holder: string): Finding => ({
    line,
    severity: 'warning',
    code: 'alias-taken',
    message: `The alias \`${alias}\` is already the address of ${holder}, so /agents/${alias}/ does not lead to this agent.`,
    hint: 'Remove the alias, or rename the agent that holds the address.',
  }),

  notMdExtension: (file: string): Finding => ({
    line: 1,
    severity: 'warning',
    code: 'not-md-extension',
    message: 'The file name does not end in `.md`; Claude Code only loads `.md` files, so it skips this agent.',
    hint: `Rename the file to \`${file.replace(/\.[^./]*$/, '')}.md\`.`,
  }),

  hiddenFile: (file: string, bare = file.replace(/^\.+/, '')): Finding => ({
    line: 1,
    severity: 'warning',
    code: 'hidden-file',
    message: 'The file’s name starts with a dot, which hides it: the catalogue does not read hidden files as agents (they are often drafts, or a tool’s own), and Claude Code may not load it either.',
    hint: `If it is an agent, rename it to \`${/.\.md$/i.test(bare) ? bare : 'agent.md'}\`.`,
  }),

  emptyPrompt: (line: number): Finding => ({
    line,
    severity: 'warning',
    code: 'empty-prompt',
    message: 'The file has no system prompt: nothing follows its frontmatter, so the agent starts with no instructions of its own.',
    hint: 'Write the agent’s instructions below the closing `---`: what it does, how it works and what it answers with.',
  }),

  unclosedExample: (line: number, index: number): Finding => ({
    line,
    severity: 'warning',
    code: 'unclosed-example',
    message: `Example ${index} opens with \`<example>\` but is never closed; it was read up to the next example or the end of the text.`,
    hint: 'Add `</example>` at the end of the example.',
  }),

  hiddenCharacters: (line: number, count: number, kinds: readonly string[]): Finding => ({
    line,
    severity: 'warning',
    code: 'hidden-characters',
    message: `The file has ${count === 1 ? 'a character' : `${count} characters`} that a page does not show and Claude reads all the same, the first on line ${line}: ${kinds.join('; ')}.`,
    hint: 'Remove them: an agent file needs none. Hidden characters have been used to slip instructions past the people who review a prompt: do not install this agent before you know who put them there. The page of the agent shows where they are.',
  }),
} as const;

/** Attaches the file path to findings. */
export function inFile(file: string, found: readonly Finding[]): Diagnostic[] {
  return found.map((finding) => ({ file, ...finding }));
}

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { claudeCodeName, loadingPlugin, pluginGroups } from '../../src/lib/catalog/plugins.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { agentInsight } from '../../src/lib/insight/agentInsight.ts';
import { estimateTokens } from '../../src/lib/insight/estimateTokens.ts';
import { categoryOf } from '../../src/lib/present/agentFacts.ts';
import { pluginInstallCommand } from '../../src/lib/present/shareText.ts';
import { fixture } from './helpers.ts';

// A marketplace of five local plugins (one found through `metadata.pluginRoot`, with a sub-folder of agents; one
// without a manifest of its own whose agents the marketplace names, one of them outside the plugin's folder; one whose manifest lists its agent files one by
// one, one of them missing; one whose manifest lists one file of its agents/ folder and leaves the other out; one with
// an agent whose frontmatter Claude Code cannot read) and one remote one; a plugin that no marketplace lists, with a manifest that is not JSON; and a team folder.
const catalog = buildCatalog(readAgentsFolder(fixture('plugin-marketplace')));
const byPath = (path: string) => catalog.files.find((file) => file.path === path)!;
const messages = (path: string) => byPath(path).diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message}`);

/** The catalogue of a temporary folder made of `files` (a path to its text, or to an object written as JSON). */
function catalogOfFiles(files: Record<string, string | object>) {
  const folder = mkdtempSync(join(tmpdir(), 'plugins-'));
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    }
    return buildCatalog(readAgentsFolder(folder));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** An agent file with a name and a description. */
const agentFile = (name: string) => `---\nname: ${name}\ndescription: Helps with ${name}.\n---\nHelp.\n`;

describe('a folder of Claude Code plugins', () => {
  it('reads the agents of each plugin (its agents/ folder, or the files its manifest lists instead) and its other files, not its commands or skills', () => {
    expect(catalog.files.map((file) => [file.path, file.status])).toEqual([
      ['.claude-plugin/marketplace.json', 'not-agent'],
      ['README.md', 'not-agent'],
      ['plugins/backend/agents/api-designer.md', 'agent'],
      ['plugins/backend/agents/db/schema-reviewer.md', 'agent'],
      ['plugins/broken/.claude-plugin/plugin.json', 'invalid'],
      ['plugins/broken/agents/fixer.md', 'agent'],
      ['plugins/core/README.md', 'not-agent'],
      ['plugins/core/frontend-developer.md', 'agent'],
      ['plugins/core/gone.md', 'invalid'],
      ['plugins/core/mobile-developer.md', 'agent'],
      ['plugins/docs/extra/writer.md', 'agent'],
      ['plugins/docs/glossary-keeper.md', 'agent'],
      ['plugins/review/agents/README.md', 'not-agent'],
      ['plugins/review/agents/api-designer.md', 'agent'],
      ['plugins/review/agents/code-reviewer-strict.md', 'agent'],
      ['plugins/review/agents/code-reviewer.md', 'agent'],
      ['plugins/review/agents/security/secrets-auditor.md', 'agent'],
      ['plugins/review/agents/triage/flaky-test-hunter.md', 'agent'],
      ['standalone/agents/helper.md', 'agent'],
    ]);
  });
  it('names the plugins its marketplace lists that are not in the folder, at a file or outside it, and the entries Claude Code rejects (without a name or a source), with their lines', () => {
    expect(messages('.claude-plugin/marketplace.json')).toEqual([
      '21 warning marketplace-plugins-elsewhere: The marketplace lists a plugin kept elsewhere: remote (GitHub example/remote-plugin, line 21). Claude Code fetches it on install, but its agents are not in this folder, so the catalogue has none of them.',
      "28 warning marketplace-agents-outside: The marketplace's entry for the plugin docs lists an agent file outside the plugin's folder, `./../../standalone/agents/helper.md`. Claude Code copies only the plugin's folder when it installs the plugin, so it does not find that file, and the catalogue does not count it among the plugin's agents.",
    ]);
    const folder = mkdtempSync(join(tmpdir(), 'marketplace-elsewhere-'));
    try {
      mkdirSync(join(folder, '.claude-plugin'));
      const plugins = [
        { name: 'gone', source: './plugins/gone' },
        { name: 'on-npm', source: { source: 'npm', package: '@acme/on-npm' } },
        { name: 'acme', source: { source: 'url', url: 'https://git.example.com/acme/at-url.git' } },
        { name: 'bare', source: 'bare' },
        { source: { source: 'github', repo: 'acme/unnamed' } },
        { name: 'single', source: './single.md' },
        { name: 'beside', source: '../beside' },
        { name: 'unsourced' },
        'not-an-entry',
      ];
      // The lines of the entries' names (one named as the marketplace is); the unnamed one's is that of the list.
      writeFileSync(join(folder, '.claude-plugin', 'marketplace.json'), JSON.stringify({ name: 'acme', owner: { name: 'Acme' }, metadata: { pluginRoot: './plugins' }, plugins }, null, 2));
      writeFileSync(join(folder, 'single.md'), '# Not a plugin\n');
      const [file] = buildCatalog(readAgentsFolder(folder)).files;
      expect(file!.diagnostics.map((d) => `${d.line} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
        '15 marketplace-plugins-elsewhere: The marketplace lists 2 plugins kept elsewhere: on-npm (npm @acme/on-npm, line 15), acme (https://git.example.com/acme/at-url.git, line 22). Claude Code fetches them on install, but their agents are not in this folder, so the catalogue has none of them. Fix: To list their agents too, build from a folder that also holds a copy of each plugin with its entry\'s `source` pointing at it (`"source": "./plugins/name"`), or build each repository as a catalogue of its own.',
        "11 marketplace-plugin-missing: The marketplace lists the plugin gone at `plugins/gone`, which is not in the folder: Claude Code cannot install it from this marketplace, and the catalogue has none of its agents. Fix: Add the plugin's folder at `plugins/gone`, or correct the entry's `source`.",
        "29 marketplace-plugin-missing: The marketplace lists the plugin bare at `plugins/bare`, which is not in the folder: Claude Code cannot install it from this marketplace, and the catalogue has none of its agents. Fix: Add the plugin's folder at `plugins/bare`, or correct the entry's `source`.",
        "9 marketplace-entry-rejected: Claude Code rejects the marketplace's entry for the plugin number 5 (it has no `name`): it keeps it as a stub that cannot be installed, and loads the marketplace's other plugins. Fix: Add the plugin's name: `\"name\": \"plugin-5\"`.",
        "39 marketplace-plugin-missing: The marketplace lists the plugin single at `single.md`, which is a file, not a plugin's folder: Claude Code cannot install it from this marketplace, and the catalogue has none of its agents. Fix: Point the entry's `source` at the plugin's folder (the one holding its `agents/` folder or `.claude-plugin/plugin.json`), not at a file.",
        "43 marketplace-plugin-missing: The marketplace lists the plugin beside at `../beside`, outside the marketplace's folder: Claude Code cannot install it from a copy of the marketplace's repository, and the catalogue does not read it as a plugin of this marketplace. Fix: Move the plugin's folder into the marketplace's folder and point the entry's `source` at it (`\"source\": \"./plugins/name\"`).",
        // An entry Claude Code's check rejects (no name, no source, no object) is a stub: the others still load.
        '47 marketplace-entry-rejected: Claude Code rejects the marketplace\'s entry for the plugin unsourced (it has no `source`): it keeps it as a stub that cannot be installed, and loads the marketplace\'s other plugins. Fix: Add `source`: the path of the plugin\'s folder (`"source": "./plugins/name"`), or where to fetch it (`{ "source": "github", "repo": "owner/repo" }`).',
        "9 marketplace-entry-rejected: Claude Code rejects the marketplace's entry for the plugin number 9 (it is a string, not an object): it keeps it as a stub that cannot be installed, and loads the marketplace's other plugins. Fix: Write each plugin as an object: `{ \"name\": \"tools\", \"source\": \"./plugins/tools\" }`.",
      ]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
  it('warns of a marketplace entry listing agent files outside its plugin’s folder, which Claude Code does not copy on install, and reads such a file as an agent of its own', () => {
    // `./agents/../agents/styler.md` stays in the plugin's folder: it is the plugin's agent. A path that starts with
    // `./` passes Claude Code's check of the marketplace even when it then leads out.
    const agents = ['./agents/../agents/styler.md', './../../shared/reviewer.md', './../../shared/auditor.md'];
    const built = catalogOfFiles({
      '.claude-plugin/marketplace.json': { name: 'acme', owner: { name: 'Acme' }, plugins: [{ name: 'web', source: './plugins/web', agents }] },
      'shared/reviewer.md': agentFile('reviewer'),
      'plugins/web/agents/styler.md': agentFile('styler'),
    });
    expect(built.files.find((file) => file.path === '.claude-plugin/marketplace.json')!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      "8 warning marketplace-agents-outside: The marketplace's entry for the plugin web lists agent files outside the plugin's folder, `./../../shared/reviewer.md`, `./../../shared/auditor.md`. Claude Code copies only the plugin's folder when it installs the plugin, so it does not find those files, and the catalogue does not count them among the plugin's agents. Fix: Move the files into the plugin's folder and list them from there (`\"agents\": [\"./agents/reviewer.md\"]`), or make the entry's `source` a folder that holds them.",
    ]);
    expect(built.agents.map((found) => [found.path, found.plugin && claudeCodeName(found)])).toEqual([
      ['shared/reviewer.md', null],
      ['plugins/web/agents/styler.md', 'web:styler'],
    ]);
  });
  it('offers no install line for the plugins of a marketplace Claude Code rejects (no owner), whose agents still load once installed', () => {
    const built = catalogOfFiles({
      '.claude-plugin/marketplace.json': { name: 'acme', plugins: [{ name: 'web', source: './plugins/web' }] },
      'plugins/web/agents/styler.md': agentFile('styler'),
    });
    const manifest = built.files.find((found) => found.path === '.claude-plugin/marketplace.json')!;
    expect(manifest.status).toBe('invalid');
    expect(manifest.diagnostics.map((d) => d.message)).toEqual([
      'Claude Code rejects this marketplace manifest (it has no `owner`, which a marketplace must have), so it cannot add the marketplace, and none of its plugins can be installed from it.',
    ]);
    const [styler] = built.agents;
    expect(styler!.plugin).toMatchObject({ name: 'web', marketplace: 'acme', notInstallable: true });
    expect(pluginInstallCommand(styler!.plugin)).toBeNull();
    expect(built.files.find((found) => found.path === 'plugins/web/agents/styler.md')!.claudeCode?.status).toBe('loads');
    expect(pluginGroups([{ plugin: styler!.plugin, item: 'styler' }])[0]).toMatchObject({ name: 'web', notInstallable: true });
  });
  it('offers no install line for a plugin whose entry Claude Code rejects, and keeps the marketplace’s other plugins installable', () => {
    const plugins = [
      { name: 'web', source: './plugins/web', author: 'Jane' },
      { name: 'api', source: './plugins/api' },
    ];
    const built = catalogOfFiles({
      '.claude-plugin/marketplace.json': { name: 'acme', owner: { name: 'Acme' }, plugins },
      'plugins/web/agents/web-helper.md': agentFile('web-helper'),
      'plugins/api/agents/api-helper.md': agentFile('api-helper'),
    });
    const manifest = built.files.find((found) => found.path === '.claude-plugin/marketplace.json')!;
    expect(manifest.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`)).toEqual(['8 error marketplace-entry-rejected']);
    expect(built.agents.map((agent) => [agent.name, pluginInstallCommand(agent.plugin)])).toEqual([
      ['api-helper', '/plugin install api@acme'],
      ['web-helper', null],
    ]);
  });
  it('reports a marketplace entry with strict: false that lists components of a plugin with its own manifest, a conflict with which Claude Code loads no agent of it', () => {
    const built = catalogOfFiles({
      '.claude-plugin/marketplace.json': { name: 'acme', owner: { name: 'Acme' }, plugins: [{ name: 'web', source: './plugins/web', strict: false, agents: ['./agents/styler.md'] }] },
      'plugins/web/.claude-plugin/plugin.json': { name: 'web' },
      'plugins/web/agents/styler.md': agentFile('styler'),
    });
    expect(built.files.find((found) => found.path === '.claude-plugin/marketplace.json')!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      "8 error marketplace-entry-conflict: The marketplace's entry for the plugin web sets `strict: false` and lists its `agents`, while the plugin has its own `.claude-plugin/plugin.json`: Claude Code takes them as conflicting manifests and does not load the plugin, nor any of its agents. Fix: Leave out `strict: false`, so that the entry only adds to the plugin's manifest, or keep the component lists in one of the two.",
    ]);
    const styler = built.files.find((found) => found.path === 'plugins/web/agents/styler.md')!;
    expect(styler.claudeCode).toMatchObject({ status: 'skipped', reason: 'plugin-not-loadable' });
    expect(styler.claudeCode!.explanation).toMatch(/^Claude Code cannot load the plugin web, whose marketplace entry \(with `strict: false`\) lists components its manifest/);
    expect(pluginInstallCommand(styler.agent!.plugin)).toBeNull();
  });
  it('names each agent as Claude Code does, by its plugin and the sub-folders of the plugin’s agents folder', () => {
    expect(catalog.agents.map((agent) => [agent.slug, claudeCodeName(agent)])).toEqual([
      ['api-designer', 'backend:api-designer'],
      ['api-designer-review', 'review:api-designer'],
      ['code-reviewer', 'review:code-reviewer'],
      ['code-reviewer-review', 'review:code-reviewer'],
      ['doc-writer', 'docs:doc-writer'],
      ['fixer', 'broken:fixer'],
      ['frontend-developer', 'core:frontend-developer'],
      ['glossary-keeper', 'glossary-keeper'],
      ['helper', 'helper'],
      ['mobile-developer', 'mobile-developer'],
      ['schema-reviewer', 'schema-reviewer'],
      ['secrets-auditor', 'review:security:secrets-auditor'],
      // Claude Code cannot read its frontmatter: it knows it by its file's name (see below).
      ['test-sleuth', 'review:triage:flaky-test-hunter'],
    ]);
  });
  it('knows the marketplace that lists a plugin and the category it gives it', () => {
    expect(byPath('plugins/backend/agents/api-designer.md').agent!.plugin).toEqual({ name: 'backend', scope: 'backend', marketplace: 'team-tools', category: 'development', description: 'Backend agents' });
    expect(byPath('plugins/review/agents/code-reviewer.md').agent!.plugin).toEqual({ name: 'review', scope: 'review', marketplace: 'team-tools', category: 'quality', description: 'Review agents' });
    expect(byPath('plugins/docs/extra/writer.md').agent!.plugin).toEqual({ name: 'docs', scope: 'docs', marketplace: 'team-tools' });
    expect(byPath('standalone/agents/helper.md').agent!.plugin).toBeNull();
  });
  it('takes the category from the marketplace, else the plugin, else the folder above one named agents', () => {
    const category = (path: string) => categoryOf(byPath(path).agent!).name;
    expect(['plugins/backend/agents/db/schema-reviewer.md', 'plugins/review/agents/api-designer.md', 'plugins/docs/extra/writer.md', 'plugins/broken/agents/fixer.md', 'standalone/agents/helper.md'].map(category)).toEqual([
      'Development',
      'Quality',
      'Docs',
      'Broken',
      'Standalone',
    ]);
  });
  it('does not flag agents of the same name in two plugins, and flags two in one plugin by their full name', () => {
    expect(messages('plugins/backend/agents/api-designer.md').filter((message) => !message.includes('plugin-field-ignored'))).toEqual([]);
    expect(messages('plugins/review/agents/api-designer.md')).toEqual([]);
    expect(messages('plugins/review/agents/code-reviewer.md')).toEqual([
      '2 warning duplicate-name: The name "review:code-reviewer" is also declared by `plugins/review/agents/code-reviewer-strict.md`; Claude Code keeps only one agent per name. This one is listed at /agents/code-reviewer-review/.',
    ]);
  });
  it('warns that Claude Code ignores permissionMode, mcpServers and hooks in a plugin’s agent, at the field’s line', () => {
    expect(messages('plugins/backend/agents/api-designer.md')).toEqual([
      "5 warning plugin-field-ignored: Claude Code ignores `permissionMode` in a plugin's agents, for security; this agent runs without it.",
    ]);
    expect(byPath('plugins/backend/agents/api-designer.md').diagnostics[0]!.hint).toBe('Remove `permissionMode`, or install the agent as a file of `.claude/agents/` where it applies.');
  });
  it('reports a plugin manifest that is not JSON, and still lists the plugin’s agents under its folder’s name', () => {
    const manifest = byPath('plugins/broken/.claude-plugin/plugin.json');
    expect([manifest.claudeCode, manifest.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)]).toEqual([
      null,
      [
        "1 error manifest-invalid: The plugin manifest could not be read (its JSON is not valid: Expected double-quoted property name in JSON at position 20 (line 1 column 21)); Claude Code cannot load the plugin, nor any of its agents. They are listed under the plugin folder's name, as agents Claude Code skips. Fix: Make the file one valid JSON object (check for a trailing comma or a missing quote).",
      ],
    ]);
  });
  it('says Claude Code skips the agents of a plugin whose manifest is not JSON, and would load them once it is mended', () => {
    expect(byPath('plugins/broken/agents/fixer.md').claudeCode).toEqual({
      status: 'skipped',
      reason: 'plugin-not-loadable',
      explanation:
        'Claude Code cannot load the plugin broken, whose manifest (`.claude-plugin/plugin.json`) has an error (see the report), so it loads none of its agents. Once the manifest is mended: Claude Code loads this agent as it is.',
    });
    expect(byPath('plugins/backend/agents/api-designer.md').claudeCode?.status).toBe('loads');
    // A file the plugin does not load anyway is shown as a file of its own, with its own verdict.
    expect(byPath('plugins/core/mobile-developer.md').claudeCode?.status).toBe('loads');
  });
  it('loads a plugin’s agent whose frontmatter Claude Code cannot read without its fields, by its file’s name', () => {
    const file = byPath('plugins/review/agents/triage/flaky-test-hunter.md');
    expect(file.claudeCode).toEqual({
      status: 'loads-without-fields',
      explanation:
        'Claude Code cannot read the frontmatter (see its warning). As an agent of the plugin review, it loads the file anyway, with none of its fields: it knows it as review:triage:flaky-test-hunter (its file\'s name), describes it to Claude only as “Agent from review plugin”, so that Claude never picks it by itself, and gives it every tool and the main conversation\'s model.',
    });
    expect(file.agent!.claudeCodeFallback).toEqual({ name: 'flaky-test-hunter', description: 'Agent from review plugin' });
    expect(messages('plugins/review/agents/triage/flaky-test-hunter.md')[0]).toMatch(
      /^3 warning frontmatter-recovered: The frontmatter is not valid YAML even after Claude Code's re-quoting \(.*\), so Claude Code loads this agent of the plugin review with none of its fields; the catalogue recovered `name`, `description`, `tools`, `model` line by line\.$/,
    );
    // Its context cost is that of what Claude Code lists: the file's name and the placeholder.
    expect(agentInsight(file.agent!, file.agent!.body).tokens.description).toBe(estimateTokens('flaky-test-hunter: Agent from review plugin'));
    // As a file of its own (installed by itself, or in a folder that is no plugin's), Claude Code skips it.
    const alone = buildCatalog([{ path: 'flaky-test-hunter.md', bytes: readFileSync(fixture('plugin-marketplace/plugins/review/agents/triage/flaky-test-hunter.md')) }]);
    expect(alone.files[0]!.claudeCode?.reason).toBe('frontmatter-unreadable');
    expect(alone.agents[0]!.claudeCodeFallback).toBeUndefined();
  });
  it('warns that a plugin loads a Markdown file of its agents without a frontmatter too, by its file’s name', () => {
    const readme = byPath('plugins/review/agents/README.md');
    expect(readme.status).toBe('not-agent');
    expect(readme.claudeCode).toMatchObject({ status: 'loads-without-fields' });
    expect(readme.claudeCode!.explanation).toMatch(/^The file has no frontmatter\. As an agent of the plugin review, it loads the file anyway, with none of its fields: it knows it as review:README /);
    expect(messages('plugins/review/agents/README.md')).toEqual([
      '1 warning plugin-file-without-frontmatter: The file has no frontmatter, yet it is among the agent files of the plugin review: Claude Code loads it as the agent review:README, described only as “Agent from review plugin”, with every tool.',
    ]);
    // Outside a plugin's agents, such a file is no agent of anyone's.
    expect(byPath('plugins/core/README.md').claudeCode).toBeNull();
    expect(byPath('README.md').diagnostics).toEqual([]);
  });
  it('reads an agents folder that is a plugin’s agents/ as that plugin’s, or only the files the plugin lists instead', () => {
    const alone = buildCatalog(readAgentsFolder(fixture('plugin-marketplace/plugins/review/agents')));
    expect(alone.agents.map((agent) => [agent.path, claudeCodeName(agent), categoryOf(agent).name])).toEqual([
      ['api-designer.md', 'review:api-designer', 'Review'],
      ['code-reviewer-strict.md', 'review:code-reviewer', 'Review'],
      ['code-reviewer.md', 'review:code-reviewer', 'Review'],
      ['security/secrets-auditor.md', 'review:security:secrets-auditor', 'Review'],
      ['triage/flaky-test-hunter.md', 'review:triage:flaky-test-hunter', 'Review'],
    ]);
    const listing = buildCatalog(readAgentsFolder(fixture('plugin-marketplace/plugins/backend/agents')));
    expect(listing.agents.map((agent) => [agent.path, claudeCodeName(agent), agent.plugin?.unlisted ?? null])).toEqual([
      ['api-designer.md', 'backend:api-designer', null],
      ['db/schema-reviewer.md', 'schema-reviewer', { listsIn: 'plugin.json', others: [], list: true, replaced: true }],
    ]);
    expect(listing.files.find((file) => file.path === 'db/schema-reviewer.md')!.diagnostics.map((d) => d.code)).toEqual(['plugin-agent-unlisted']);
  });
  it('warns of an agent file in a plugin’s folder that the plugin does not load, and names it as a file of its own', () => {
    expect(messages('plugins/core/mobile-developer.md')).toEqual([
      '2 warning plugin-agent-unlisted: The plugin core does not load this agent: the file is in the plugin’s folder, but not among the agent files its manifest lists.',
    ]);
    expect(messages('plugins/core/frontend-developer.md')).toEqual([]);
    expect(byPath('plugins/core/mobile-developer.md').agent!.plugin).toEqual({
      name: 'core',
      scope: 'core',
      marketplace: 'team-tools',
      category: 'development',
      description: 'Core agents, listed one by one',
      unlisted: { listsIn: 'plugin.json', others: [], list: true },
    });
    expect(byPath('plugins/core/mobile-developer.md').diagnostics[0]!.hint).toBe('Add the file to the `agents` list of `.claude-plugin/plugin.json`.');
    expect(loadingPlugin(byPath('plugins/core/mobile-developer.md').agent!.plugin)).toBeNull();
    expect(loadingPlugin(byPath('plugins/core/frontend-developer.md').agent!.plugin)?.name).toBe('core');
  });
  it('tells a plugin without a manifest to list the file in its marketplace entry', () => {
    expect(byPath('plugins/docs/glossary-keeper.md').diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      '2 warning plugin-agent-unlisted: The plugin docs does not load this agent: the file is in the plugin’s folder, but not among the agent files its marketplace entry lists. Fix: Add the file to the `agents` list of the plugin’s entry in `.claude-plugin/marketplace.json`.',
    ]);
  });
  it('loads only the agent files a manifest lists, whose list takes the place of the agents/ folder, and warns of the others there', () => {
    expect(byPath('plugins/backend/agents/db/schema-reviewer.md').diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      '2 warning plugin-agent-unlisted: The plugin backend does not load this agent: the file is in the `agents/` folder, but the plugin lists its agent files (`agents` in its manifest), which takes the place of that folder, and leaves this one out. Fix: Add the file to the `agents` list of `.claude-plugin/plugin.json`, or leave out `agents` so that Claude Code reads the whole `agents/` folder.',
    ]);
    expect(loadingPlugin(byPath('plugins/backend/agents/db/schema-reviewer.md').agent!.plugin)).toBeNull();
    // The review plugin lists none: its whole agents/ folder is its, sub-folders naming their agents.
    expect(claudeCodeName(byPath('plugins/review/agents/security/secrets-auditor.md').agent!)).toBe('review:security:secrets-auditor');
  });
  it('reads once an agent its manifest lists inside its agents/ folder, and reports one it lists that is not there', () => {
    expect(catalog.files.filter((file) => file.path === 'plugins/backend/agents/api-designer.md')).toHaveLength(1);
    expect(byPath('plugins/core/gone.md').diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      '1 error file-unreadable: The file could not be read (the plugin core lists it among its agents, but it is not there), so it is not in the catalogue. Fix: Add the file, or take it out of the `agents` list that names it, in the plugin’s manifest or its marketplace entry.',
    ]);
  });
  it('offers the command that installs a plugin a marketplace lists, and none otherwise', () => {
    expect(pluginInstallCommand(byPath('plugins/backend/agents/api-designer.md').agent!.plugin)).toBe('/plugin install backend@team-tools');
    expect(pluginInstallCommand(byPath('plugins/broken/agents/fixer.md').agent!.plugin)).toBeNull();
    expect(pluginInstallCommand(null)).toBeNull();
    // A plugin whose manifest cannot be read would not install.
    expect(pluginInstallCommand({ name: 'broken', marketplace: 'team-tools', manifestInvalid: true })).toBeNull();
  });
});

describe('plugins that share a folder (test/fixtures/plugin-shared-folder: a marketplace whose plugins all have the source ./)', () => {
  const shared = buildCatalog(readAgentsFolder(fixture('plugin-shared-folder')));
  const diagnostics = (path: string) => shared.files.find((file) => file.path === path)!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`);
  it('gives each plugin the agents it lists, and an agent none lists to none, as each list takes the place of the agents/ folder', () => {
    expect(shared.files.map((file) => [file.path, file.status, file.agent ? claudeCodeName(file.agent) : null])).toEqual([
      ['README.md', 'not-agent', null],
      ['agents/code-reviewer.md', 'agent', 'reviews:code-reviewer'],
      ['agents/doc-writer.md', 'agent', 'docs:doc-writer'],
      ['agents/helper.md', 'agent', 'helper'],
      ['drafts/triage-bot.md', 'agent', 'triage-bot'],
    ]);
    expect(shared.files.filter((file) => !['agents/helper.md', 'drafts/triage-bot.md'].includes(file.path)).flatMap((file) => file.diagnostics)).toEqual([]);
  });
  it('warns that no plugin of the folder loads an agent file that none lists, in agents/ or outside it, naming them all', () => {
    expect(diagnostics('agents/helper.md')).toEqual([
      '2 warning plugin-agent-unlisted: No plugin of this folder (reviews, docs) loads this agent: the file is in the `agents/` folder, but each lists its agent files (`agents` in its marketplace entry), which takes the place of that folder, and none lists this one. Fix: Add the file to the `agents` list of one plugin’s entry in `.claude-plugin/marketplace.json`, or leave out `agents` in one entry so that Claude Code reads the whole `agents/` folder.',
    ]);
    expect(diagnostics('drafts/triage-bot.md')).toEqual([
      '2 warning plugin-agent-unlisted: No plugin of this folder (reviews, docs) loads this agent: the file is in their shared folder, but not among the agent files their marketplace entries list. Fix: Add the file to the `agents` list of one plugin’s entry in `.claude-plugin/marketplace.json`.',
    ]);
  });
});

describe('the agents key of a manifest (test/fixtures/plugin-manifest-agents)', () => {
  const kinds = buildCatalog(readAgentsFolder(fixture('plugin-manifest-agents')));
  const file = (path: string) => kinds.files.find((found) => found.path === path)!;
  it('reports a manifest whose agents names a folder, which Claude Code rejects, and says Claude Code skips the plugin’s agents', () => {
    expect(file('folder-listed/.claude-plugin/plugin.json').diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      '1 error manifest-rejected: Claude Code rejects this plugin manifest (its `agents` names a folder, `./agents/`, where Claude Code takes only agent files), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips. Fix: Leave out `agents` and keep the agent files in `agents/`, which Claude Code reads without it, or list the files one by one (`"agents": ["./custom/reviewer.md"]`).',
    ]);
    expect(file('folder-listed/agents/deployer.md').claudeCode).toMatchObject({ status: 'skipped', reason: 'plugin-not-loadable' });
  });
  it('reports a manifest whose agents names a file outside the plugin, which Claude Code rejects, and says Claude Code skips the plugin’s agents', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plugin-outside-'));
    try {
      for (const dir of ['tools/.claude-plugin', 'tools/agents', 'shared']) mkdirSync(join(folder, dir), { recursive: true });
      writeFileSync(join(folder, 'tools', '.claude-plugin', 'plugin.json'), JSON.stringify({ name: 'tools', agents: ['./agents/linter.md', '../shared/helper.md'] }));
      for (const [path, name] of [['tools/agents/linter.md', 'linter'], ['shared/helper.md', 'helper']] as const) writeFileSync(join(folder, path), `---\nname: ${name}\ndescription: Helps.\n---\nHelp.\n`);
      const outside = buildCatalog(readAgentsFolder(folder));
      const manifest = outside.files.find((found) => found.path === 'tools/.claude-plugin/plugin.json')!;
      expect(manifest.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
        '1 error manifest-rejected: Claude Code rejects this plugin manifest (its `agents` names a file outside the plugin\'s folder, `../shared/helper.md`), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips. Fix: Move the file into the plugin\'s folder and list it from there (`"agents": ["./agents/reviewer.md"]`).',
      ]);
      expect(outside.files.find((found) => found.path === 'tools/agents/linter.md')!.claudeCode).toMatchObject({ status: 'skipped', reason: 'plugin-not-loadable' });
      // The file outside is an agent of its own folder, as it was.
      expect(outside.files.find((found) => found.path === 'shared/helper.md')!.agent!.plugin).toBeNull();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
  it('reports a manifest whose agents names paths not ending in .md, or is not a list of paths, which Claude Code rejects', () => {
    const manifests = { extensionless: { agents: ['./agents/linter.md', './agents/reviewer'] }, numbered: { agents: 3 }, mixed: { agents: ['./agents/linter.md', 3] } };
    const built = catalogOfFiles(
      Object.fromEntries(Object.entries(manifests).flatMap(([name, manifest]) => [[`${name}/.claude-plugin/plugin.json`, { name, ...manifest }], [`${name}/agents/linter.md`, agentFile('linter')]])),
    );
    const reported = (name: string) => built.files.find((found) => found.path === `${name}/.claude-plugin/plugin.json`)!.diagnostics.map((d) => `${d.code}: ${d.message} Fix: ${d.hint}`);
    expect(reported('extensionless')).toEqual([
      'manifest-rejected: Claude Code rejects this plugin manifest (its `agents` names a path not ending in `.md`, `./agents/reviewer`, where Claude Code takes only agent files ending so), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips. Fix: Leave out `agents` and keep the agent files in `agents/`, which Claude Code reads without it, or list the files one by one (`"agents": ["./custom/reviewer.md"]`).',
    ]);
    expect(reported('numbered')).toEqual([
      'manifest-rejected: Claude Code rejects this plugin manifest (its `agents` is a number, not a path or a list of paths), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips. Fix: List the agent files as paths (`"agents": ["./agents/reviewer.md"]`), or leave out `agents` to load the `agents/` folder.',
    ]);
    expect(reported('mixed')[0]).toContain('(its `agents` is a list with something other than paths in it)');
    expect(built.files.filter((found) => found.agent).map((found) => [found.path, found.claudeCode?.reason])).toEqual([
      ['extensionless/agents/linter.md', 'plugin-not-loadable'],
      ['mixed/agents/linter.md', 'plugin-not-loadable'],
      ['numbered/agents/linter.md', 'plugin-not-loadable'],
    ]);
  });
  it('reports a manifest Claude Code rejects for its metadata (an author as text), and says Claude Code skips the plugin’s agents', () => {
    const built = catalogOfFiles({ 'tools/.claude-plugin/plugin.json': { name: 'tools', author: 'Jane Doe' }, 'tools/agents/linter.md': agentFile('linter') });
    expect(built.files.find((found) => found.path === 'tools/.claude-plugin/plugin.json')!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`)).toEqual([
      '1 error manifest-rejected: Claude Code rejects this plugin manifest (its `author`, "Jane Doe", is not an object with a `name`), so it cannot load the plugin, nor any of its agents, which are listed as agents Claude Code skips. Fix: Write the author as an object: `"author": { "name": "Jane Doe", "email": "jane@example.com" }`.',
    ]);
    expect(built.files.find((found) => found.path === 'tools/agents/linter.md')!.claudeCode).toMatchObject({ status: 'skipped', reason: 'plugin-not-loadable' });
  });
  it('gives the agents/ folder of a shared plugin folder to the plugin that lists no agent files', () => {
    expect(kinds.agents.filter((agent) => agent.path.startsWith('shared/')).map((agent) => [agent.path, claudeCodeName(agent)])).toEqual([
      ['shared/notes/archivist.md', 'archivist'],
      ['shared/agents/planner.md', 'lister:planner'],
      ['shared/agents/scribe.md', 'keeper:scribe'],
    ]);
    expect(file('shared/agents/scribe.md').diagnostics).toEqual([]);
  });
  it('tells of an agent file a plugin that lists no agent files does not load to move it into agents/', () => {
    const warning = (path: string) => file(path).diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`);
    expect(warning('plain/draft.md')).toEqual([
      '2 warning plugin-agent-unlisted: The plugin plain does not load this agent: the file is in the plugin’s folder, but not in its `agents/` folder, where Claude Code finds the plugin’s agents. Fix: Move the file into the plugin’s `agents/` folder.',
    ]);
    expect(warning('shared/notes/archivist.md')).toEqual([
      '2 warning plugin-agent-unlisted: No plugin of this folder (lister, keeper) loads this agent: the file is in their shared folder, but neither in its `agents/` folder nor among the agent files their marketplace entries list. Fix: Move the file into the `agents/` folder, or add it to the `agents` list of one plugin’s entry in `.claude-plugin/marketplace.json`.',
    ]);
    expect(claudeCodeName(file('plain/agents/linter.md').agent!)).toBe('plain:linter');
  });
});

describe('a plugin’s agents without a name or a description, which Claude Code’s loader of plugins’ agents names after their files and describes otherwise', () => {
  const folder = mkdtempSync(join(tmpdir(), 'plugin-unnamed-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, '.claude-plugin'));
  writeFileSync(join(folder, '.claude-plugin', 'plugin.json'), '{"name": "helpers"}');
  mkdirSync(join(folder, 'agents'));
  writeFileSync(join(folder, 'agents', 'unnamed-helper.md'), '---\ndescription: Helps with reviews.\ntools: Read\n---\nYou help.\n');
  writeFileSync(join(folder, 'agents', 'quiet.md'), '---\nname: quiet\nmodel: haiku\n---\nYou wait.\n');
  writeFileSync(join(folder, 'agents', 'when.md'), '---\nname: when\nwhen-to-use: Use it when X breaks.\n---\nYou fix X.\n');
  const catalog = buildCatalog(readAgentsFolder(folder));
  const file = (name: string) => catalog.files.find((found) => found.path === `agents/${name}.md`)!;

  it('loads each as an agent, by the name Claude Code gives it', () => {
    expect(['unnamed-helper', 'quiet', 'when'].map((name) => [file(name).status, file(name).claudeCode?.status, claudeCodeName(file(name).agent!)])).toEqual([
      ['agent', 'loads', 'helpers:unnamed-helper'],
      ['agent', 'loads', 'helpers:quiet'],
      ['agent', 'loads', 'helpers:when'],
    ]);
    expect(file('quiet').agent!.fields.model).toBe('haiku');
  });
  it('describes them as Claude Code does, and says what to add, on the line of the field', () => {
    expect(['unnamed-helper', 'quiet', 'when'].map((name) => file(name).agent!.description)).toEqual(['Helps with reviews.', 'Agent from helpers plugin', 'Use it when X breaks.']);
    expect(['unnamed-helper', 'quiet', 'when'].flatMap((name) => file(name).diagnostics.map((d) => `${d.file}:${d.line} ${d.code}: ${d.message} Fix: ${d.hint}`))).toEqual([
      'agents/unnamed-helper.md:1 plugin-agent-unnamed: The frontmatter has no `name`; as an agent of the plugin helpers, Claude Code names it after its file: helpers:unnamed-helper. Fix: Add a line `name: unnamed-helper` to the frontmatter, so that renaming the file does not rename the agent.',
      'agents/quiet.md:1 plugin-agent-undescribed: The frontmatter has no `description`; as an agent of the plugin helpers, Claude Code describes it to Claude only as “Agent from helpers plugin”, so that Claude never picks it by itself. Fix: Add `description:` saying when Claude should delegate to this agent, e.g. `description: Use this agent when ...`.',
      'agents/when.md:3 plugin-agent-undescribed: The frontmatter has no `description`; as an agent of the plugin helpers, Claude Code describes it to Claude by its `when-to-use` field instead. Fix: Rename `when-to-use` to `description`, the field Claude Code’s documentation names.',
    ]);
  });
});

describe('pluginGroups', () => {
  const plugin = (name: string, marketplace?: string, unlisted = false) => ({
    name,
    scope: name,
    ...(marketplace ? { marketplace } : {}),
    ...(unlisted ? { unlisted: { listsIn: 'plugin.json' as const, others: [], list: true } } : {}),
  });
  it('groups the agents each plugin loads, plugins by name, with an anchor each, leaving out agents no plugin loads', () => {
    const groups = pluginGroups([
      { plugin: plugin('review', 'team'), item: 'code-reviewer' },
      { plugin: null, item: 'helper' },
      { plugin: plugin('backend', 'team'), item: 'api-designer' },
      { plugin: plugin('review', 'team', true), item: 'stray' },
      { plugin: plugin('review', 'team'), item: 'api-reviewer' },
      { plugin: plugin('review', 'other'), item: 'copy' },
      { plugin: plugin('データ'), item: 'data' },
    ]);
    expect(groups.map(({ name, id, marketplace, items }) => [name, id, marketplace, items])).toEqual([
      ['backend', 'plugin-backend', 'team', ['api-designer']],
      ['review', 'plugin-review', 'other', ['copy']],
      ['review', 'plugin-review-2', 'team', ['code-reviewer', 'api-reviewer']],
      ['データ', 'plugin-name-e3c8c8e4', undefined, ['data']],
    ]);
  });
});

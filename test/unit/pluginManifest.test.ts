import { describe, expect, it } from 'vitest';
import { manifestFaults, marketplaceFaults } from '../../src/lib/catalog/pluginManifest.ts';

const folders = new Set(['agents', './agents/', 'custom']);
const faults = (manifest: Record<string, unknown>) => manifestFaults(manifest, 'Team Tools', (path) => folders.has(path)).map(({ reason, fix }) => `${reason}. Fix: ${fix}`);

describe('manifestFaults (what Claude Code’s check of plugin.json rejects)', () => {
  it('finds none in a manifest with a name and well-formed fields, whatever unknown fields it has', () => {
    expect(faults({ name: 'tools' })).toEqual([]);
    expect(
      faults({
        name: 'tools',
        version: '1.0.0',
        description: 'Tools',
        author: { name: 'Jane Doe', email: 'jane@example.com', url: 'https://example.com' },
        homepage: 'https://example.com/tools',
        repository: 'https://github.com/acme/tools',
        license: 'MIT',
        keywords: ['review'],
        agents: ['./agents/reviewer.md', './custom/linter.md'],
        commands: { about: { source: './README.md' } },
        skills: './skills/',
        outputStyles: ['./styles/'],
        hooks: ['./hooks/extra.json', { PreToolUse: [] }],
        'x-vendor': 1,
      }),
    ).toEqual([]);
  });
  it('requires a name, as text without spaces, and suggests one from the folder', () => {
    expect(faults({ description: 'Tools' })).toEqual(['it has no `name`. Fix: Add the plugin\'s name: `"name": "team-tools"`.']);
    expect(faults({ name: '' })).toEqual(['its `name` is empty. Fix: Write the plugin\'s name as text: `"name": "team-tools"`.']);
    expect(faults({ name: 7 })).toEqual(['its `name` is a number, not text. Fix: Write the plugin\'s name as text: `"name": "team-tools"`.']);
    expect(faults({ name: 'Team Tools' })).toEqual(['its `name`, "Team Tools", contains a space. Fix: Write the name in kebab-case: `"name": "team-tools"`.']);
  });
  it('rejects metadata of the wrong kind: an author as text, a homepage without a scheme, a version as a number, keywords as text', () => {
    expect(faults({ name: 'tools', author: 'Jane Doe' })).toEqual([
      'its `author`, "Jane Doe", is not an object with a `name`. Fix: Write the author as an object: `"author": { "name": "Jane Doe", "email": "jane@example.com" }`.',
    ]);
    expect(faults({ name: 'tools', author: { email: 'jane@example.com' } })).toHaveLength(1);
    expect(faults({ name: 'tools', homepage: 'example.com' })).toEqual([
      'its `homepage`, "example.com", is not a URL. Fix: Write the whole address, with its scheme: `"homepage": "https://example.com/tools"`, or leave it out.',
    ]);
    expect(faults({ name: 'tools', version: 1, description: null })).toEqual([
      'its `version` is a number, not text. Fix: Write `version` as text, or leave it out.',
      'its `description` is null, not text. Fix: Write `description` as text, or leave it out.',
    ]);
    expect(faults({ name: 'tools', keywords: 'review' })).toEqual(['its `keywords` is not a list of text. Fix: Write the keywords as a list: `"keywords": ["review", "security"]`.']);
  });
  it('rejects agent paths that do not start with ./, with the paths mended in the fix', () => {
    expect(faults({ name: 'tools', agents: ['agents/reviewer.md', './agents/linter.md'] })).toEqual([
      'its `agents` has a path not starting with `./`, `agents/reviewer.md`. Fix: Start each path with `./`: `"agents": ["./agents/reviewer.md"]`.',
    ]);
  });
  it('rejects a folder, a path not ending in .md and a file outside the plugin in agents', () => {
    expect(faults({ name: 'tools', agents: './agents/' })[0]).toMatch(/^its `agents` names a folder, `\.\/agents\/`, where Claude Code takes only agent files\./);
    expect(faults({ name: 'tools', agents: ['./agents/reviewer'] })[0]).toMatch(/^its `agents` names a path not ending in `\.md`, `\.\/agents\/reviewer`/);
    expect(faults({ name: 'tools', agents: ['../shared/helper.md'] })[0]).toMatch(/^its `agents` names a file outside the plugin's folder, `\.\.\/shared\/helper\.md`\./);
  });
  it('rejects paths of other components that do not start with ./, and hooks files not ending in .json', () => {
    expect(faults({ name: 'tools', commands: ['commands/deploy.md'], skills: 'skills', hooks: './hooks.yaml' })).toEqual([
      'its `commands` has an entry, "commands/deploy.md", that is not a path starting with `./`. Fix: Write each path from the plugin\'s folder, starting with `./`: `"commands": ["./commands/"]`.',
      'its `skills` has an entry, "skills", that is not a path starting with `./`. Fix: Write each path from the plugin\'s folder, starting with `./`: `"skills": ["./skills/"]`.',
      'its `hooks` has an entry, "./hooks.yaml", that is not a path starting with `./` and ending in `.json`. Fix: Write each path from the plugin\'s folder, starting with `./`: `"hooks": ["./hooks/extra.json"]`.',
    ]);
  });
});

describe('marketplaceFaults (what Claude Code’s check of marketplace.json rejects: the file, or one entry)', () => {
  const reasons = (manifest: Record<string, unknown>) => {
    const { whole, entries } = marketplaceFaults(manifest);
    return [...whole.map((fault) => fault.reason), ...[...entries].flatMap(([index, faults]) => faults.map((fault) => `entry ${index + 1}: ${fault.reason}`))];
  };
  it('finds none in a marketplace with a name, an owner and entries with a name and a source', () => {
    expect(reasons({ name: 'tools', owner: { name: 'Acme' }, plugins: [{ name: 'review', source: './plugins/review', agents: ['./agents/a.md', './../shared/b.md'] }, { name: 'remote', source: { source: 'github', repo: 'acme/remote' } }] })).toEqual([]);
  });
  it('requires the marketplace’s name, owner and list of plugins', () => {
    expect(reasons({})).toEqual(['it has no `name`', 'it has no `owner`, which a marketplace must have', 'its `plugins` is missing']);
    expect(reasons({ name: 'team tools', owner: 'Acme', plugins: {} })).toEqual(['its `name`, "team tools", contains a space', 'its `owner`, "Acme", is not an object with a `name`', 'its `plugins` is an object, not a list']);
    expect(marketplaceFaults({ owner: { name: 'Acme' }, plugins: [] }).whole[0]!.fix).toBe('Add the marketplace\'s name: `"name": "team-tools"`.');
  });
  it('rejects a marketplace name that is a path, reserved, or passes for an official marketplace', () => {
    const named = (name: string) => reasons({ name, owner: { name: 'Acme' }, plugins: [] });
    expect(named('acme/tools')).toEqual(['its `name`, "acme/tools", would be read as a path (it has a slash, a backslash or `..`, or is `.`)']);
    expect(named('builtin')).toEqual(['its `name`, "builtin", is reserved by Claude Code']);
    expect(named('claude-plugins-v2')).toEqual(["its `name`, \"claude-plugins-v2\", passes for one of Anthropic's official marketplaces (or has a character outside ASCII), which Claude Code blocks"]);
    expect(named('tооls')).toHaveLength(1);
    expect([named('claude-plugins-official'), named('my-claude-tools'), named('team-tools')]).toEqual([[], [], []]);
  });
  it('names each entry that Claude Code rejects, by its index: no name or source, metadata of the wrong kind, agent paths without ./, no object', () => {
    expect(reasons({ name: 'tools', owner: { name: 'Acme' }, plugins: [{ source: './a' }, { name: 'b c', source: './b' }, { name: 'd' }, { name: 'e', source: './e', author: 'Jane', agents: ['../shared/x.md', 'agents/y.md'] }, 'f'] })).toEqual([
      'entry 1: it has no `name`',
      'entry 2: its `name`, "b c", contains a space',
      'entry 3: it has no `source`',
      'entry 4: its `author`, "Jane", is not an object with a `name`',
      "entry 4: its `agents` names a file outside the plugin's folder, `../shared/x.md`",
      'entry 5: it is a string, not an object',
    ]);
    expect(reasons({ name: 'tools', owner: { name: 'Acme' }, plugins: [{ name: 'web', source: './a' }, { name: 'web', source: './b' }] })).toEqual([
      'entry 2: its `name`, "web", is that of plugin number 1 too, which `web@…` installs instead',
    ]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { catalogReport, errorLines, reportFile, verdictWarnings } from '../../src/lib/catalog/catalogReport.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { categoryOf } from '../../src/lib/present/agentFacts.ts';
import { fixture } from './helpers.ts';

const catalog = buildCatalog(readAgentsFolder(fixture('catalog-duplicates')));
const byPath = (path: string) => catalog.files.find((file) => file.path === path)!;

describe('buildCatalog', () => {
  it('lists every Markdown file, recursively, in path order', () => {
    expect(catalog.files.map((file) => [file.path, file.status])).toEqual([
      ['README.md', 'not-agent'],
      ['backend/reviewer.md', 'agent'],
      ['frontend/reviewer.md', 'agent'],
      ['nameless.md', 'invalid'],
      ['nested/deep/er/any-reviewer.md', 'agent'],
      ['reviewer-frontend.md', 'agent'],
    ]);
  });
  it('keeps both agents of a duplicate name with distinct, deterministic slugs', () => {
    expect(byPath('backend/reviewer.md').slug).toBe('reviewer');
    // `reviewer-frontend` is another agent's own slug, so the duplicate is numbered instead.
    expect(byPath('frontend/reviewer.md').slug).toBe('reviewer-2');
    expect(byPath('nested/deep/er/any-reviewer.md').slug).toBe('reviewer-er');
    expect(byPath('reviewer-frontend.md').slug).toBe('reviewer-frontend');
    expect(buildCatalog(readAgentsFolder(fixture('catalog-duplicates'))).agents.map((agent) => agent.slug)).toEqual(catalog.agents.map((agent) => agent.slug));
  });
  it('flags both agents of a duplicate name, naming the other file', () => {
    const flags = (path: string) => byPath(path).diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
    expect(flags('backend/reviewer.md')).toEqual([
      'duplicate-name: The name "reviewer" is also declared by `frontend/reviewer.md`; Claude Code keeps only one agent per name. This one is listed at /agents/reviewer/.',
      'slug-collision: The name "reviewer" makes the same page address as `nested/deep/er/any-reviewer.md`; this one is listed at /agents/reviewer/.',
    ]);
    expect(flags('frontend/reviewer.md')[0]).toContain('`backend/reviewer.md`');
    expect(byPath('frontend/reviewer.md').agent!.sameNameAs).toEqual(['backend/reviewer.md']);
  });
  it('numbers the copies of one agent in one folder, and names five of the others in each one’s warning', () => {
    const copies = buildCatalog(Array.from({ length: 8 }, (_, index) => ({ path: `copy-${index}.md`, bytes: new TextEncoder().encode('---\nname: twin\ndescription: The same.\n---\nBody') })));
    expect(copies.agents.map((agent) => agent.slug)).toEqual(['twin', 'twin-2', 'twin-3', 'twin-4', 'twin-5', 'twin-6', 'twin-7', 'twin-8']);
    expect(copies.files[0]!.diagnostics[0]!.message).toBe(
      'The name "twin" is also declared by `copy-1.md`, `copy-2.md`, `copy-3.md`, `copy-4.md`, `copy-5.md` and 2 more files; Claude Code keeps only one agent per name. This one is listed at /agents/twin/.',
    );
    expect(copies.files[0]!.agent!.sameNameAs).toHaveLength(7);
  });
  it('flags a different name that makes the same slug', () => {
    expect(byPath('nested/deep/er/any-reviewer.md').diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['name-not-kebab-case', 'slug-collision']);
  });
  it('reports every file with status, slug, verdict and diagnostics', () => {
    const report = catalogReport(catalog.files.map(reportFile));
    expect(report.summary).toEqual({
      files: 6,
      agents: 4,
      notAgents: 1,
      invalid: 1,
      warnings: 6,
      errors: 1,
      claudeCode: { loads: 4, 'loads-after-requote': 0, 'loads-without-fields': 0, 'cannot-run': 0, skipped: 1 },
    });
    expect(report.files[3]).toMatchObject({ path: 'nameless.md', status: 'invalid', slug: null, claudeCode: 'skipped', claudeCodeReason: 'no-name' });
    expect(report.files[0]).toMatchObject({ path: 'README.md', status: 'not-agent', slug: null, claudeCode: null, warnings: [], errors: [] });
  });
  it('says clearly when the agents folder does not exist', () => {
    expect(() => readAgentsFolder('/no/such/folder')).toThrowErrorMatchingInlineSnapshot(`[Error: The agents folder "/no/such/folder" does not exist. Create it, or set AGENTS_DIR to the folder that holds your agent files.]`);
  });
});

describe('hidden files and folders', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agent-hidden-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const agent = (name: string) => `---\nname: ${name}\ndescription: Drafts ${name}.\n---\nYou draft.\n`;
  writeFileSync(join(folder, 'writer.md'), agent('writer'));
  writeFileSync(join(folder, '.draft-writer.md'), agent('draft-writer'));
  writeFileSync(join(folder, '..md'), agent('dots'));
  writeFileSync(join(folder, '.DS_Store'), 'binary');
  mkdirSync(join(folder, '.github'));
  writeFileSync(join(folder, '.github', 'pull_request_template.md'), '---\nname: template\n---\n');
  const files = buildCatalog(readAgentsFolder(folder)).files;

  it('reads the agents of a project’s .claude folder, at any depth, and nothing else of it', () => {
    const project = mkdtempSync(join(tmpdir(), 'agent-project-'));
    try {
      for (const dir of ['.claude/agents/review', '.claude/commands', '.claude/skills/deploy', 'packages/web/.claude/agents']) mkdirSync(join(project, dir), { recursive: true });
      writeFileSync(join(project, '.claude', 'agents', 'planner.md'), agent('planner'));
      writeFileSync(join(project, '.claude', 'agents', 'review', 'reviewer.md'), agent('reviewer'));
      writeFileSync(join(project, '.claude', 'commands', 'ship.md'), '---\ndescription: Ships it.\n---\nShip.\n');
      writeFileSync(join(project, '.claude', 'skills', 'deploy', 'SKILL.md'), '---\nname: deploy\ndescription: Deploys.\n---\nDeploy.\n');
      writeFileSync(join(project, 'packages', 'web', '.claude', 'agents', 'stylist.md'), agent('stylist'));
      const read = buildCatalog(readAgentsFolder(project)).files;
      expect(read.map((file) => [file.path, file.status])).toEqual([
        ['.claude/agents/planner.md', 'agent'],
        ['.claude/agents/review/reviewer.md', 'agent'],
        ['packages/web/.claude/agents/stylist.md', 'agent'],
      ]);
      // Pointed at the .claude folder itself (as `~/.claude`), the same: its agents only.
      expect(readAgentsFolder(join(project, '.claude')).map((file) => file.path)).toEqual(['agents/planner.md', 'agents/review/reviewer.md']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('lists a hidden .md file, unread, with what to do, and leaves out hidden folders and other hidden files', () => {
    expect(files.map((file) => [file.path, file.status, file.diagnostics.map((d) => `${d.line} ${d.code}: ${d.hint}`)])).toEqual([
      ['..md', 'not-agent', ['1 hidden-file: If it is an agent, rename it to `agent.md`.']],
      ['.draft-writer.md', 'not-agent', ['1 hidden-file: If it is an agent, rename it to `draft-writer.md`.']],
      ['writer.md', 'agent', []],
    ]);
    expect(files[1]!.diagnostics[0]!.message).toBe(
      'The file’s name starts with a dot, which hides it: the catalogue does not read hidden files as agents (they are often drafts, or a tool’s own), and Claude Code may not load it either.',
    );
  });
});

describe('a folder of links to several collections', () => {
  it('reads each linked folder as if it were there, a project’s .claude/agents/ too, each link naming the category of its agents', () => {
    const work = mkdtempSync(join(tmpdir(), 'agent-team-'));
    try {
      const agent = (name: string) => `---\nname: ${name}\ndescription: Works on ${name}.\n---\nYou work.\n`;
      mkdirSync(join(work, 'web-app', '.claude', 'agents'), { recursive: true });
      mkdirSync(join(work, 'api-service', '.claude', 'agents'), { recursive: true });
      mkdirSync(join(work, 'team'));
      writeFileSync(join(work, 'web-app', '.claude', 'agents', 'stylist.md'), agent('stylist'));
      writeFileSync(join(work, 'api-service', '.claude', 'agents', 'tracer.md'), agent('tracer'));
      symlinkSync(join(work, 'web-app', '.claude', 'agents'), join(work, 'team', 'web'));
      symlinkSync(join(work, 'api-service'), join(work, 'team', 'api'));
      const merged = buildCatalog(readAgentsFolder(join(work, 'team')));
      expect(merged.agents.map((agent) => [agent.path, categoryOf(agent).name])).toEqual([
        ['web/stylist.md', 'Web'],
        ['api/.claude/agents/tracer.md', 'API'],
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('links, pipes and files that cannot be read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agent-links-'));
  const shared = mkdtempSync(join(tmpdir(), 'agent-shared-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(shared, { recursive: true, force: true });
  });
  const agent = (name: string) => `---\nname: ${name}\ndescription: Reviews ${name} code.\n---\nYou review code.\n`;
  writeFileSync(join(folder, 'reviewer.md'), agent('reviewer'));
  writeFileSync(join(shared, 'planner.md'), agent('planner'));
  mkdirSync(join(shared, 'deep'));
  writeFileSync(join(shared, 'deep', 'tester.md'), agent('tester'));
  symlinkSync(shared, join(folder, 'team'));
  symlinkSync(folder, join(shared, 'deep', 'back-to-the-top'));
  symlinkSync(join(folder, 'reviewer.md'), join(folder, 'linked-reviewer.md'));
  symlinkSync('/no/such/agent.md', join(folder, 'broken.md'));
  symlinkSync('/no/such/README', join(folder, 'README'));
  symlinkSync('looping.md', join(folder, 'looping.md'));
  execFileSync('mkfifo', [join(folder, 'pipe.md')]);
  const catalog = buildCatalog(readAgentsFolder(folder));
  const byPath = (path: string) => catalog.files.find((file) => file.path === path)!;

  it('reads linked files and linked folders, and follows no link back into a folder it is in', () => {
    expect(catalog.files.map((file) => [file.path, file.status])).toEqual([
      ['broken.md', 'invalid'],
      ['linked-reviewer.md', 'agent'],
      ['looping.md', 'invalid'],
      ['pipe.md', 'invalid'],
      ['reviewer.md', 'agent'],
      ['team/deep/tester.md', 'agent'],
      ['team/planner.md', 'agent'],
    ]);
  });
  it('reports a broken link, a link to itself and a pipe as files that could not be read, with a fix', () => {
    const problems = ['broken.md', 'looping.md', 'pipe.md'].map((path) => byPath(path).diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}: ${d.message} Fix: ${d.hint}`));
    expect(problems).toEqual([
      ['broken.md:1 error file-unreadable: The file could not be read (a link to /no/such/agent.md, which does not exist), so it is not in the catalogue. Fix: Point the link at an existing agent file, or remove it.'],
      ['looping.md:1 error file-unreadable: The file could not be read (a link to looping.md, which leads back to itself), so it is not in the catalogue. Fix: Point the link at an existing agent file, or remove it.'],
      ['pipe.md:1 error file-unreadable: The file could not be read (it is not a regular file), so it is not in the catalogue. Fix: Make the file readable (a regular file the build may read), or remove it from the agents folder.'],
    ]);
    expect(reportFile(byPath('broken.md'))).toMatchObject({ status: 'invalid', slug: null, claudeCode: 'skipped', claudeCodeReason: 'unreadable' });
    expect(byPath('broken.md').claudeCode?.explanation).toBe('Claude Code cannot read the file either, so it loads no agent from it.');
  });
  it('leaves out a broken link without the .md extension, which is not known to be an agent', () => {
    expect(byPath('README')).toBeUndefined();
  });
  it('lists a folder that cannot be read, with the reason', () => {
    const files = buildCatalog([{ path: 'private/', bytes: new Uint8Array(), unreadable: { reason: 'permission denied', cause: 'folder' } }]).files;
    expect(files.map((file) => [file.path, file.status, file.claudeCode, file.diagnostics.map((d) => `${d.message} Fix: ${d.hint}`)])).toEqual([
      ['private/', 'invalid', null, ['The folder could not be read (permission denied), so no agent in it is in the catalogue. Fix: Give the build permission to read the folder, or move it out of the agents folder.']],
    ]);
  });
});

describe('names in other scripts', () => {
  const text = (name: string) => new TextEncoder().encode(`---\nname: ${name}\ndescription: 日本語のエージェント。\n---\nあなたはデータアナリストです。\n`);
  const japanese = buildCatalog([
    { path: 'data-analyst.md', bytes: text('データ分析') },
    { path: 'チーム/データ.md', bytes: text('データ分析') },
    { path: 'レビュー.md', bytes: text('レビュー担当') },
  ]);
  const file = (path: string) => japanese.files.find((found) => found.path === path)!;
  it('gives an agent Claude Code loads a page even when its name has no letter from a-z', () => {
    expect(japanese.files.map((found) => found.status)).toEqual(['agent', 'agent', 'agent']);
    expect(file('data-analyst.md').slug).toBe('data-analyst');
    expect(file('data-analyst.md').agent!.name).toBe('データ分析');
  });
  it('names the page after a digest of the name when the file name has no such letter either, the same in every build', () => {
    expect(file('レビュー.md').slug).toMatch(/^agent-[0-9a-f]{8}$/);
    expect(buildCatalog([{ path: 'other/レビュー.md', bytes: text('レビュー担当') }]).agents[0]!.slug).toBe(file('レビュー.md').slug);
    expect(file('チーム/データ.md').slug).not.toBe(file('レビュー.md').slug);
  });
  it('flags two files of the same such name as duplicates, though their addresses differ', () => {
    expect(file('チーム/データ.md').agent!.sameNameAs).toEqual(['data-analyst.md']);
    expect(file('data-analyst.md').diagnostics.map((found) => found.code)).toEqual(['empty-slug', 'duplicate-name']);
  });
});

describe('aliases: former names that keep old links working', () => {
  const source = (path: string, frontmatter: string) => ({ path, bytes: new TextEncoder().encode(`---\n${frontmatter}\ndescription: Reviews code.\n---\nBody.\n`) });
  const aliased = buildCatalog([
    source('api-reviewer.md', 'name: api-reviewer\naliases: code-reviewer, Old Reviewer'),
    source('code-reviewer.md', 'name: code-reviewer'),
    source('other.md', 'name: other\naliases: [old-reviewer, api-reviewer, other]'),
    source('odd.md', 'name: odd\naliases:\n  key: value'),
  ]);
  const file = (path: string) => aliased.files.find((entry) => entry.path === path)!;

  it('turns each former name into a page slug; names may hold spaces, commas separate them', () => {
    expect(file('api-reviewer.md').agent!.aliases).toEqual(['old-reviewer']);
  });
  it('drops an alias that is another agent’s address, with a warning on its line', () => {
    expect(file('api-reviewer.md').diagnostics).toContainEqual(
      expect.objectContaining({
        line: 3,
        code: 'alias-taken',
        message: 'The alias `code-reviewer` is already the address of the agent code-reviewer (code-reviewer.md), so /agents/code-reviewer/ does not lead to this agent.',
      }),
    );
  });
  it('gives an alias two agents claim to the first by path, and leaves out the agent’s own name', () => {
    expect(file('other.md').agent!.aliases).toEqual([]);
    expect(file('other.md').diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'The alias `old-reviewer` is already the address of an alias of api-reviewer (api-reviewer.md), so /agents/old-reviewer/ does not lead to this agent.',
      'The alias `api-reviewer` is already the address of the agent api-reviewer (api-reviewer.md), so /agents/api-reviewer/ does not lead to this agent.',
    ]);
  });
  it('warns about an aliases value that is not a list of names', () => {
    expect(file('odd.md').diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-field', line: 3 }));
    expect(file('odd.md').agent!.aliases).toEqual([]);
  });
});

describe('the build log’s errors', () => {
  const invalid = (count: number) =>
    buildCatalog(Array.from({ length: count }, (_, index) => ({ path: `broken-${index}.md`, bytes: new TextEncoder().encode('---\ndescription: No name.\n---\nBody') }))).files;
  it('gives each error its file, line and fix', () =>
    expect(errorLines(invalid(1), 'team')).toEqual(['team/broken-0.md:1: The frontmatter has no `name`; Claude Code skips a file without one. Fix: Add a line `name: broken-0` to the frontmatter (lowercase letters and hyphens).']));
  it('gives the first ones and counts the rest, which the report and check:agents list', () => {
    const lines = errorLines(invalid(8), 'team', 5);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('And 3 more errors: the report lists every one, and `npm run check:agents -- team` prints them.');
  });
});

describe('the build log’s warnings about Claude Code’s verdicts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agent-verdicts-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const copilot = (name: string) => `---\nname: ${name}\ndescription: Plans ${name}.\ntools: ['codebase', 'fetch']\n---\nYou plan.\n`;
  for (const name of ['alpha', 'beta', 'gamma']) writeFileSync(join(folder, `${name}.md`), copilot(name));
  writeFileSync(join(folder, 'indented.md'), `\n---\nname: indented\ndescription: Late.\n---\nYou wait.\n`);
  writeFileSync(join(folder, 'fine.md'), `---\nname: fine\ndescription: Works.\n---\nYou work.\n`);
  const files = buildCatalog(readAgentsFolder(folder)).files;

  it('gives an explanation many files share once, with each file and the line of its tools, after the files Claude Code skips', () => {
    const [skipped, cannotRun] = verdictWarnings(files, 'team', 2);
    expect(cannotRun).toBe(
      'For each of 3 files (the first 2 below; the report lists them all): Claude Code loads this agent and lists it to Claude, but refuses to run it: every name in `tools` is one it has no tool for, keeps from subagents or takes away by `disallowedTools`, and since version 2.1.208 it does not start an agent that would have no tools (“would be spawned with zero tools”; earlier versions ran it with none).\n' +
        '  team/alpha.md:4\n  team/beta.md:4\n  and 1 more',
    );
    expect(skipped).toMatch(/^team\/indented\.md:2: Claude Code skips this agent\. Claude Code only reads a frontmatter whose `---` is the first line/);
  });
  it('lists every file when they are few, and says nothing of agents Claude Code runs', () => {
    const warnings = verdictWarnings(files, 'team');
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^For each of 3 files below: Claude Code loads this agent.*\n {2}team\/alpha\.md:4\n {2}team\/beta\.md:4\n {2}team\/gamma\.md:4$/);
    expect(warnings.join('\n')).not.toContain('fine.md');
  });
});

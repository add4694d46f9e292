import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindIndex } from '../../src/integrations/pagefindIndex.ts';
import { buildWorkerKey } from '../../src/site/buildWorker.ts';
import { generateCorpus } from '../../bench/generateCorpus.ts';
import { buildFolder, projectRoot } from '../support/buildSite.ts';

const site = buildFolder('site');
const buildCatalog = site.build;
const work = site.work;
const root = projectRoot;

const read = (outDir: string, path: string) => readFileSync(join(work, outDir, path), 'utf8');
const agentPages = (outDir: string) =>
  readdirSync(join(work, outDir, 'agents'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

afterAll(() => site.remove());

// First of this file's builds: its cache is empty, as in a first build of a large catalogue.
describe('a first build of many agents', () => {
  let log = '';
  beforeAll(async () => {
    const folder = join(work, 'many-agents');
    generateCorpus(folder, { count: 30 });
    log = await buildCatalog(folder, 'many');
  });

  it('renders their system prompts on the build worker, joined by the main thread once it is free (the main thread alone on a one-core machine)', () => {
    const where = availableParallelism() >= 2 ? 'the build worker( and the main thread)?' : 'the main thread';
    expect(log).toMatch(new RegExp(`Rendered 30 system prompts on ${where} in \\d+ ms`));
    expect(log).not.toMatch(/could not be rendered|stopped rendering/);
  });
  it('shows each prompt with its code highlighted', () => {
    const pages = agentPages('many');
    expect(pages).toHaveLength(30);
    const withCode = pages.map((slug) => read('many', `agents/${slug}/index.html`)).filter((page) => page.includes('<pre tabindex="0"><code class="language-'));
    expect(withCode.length).toBeGreaterThan(10);
    for (const page of withCode) expect(page).toMatch(/<code class="language-[^"]+">[^]*?<span class="[a-z]+( b| i)?">/);
  });
});

// The setting a one-core machine falls back to, tested on any machine. Its own cache: no prompt is reused.
describe('a first build of the same agents with CATALOG_RENDER_THREADS=1', () => {
  const single = buildFolder('one-thread');
  let log = '';
  beforeAll(async () => {
    const folder = join(single.work, 'many-agents');
    generateCorpus(folder, { count: 30 });
    log = await single.build(folder, 'one', { CATALOG_RENDER_THREADS: '1' });
  });
  afterAll(() => single.remove());

  it('renders every system prompt on the main thread, into the same pages as with two threads', () => {
    expect(log).toMatch(/Rendered 30 system prompts on the main thread in \d+ ms/);
    const pages = agentPages('many');
    expect(readdirSync(join(single.out('one'), 'agents'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()).toEqual(pages);
    for (const slug of pages) expect(readFileSync(join(single.out('one'), 'agents', slug, 'index.html'), 'utf8'), slug).toBe(read('many', `agents/${slug}/index.html`));
  });
});

describe('a build of the sample catalogue', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(join(root, 'agents'), 'sample');
  });

  it('makes a page per agent at /agents/<slug>/', () => {
    expect(agentPages('sample')).toEqual(['backend-database-engineer', 'backend-database-expert', 'backend-db-specialist', 'backend-expert', 'senior-backend-engineer']);
  });
  it('gives the examples of each page anchors example-1 to example-N', () => {
    const ids = (slug: string) => [...read('sample', `agents/${slug}/index.html`).matchAll(/id="(example-\d+)"/g)].map((match) => match[1]);
    expect(ids('backend-database-expert')).toEqual([]);
    expect(ids('backend-database-engineer')).toEqual(['example-1', 'example-2']);
    expect(ids('backend-db-specialist')).toEqual(['example-1', 'example-2', 'example-3']);
    expect(ids('backend-expert')).toEqual(['example-1', 'example-2', 'example-3']);
    expect(ids('senior-backend-engineer')).toEqual(['example-1', 'example-2']);
  });
  it('says when Claude Code picks up an installed file: within seconds in a folder it watches, else at its next start', () => {
    expect(read('sample', 'agents/backend-expert/index.html')).toMatch(
      /a running session picks up a new file\s+within seconds when the folder was there before, and at its next start when the command made the folder\./,
    );
  });
  it('renders the system prompt as Markdown', () => {
    expect(read('sample', 'agents/backend-db-specialist/index.html')).toMatch(/<h3 id="core-competencies">Core Competencies<\/h3><a class="heading-link" href="#core-competencies" aria-label="Link to the section “Core Competencies”" data-pagefind-ignore>#<\/a>/);
  });
  it('makes no plugins page for a catalogue without plugins, nor links one', () => {
    expect(existsSync(join(work, 'sample', 'plugins'))).toBe(false);
    expect(read('sample', 'index.html')).not.toContain('href="/plugins/"');
  });
  it('links every agent from the index', () => {
    const index = read('sample', 'index.html');
    for (const slug of agentPages('sample')) expect(index).toContain(`href="/agents/${slug}/"`);
  });
  it('writes report.json: every file loads in Claude Code only after re-quoting', () => {
    const report = JSON.parse(read('sample', 'report.json'));
    expect(report.files.map((file: { path: string; status: string; claudeCode: string }) => [file.path, file.status, file.claudeCode])).toEqual([
      ['backend-database-engineer.md', 'agent', 'loads-after-requote'],
      ['backend-database-expert.md', 'agent', 'loads-after-requote'],
      ['backend-db-specialist.md', 'agent', 'loads-after-requote'],
      ['backend-expert.md', 'agent', 'loads-after-requote'],
      ['senior-backend-engineer.md', 'agent', 'loads-after-requote'],
    ]);
    expect(report.files[0].warnings[0]).toMatchObject({ file: 'backend-database-engineer.md', line: 3, code: 'frontmatter-requoted' });
  });
  it('serves each agent file byte for byte at /agents/<slug>.md', () => {
    for (const slug of agentPages('sample')) {
      expect(readFileSync(join(work, 'sample', 'agents', `${slug}.md`)).equals(readFileSync(join(root, 'agents', `${slug}.md`)))).toBe(true);
    }
  });
  it('makes the category, categories, report and 404 pages', () => {
    for (const page of ['categories/index.html', 'categories/general/index.html', 'report/index.html', '404.html', 'favicon.svg']) {
      expect(existsSync(join(work, 'sample', page)), page).toBe(true);
    }
    expect(read('sample', 'report/index.html')).toContain('Agents Claude Code loads only after re-quoting (5)');
  });
  it('logs a summary of the catalogue', () => {
    expect(log).toContain('agents: 5 agents from 5 files; 0 not agents; 0 invalid; 5 warnings; 0 errors; Claude Code: 0 load, 5 load after re-quoting, 0 skipped.');
  });
  it('builds a Pagefind index of the agent pages and the guide only, with the Component UI beside it', () => {
    const entry = JSON.parse(read('sample', 'pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(6);
    expect(entry.include_characters).toEqual(expect.arrayContaining(['+', '#']));
    for (const file of ['pagefind.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css']) expect(existsSync(join(work, 'sample', 'pagefind', file)), file).toBe(true);
    expect(log).toMatch(/Indexed 6 pages for search \(agents and guides\) in \d+ ms/);
  });
  it('marks what the index leaves out: chrome, facts and section titles of agent pages', () => {
    const page = read('sample', 'agents/backend-db-specialist/index.html');
    expect(page).toMatch(/<main[^>]*>\s*<div data-pagefind-body>/);
    expect(page).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumbs" data-pagefind-ignore>/);
    expect(page).toMatch(/<aside class="agent-aside" aria-label="About this agent" data-pagefind-ignore>/);
    expect(page).toContain('<span data-pagefind-filter="skill">PostgreSQL</span>');
    expect(page).toContain('<span data-pagefind-filter="tool">inherits all tools</span>');
    for (const list of ['index.html', 'skills/index.html', 'skills/postgresql/index.html', 'categories/general/index.html', 'search/index.html']) expect(read('sample', list), list).not.toContain('data-pagefind-body');
  });
  it('makes a page per skill, with the seed agents that name PostgreSQL on /skills/postgresql/', () => {
    const page = read('sample', 'skills/postgresql/index.html');
    const agents = [...page.matchAll(/<h2><a href="\/agents\/([a-z-]+)\/"/g)].map((match) => match[1]).sort();
    expect(agents).toEqual(['backend-database-engineer', 'backend-db-specialist', 'backend-expert']);
    expect(read('sample', 'skills/index.html')).toContain('href="/skills/postgresql/"');
  });
  it('installs the agents of a skill in one line, strongest match first, as a category page does', () => {
    const page = read('sample', 'skills/postgresql/index.html');
    expect(page).toContain('<summary>Install all 3 agents at once</summary>');
    expect(page).toContain('<h2 id="install-title">The 3 agents with PostgreSQL</h2>');
    expect(page.match(/<code id="install-project">([^<]*)<\/code>/)![1]).toBe(
      'curl -fsSL --create-dirs --output-dir .claude/agents --remote-name-all /agents/backend-expert.md /agents/backend-database-engineer.md /agents/backend-db-specialist.md',
    );
    expect(page).toContain('[PostgreSQL agents](/skills/postgresql/)');
    // What the three add to every conversation: the sum of their descriptions' costs in agents.json.
    const records = JSON.parse(read('sample', 'agents.json')).agents as { slug: string; tokens: { description: number } }[];
    const tokens = records.filter((agent) => ['backend-expert', 'backend-database-engineer', 'backend-db-specialist'].includes(agent.slug)).reduce((sum, agent) => sum + agent.tokens.description, 0);
    expect(page).toContain(`Together, their names and descriptions add about ${tokens.toLocaleString('en')} tokens (estimated) to every conversation.`);
  });
  it('leads each card of a skill page with that skill, marked as the page’s own, whatever its rank among the agent’s skills', () => {
    // SQL comes with PostgreSQL and is seldom among an agent's first three skills.
    const chips = [...read('sample', 'skills/sql/index.html').matchAll(/<ul class="skill-chips" aria-label="Skills">([^]*?)<\/ul>/g)].map((list) => list[1]!);
    expect(chips).toHaveLength(5);
    for (const list of chips) expect(list).toMatch(/^\s*<li>\s*<a href="\/skills\/sql\/" aria-current="page">SQL<\/a>/);
    expect(read('sample', 'index.html')).not.toContain('aria-current="page">SQL');
  });
});

describe('the search index step', () => {
  it('writes no index, and warns, when there is no agent page or guide to index', async () => {
    const warnings: string[] = [];
    const logger = { info: () => undefined, warn: (line: string) => warnings.push(line) } as unknown as AstroIntegrationLogger;
    const empty = join(work, 'empty-site');
    mkdirSync(empty, { recursive: true });
    const done = pagefindIndex().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
    await done({ dir: pathToFileURL(`${empty}/`), logger });
    expect(warnings).toEqual([
      'No agent page or guide to index: the site has no search index (its search box says so). Add agent files to the agents folder, or fix those the report lists.',
    ]);
    expect(existsSync(join(empty, 'pagefind'))).toBe(false);
  });
  it('lets the build worker write its files once Pagefind has read the pages, and logs the pages indexed', async () => {
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line) } as unknown as AstroIntegrationLogger;
    const one = join(work, 'one-page-site');
    mkdirSync(join(one, 'agents', 'reviewer'), { recursive: true });
    writeFileSync(join(one, 'agents', 'reviewer', 'index.html'), '<!doctype html><html lang="en"><head><title>reviewer</title></head><body><main data-pagefind-body><h1>reviewer</h1><p>Reviews pull requests.</p></main></body></html>');
    const events: string[] = [];
    (globalThis as Record<symbol, unknown>)[buildWorkerKey] = { startWriting: () => events.push(`writing with ${existsSync(join(one, 'pagefind', 'pagefind-entry.json')) ? 'an' : 'no'} index yet`) };
    try {
      const done = pagefindIndex().hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
      await done({ dir: pathToFileURL(`${one}/`), logger });
    } finally {
      delete (globalThis as Record<symbol, unknown>)[buildWorkerKey];
    }
    expect(events).toEqual(['writing with no index yet']);
    expect(lines).toEqual([expect.stringMatching(/^Indexed 1 page for search \(agents and guides\) in \d+ ms\.$/)]);
  });
});

describe('a build of another folder, after the sample one', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(fileURLToPath(new URL('../fixtures/site-mixed/', import.meta.url)), 'mixed');
  });

  it('shows only the agents of that folder (entries of the previous build are pruned)', () => {
    expect(agentPages('mixed')).toEqual(['copilot-reviewer', 'data-helper', 'hr-rule-agent', 'release-planner']);
  });
  it('lists the README as not an agent and the nameless file as invalid, and still builds', () => {
    const report = JSON.parse(read('mixed', 'report.json'));
    expect(report.files.map((file: { path: string; status: string; slug: string | null }) => [file.path, file.status, file.slug])).toEqual([
      ['README.md', 'not-agent', null],
      ['hr-rule-agent.md', 'agent', 'hr-rule-agent'],
      ['team/copilot-reviewer.md', 'agent', 'copilot-reviewer'],
      ['team/data-helper.md', 'agent', 'data-helper'],
      ['team/nameless.md', 'invalid', null],
      ['team/release-planner.md', 'agent', 'release-planner'],
    ]);
  });
  it('reads the fields, model and tools of late-2026 Claude Code: struck are the name it has no tool for and the tool it keeps from subagents', () => {
    const report = JSON.parse(read('mixed', 'report.json'));
    const planner = report.files.find((file: { slug: string | null }) => file.slug === 'release-planner');
    // `fable` is a model alias, `omitClaudeMd` a field and `Monitor` a tool of Claude Code: none is reported.
    expect(planner.warnings.map((found: { code: string }) => found.code)).toEqual(['unknown-tool', 'withheld-tool']);
    const page = read('mixed', 'agents/release-planner/index.html');
    // Monitor runs shell commands: it is kept, and badged.
    expect(page).toMatch(/<li>\s*<code>Monitor<\/code>\s*<\/li>/);
    expect(page).toMatch(/<li class="tool-unknown">\s*<code>AskUserQuestion<\/code>\s*<span class="visually-hidden"> \(never given to a subagent\)<\/span>\s*<\/li>/);
    expect(page).toMatch(/<li class="tool-unknown">\s*<code>codebase<\/code>\s*<span class="visually-hidden"> \(not a Claude Code tool\)<\/span>\s*<\/li>/);
    expect(page).toContain('Struck through: names Claude Code has no tool for and tools it never gives a subagent, which it leaves out (see Claude Code below).');
    expect(page).toMatch(/<dt>Project instructions<\/dt>\s*<dd>CLAUDE\.md not loaded: the agent starts without them<\/dd>/);
    expect(page).not.toContain('<code>omitClaudeMd</code>');
    const record = JSON.parse(read('mixed', 'agents/release-planner.json'));
    expect(record).toMatchObject({ model: 'fable', tools: ['Read', 'Grep', 'Monitor', 'AskUserQuestion', 'codebase'], access: ['shell'] });
    // Every field Claude Code knows, normalised, and those it does not use, apart.
    expect(record.fields).toEqual({ tools: ['Read', 'Grep', 'Monitor', 'AskUserQuestion', 'codebase'], model: 'fable', omitClaudeMd: true });
    expect(record.otherFields).toEqual({});
  });
  it('says that Claude Code lists but cannot run an agent whose tools give it none: badge, panel, report, log and data', () => {
    const page = read('mixed', 'agents/copilot-reviewer/index.html');
    expect(page).toContain('<li class="badge-skip">Claude Code cannot run it</li>');
    expect(page).toMatch(/<span class="badge badge-error">Cannot run<\/span>/);
    expect(page).toContain('Struck through: every name, so Claude Code refuses to run the agent (see Claude Code below).');
    expect(read('mixed', 'index.html')).toMatch(/<a href="\/agents\/copilot-reviewer\/"[\s\S]*?<li class="badge-skip">Claude Code cannot run it<\/li>/);
    const report = read('mixed', 'report/index.html');
    expect(report).toMatch(/id="report-cannot-run">\s*Agents Claude Code cannot run \(1\)/);
    expect(report).toMatch(/<strong>1<\/strong> load but cannot run/);
    expect(JSON.parse(read('mixed', 'report.json')).summary.claudeCode['cannot-run']).toBe(1);
    expect(JSON.parse(read('mixed', 'agents/copilot-reviewer.json')).claudeCode.status).toBe('cannot-run');
    expect(log).toMatch(/site-mixed\/team\/copilot-reviewer\.md:4: Claude Code loads this agent and lists it to Claude, but refuses to run it/);
    expect(read('mixed', 'llms.txt')).toMatch(
      /^- \[copilot-reviewer\]\(\/agents\/copilot-reviewer\.md\): .* Page: \/agents\/copilot-reviewer\/ Claude Code lists it but cannot run it: none of its tools is one Claude Code gives it \(its page says which to fix\)\.$/m,
    );
  });
  it('logs one file:line: message line per problem', () => {
    expect(log).toMatch(/site-mixed\/team\/nameless\.md:1: The frontmatter has no `name`; Claude Code skips a file without one\. Fix: Add a line `name: nameless`/);
  });
  it('shows the script of a system prompt as code, as Claude reads it, and takes out an event handler, saying so', () => {
    const page = read('mixed', 'agents/data-helper/index.html');
    expect(page).toContain('<code class="language-html"><span class="t">&lt;script></span><span class="f">alert</span>(<span class="n">1</span>)<span class="t">&lt;/script></span></code>');
    expect(page).not.toMatch(/<script[^>]*>alert|onclick=|alert\(2\)/);
    expect(page).toContain('See <a href="https://example.com/docs" rel="nofollow ugc noopener noreferrer">the docs</a>.');
    expect(page).toContain('this page leaves out HTML from the file that could run code or change the page: onclick attribute.');
  });
  it('keeps a body that starts with `---` whole', () => {
    expect(read('mixed', 'agents/hr-rule-agent/index.html')).toMatch(/<hr\s*\/?>\s*<div class="heading"><h3 id="heading-after-a-rule">Heading after a rule<\/h3>/);
  });
  it('keeps rendered system prompts as files beside the data store, not in it, and only those of this build', () => {
    const store = readFileSync(join(work, 'cache', 'data-store.json'), 'utf8');
    expect(store).toContain('Heading after a rule');
    // The heading is in the stored metadata, its HTML is not.
    expect(store).not.toContain('id=\\"heading-after-a-rule\\"');
    const prompts = readdirSync(join(work, 'cache', 'agent-prompts'));
    expect(prompts).toHaveLength(4);
    expect(prompts.map((name) => readFileSync(join(work, 'cache', 'agent-prompts', name), 'utf8')).join('')).toContain('<h3 id="heading-after-a-rule">');
  });
});

describe('a rebuild by the command line into the same folder, whose cache lost the rendered prompts', () => {
  let log = '';
  const out = (path: string) => join(work, 'mixed', path);
  beforeAll(async () => {
    rmSync(join(work, 'cache', 'agent-prompts'), { recursive: true });
    // What a previous build may leave: the page of an agent since removed, a search index file the new index does
    // not have; and a deploy repository, which stays.
    mkdirSync(out('agents/removed-agent'), { recursive: true });
    writeFileSync(out('agents/removed-agent/index.html'), '<h1>removed</h1>');
    writeFileSync(out('pagefind/fragment/en_0000000.pf_fragment'), 'old');
    mkdirSync(out('.git'), { recursive: true });
    writeFileSync(out('.git/HEAD'), 'ref: refs/heads/gh-pages\n');
    log = site.buildWithCli(fileURLToPath(new URL('../fixtures/site-mixed/', import.meta.url)), 'mixed');
  });

  it('renders them again', () => {
    expect(log).not.toMatch(/missing/);
    expect(read('mixed', 'agents/hr-rule-agent/index.html')).toContain('<h3 id="heading-after-a-rule">Heading after a rule</h3>');
    expect(readdirSync(join(work, 'cache', 'agent-prompts'))).toHaveLength(4);
  });
  it('deletes what it did not write, and keeps .git', () => {
    expect(log).toContain('Deleted 1 file of the previous build that this one did not write.');
    expect(agentPages('mixed')).toEqual(['copilot-reviewer', 'data-helper', 'hr-rule-agent', 'release-planner']);
    expect(readdirSync(out('agents')).filter((name) => name.includes('.')).sort()).toEqual([
      'copilot-reviewer.json',
      'copilot-reviewer.md',
      'copilot-reviewer.png',
      'data-helper.json',
      'data-helper.md',
      'data-helper.png',
      'hr-rule-agent.json',
      'hr-rule-agent.md',
      'hr-rule-agent.png',
      'release-planner.json',
      'release-planner.md',
      'release-planner.png',
    ]);
    expect(existsSync(out('pagefind/fragment/en_0000000.pf_fragment'))).toBe(false);
    expect(readdirSync(out('pagefind/fragment')).length).toBeGreaterThan(0);
    expect(readdirSync(out('.')).filter((name) => name.startsWith('.'))).toEqual(['.git']);
    expect(readFileSync(out('.git/HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
  });
});

describe('a build of a folder without agents (test/fixtures/site-no-agents: a README and a file without a name)', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(fileURLToPath(new URL('../fixtures/site-no-agents/', import.meta.url)), 'no-agents');
  });

  it('still builds, says so on the home page and points to the report', () => {
    const home = read('no-agents', 'index.html');
    expect(home).toContain('<h2>No agents yet</h2>');
    expect(home).not.toContain('id="filter-category"');
    expect(home).toMatch(/Its 2 files are listed in <a href="\/report\/">the report<\/a>, with what to fix\./);
    expect(JSON.parse(read('no-agents', 'report.json')).files.map((file: { path: string; status: string }) => [file.path, file.status])).toEqual([
      ['README.md', 'not-agent'],
      ['reviewer.md', 'invalid'],
    ]);
  });
  it('says on the categories page that there are none yet', () => {
    expect(read('no-agents', 'categories/index.html')).toContain('No categories: the catalogue has no agents yet');
  });
  it('writes no search index, and says why in the log', () => {
    expect(existsSync(join(work, 'no-agents', 'pagefind'))).toBe(false);
    expect(log).toContain('No agent page or guide to index: the site has no search index');
  });
});

// Before the failing CATALOG_STRICT build below: a build in the same process after that one failed too (once on
// loading its prerender chunks; once asking for a rendered prompt of the failed build's folder). Users run one build
// per process.
describe('a build of agents that overlap (test/fixtures/site-insight, and a family of 33 made from one template)', () => {
  const folder = join(work, 'insight-agents');
  const template = [
    'You look after the plants of a household. When you are asked about a plant, first find out which plant it is, where it stands, how much light it gets during the day and how often it is watered.',
    'Then say what the plant needs: water only when the top of the soil is dry, turn the pot every week so that it grows evenly, and feed it every second week in spring and summer.',
    'If leaves turn yellow, check the roots for rot before anything else; if they turn brown at the edges, the air is too dry or the plant stands too close to a heater.',
    'Answer in short steps that the owner can follow the same day, and say which signs would mean that the plant needs a bigger pot.',
  ].join('\n\n');
  // 33 agents: 528 pairs, more than the report lists.
  const family = ['basil', 'cactus', 'fern', 'ficus', 'orchid', 'palm', 'tomato', 'aloe', 'bamboo', 'begonia', 'bonsai', 'cress', 'daisy', 'fig', 'geranium', 'hibiscus', 'ivy', 'jasmine', 'lavender', 'lemon', 'lily', 'mint', 'monstera', 'olive', 'peony', 'pepper', 'rose', 'sage', 'succulent', 'thyme', 'tulip', 'violet', 'yucca'];
  beforeAll(() => {
    cpSync(fileURLToPath(new URL('../fixtures/site-insight/', import.meta.url)), folder, { recursive: true });
    for (const plant of family) {
      writeFileSync(join(folder, `${plant}-care.md`), `---\nname: ${plant}-care\ndescription: Looks after ${plant} plants.\ntools: Read\n---\n\n${template}\n\nThis agent knows the ${plant} best.\n`);
    }
    // An agent whose file ends with its frontmatter: no system prompt; one whose description is only an example.
    writeFileSync(join(folder, 'coffee-helper.md'), '---\nname: coffee-helper\ndescription: Answers questions about the office coffee machine.\ntools: []\n---\n');
    // One whose prompt is only markup the page leaves out: Claude Code gets it, the page shows nothing of it (a
    // comment, which Claude reads too, the page shows: see the corpora's browser test).
    writeFileSync(join(folder, 'draft-helper.md'), '---\nname: draft-helper\ndescription: Drafts replies to office mail.\ntools: []\n---\n\n<svg viewBox="0 0 8 8"><circle r="4"></circle></svg>\n');
    writeFileSync(
      join(folder, 'tea-helper.md'),
      '---\nname: tea-helper\ndescription: "<example>\\nuser: Which tea is good in the evening?\\nassistant: I will ask the tea-helper agent.\\n</example>"\ntools: []\n---\n\nYou recommend teas.\n',
    );
  });
  const page = (slug: string) => read('insight', `agents/${slug}/index.html`);
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  const panel = (html: string, pattern: RegExp) => text(pattern.exec(html)?.[0] ?? '');
  const facts = (html: string) => [.../<ul class="facts"[^]*?<\/ul>/.exec(html)![0].matchAll(/<li[^>]*>([^]*?)<\/li>/g)].map((item) => text(item[1]!));
  beforeAll(async () => {
    await buildCatalog(folder, 'insight');
  });

  it('says when an agent has no system prompt, in its prompt section and its context cost', () => {
    const html = page('coffee-helper');
    expect(html).toContain('<p class="muted" data-pagefind-ignore>This agent’s file has no system prompt: nothing follows its frontmatter.</p>');
    expect(html).not.toContain('<div class="prose">');
    expect(panel(html, /<dt>Context cost<\/dt>[^]*?<\/dd>/)).toBe('Context cost about 12 tokens in every conversation, for its name and description no system prompt ');
  });
  it('does not say that nothing follows the frontmatter of a prompt the page shows nothing of', () => {
    const html = page('draft-helper');
    expect(html).toContain('<p class="muted" data-pagefind-ignore>Nothing of this system prompt can be shown here: it holds only markup that this page leaves out. The downloaded file has it as written.</p>');
    expect(html).not.toContain('has no system prompt');
    expect(panel(html, /<dt>Context cost<\/dt>[^]*?<\/dd>/)).toMatch(/about \d+ tokens when it runs, for its system prompt/);
  });

  it('says so, on its card and page, when an agent’s description holds only examples', () => {
    const sentence = 'Its description holds only examples of when Claude delegates to it.';
    expect(page('tea-helper')).toContain(`<p class="lead muted" data-pagefind-ignore>${sentence}</p>`);
    expect(page('tea-helper')).toContain(`<meta name="description" content="${sentence}">`);
    expect(read('insight', 'index.html')).toMatch(new RegExp(`<a href="/agents/tea-helper/">tea-helper</a>[^]*?<p>${sentence}</p>`));
  });
  it('badges what an agent’s tools let it do, in its facts and its details', () => {
    expect(facts(page('code-reviewer'))).toEqual(['Model: inherited', '3 tools', 'Read-only', '0 examples']);
    expect(facts(page('rust-expert'))).toEqual(['Model: inherited', 'All tools', 'Runs commands', 'Edits files', 'Web access', '0 examples']);
    expect(panel(page('code-reviewer-strict'), /<dt>Access<\/dt>[^]*?<\/dd>/)).toBe(
      'Access Runs some commands: the shell commands its rules allow (Bash(cargo clippy:*)) Edits files: it creates and changes files (Edit) ',
    );
    expect(panel(page('release-notes-writer'), /<dt>Access<\/dt>[^]*?<\/dd>/)).toBe(
      'Access Web access: it fetches web pages or searches the web (WebFetch) MCP tools: it calls tools of the MCP server github ',
    );
  });
  it('gives each agent’s context cost: its description in every conversation, its system prompt when it runs', () => {
    expect(panel(page('code-reviewer'), /<dt>Context cost<\/dt>[^]*?<\/dd>/)).toBe(
      'Context cost about 21 tokens in every conversation, for its name and description about 228 tokens when it runs, for its system prompt ',
    );
  });
  it('lists near-duplicates on both agents, with the share of text each has of the other, and related agents apart with the skills they share', () => {
    expect(panel(page('code-reviewer'), /<section class="panel similar"[^]*?<\/section>/)).toBe(
      ' Similar agents Near-duplicates code-reviewer-strict: has about 95% of this agent’s text Related by skills rust-expert: Rust ',
    );
    expect(panel(page('code-reviewer-strict'), /<section class="panel similar"[^]*?<\/section>/)).toBe(
      ' Similar agents Near-duplicates code-reviewer: about 95% of its text is in this agent Related by skills rust-expert: Rust ',
    );
    expect(page('release-notes-writer')).not.toContain('Similar agents');
  });
  it('lists the five closest of a family made from one template, and links the report for the rest', () => {
    const similar = panel(page('basil-care'), /<section class="panel similar"[^]*?<\/section>/);
    expect(similar.match(/has about 100% of this agent’s text/g)).toHaveLength(5);
    expect(similar).toContain('And 27 more.');
    expect(page('basil-care')).toContain('<a href="/report/#report-near-duplicates">27 more</a>');
  });
  it('links the catalogue’s context cost and near-duplicates in the report from the home page', () => {
    const home = read('insight', 'index.html');
    expect(home).toContain('<a href="/report/#report-context-cost">about 448 tokens of descriptions in every conversation</a>');
    expect(text(home)).toContain('529 near-duplicate pairs');
  });
  it('reports the catalogue’s context cost and its near-duplicate pairs', () => {
    const report = text(read('insight', 'report/index.html'));
    expect(report).toContain('With all 40 agents installed, that is about 448 tokens (estimated) before the first message.');
    expect(read('insight', 'report/index.html')).toContain('Every agent by the cost of its description: <a href="/?sort=context-cost">the catalogue, sorted by context cost</a>.');
    expect(report).toContain('Near-duplicates (529)');
    expect(report).toContain('aloe-care about 100% bamboo-care about 100%');
    expect(report).toContain('The 500 most alike of 529 pairs; agents.json lists every agent’s near-duplicates.');
    expect(report.match(/about \d+%/g)).toHaveLength(1000);
    // The least alike pair is past the 500 listed (agents.json has it: see below).
    expect(report).not.toContain('code-reviewer about 95% code-reviewer-strict about 80%');
  });
  it('puts access, context cost, related agents and near-duplicates in agents.json', () => {
    const agents = JSON.parse(read('insight', 'agents.json')).agents as { slug: string; access: string[]; tokens: object; related: string[]; nearDuplicates: object[] }[];
    expect(agents.find((agent) => agent.slug === 'code-reviewer')).toMatchObject({
      access: ['read-only'],
      tokens: { description: 21, prompt: 228 },
      related: ['rust-expert'],
      nearDuplicates: [{ slug: 'code-reviewer-strict', share: 0.95, otherShare: 0.8 }],
    });
    // code-reviewer-strict also runs `cargo clippy`: a little more about Rust than code-reviewer, it comes first.
    expect(agents.find((agent) => agent.slug === 'rust-expert')).toMatchObject({ access: ['all-tools', 'shell', 'edits', 'web'], related: ['code-reviewer-strict', 'code-reviewer'], nearDuplicates: [] });
  });
  it('gives search an Access filter', () => {
    expect(page('release-notes-writer')).toContain('<span data-pagefind-filter="access">Web access</span><span data-pagefind-filter="access">MCP tools</span>');
  });
});

describe('a build of a plugin marketplace (test/fixtures/plugin-marketplace)', () => {
  let log = '';
  beforeAll(async () => {
    log = await buildCatalog(fileURLToPath(new URL('../fixtures/plugin-marketplace/', import.meta.url)), 'plugins', { SITE_URL: 'https://agents.example.com' });
  });
  const page = (slug: string) => read('plugins', `agents/${slug}/index.html`);
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

  it('makes pages of the plugins’ agents only, not of their commands and skills', () => {
    expect(agentPages('plugins')).toEqual([
      'api-designer',
      'api-designer-review',
      'code-reviewer',
      'code-reviewer-review',
      'doc-writer',
      'fixer',
      'frontend-developer',
      'glossary-keeper',
      'helper',
      'mobile-developer',
      'schema-reviewer',
      'secrets-auditor',
      'test-sleuth',
    ]);
    expect(log).toContain('13 agents from 19 files; 4 not agents; 2 invalid; 10 warnings; 2 errors');
  });
  it('shows a plugin’s agent whose frontmatter Claude Code cannot read as loaded without its fields, by its file’s name', () => {
    const html = page('test-sleuth');
    expect(text(html)).toContain('Claude Code cannot read the frontmatter (see its warning). As an agent of the plugin review, it loads the file anyway, with none of its fields: it knows it as review:triage:flaky-test-hunter');
    expect(html).toContain('<span class="badge badge-error">Loads without its fields</span>');
    expect(text(html)).toContain('Claude Code ignores its fields');
    expect(text(html)).toContain('Installed by itself, outside its plugin, the file is skipped by Claude Code until its frontmatter is mended.');
    // It runs with every tool and the main conversation's model, not the Read, Grep, Bash and haiku it asks for.
    expect(text(html)).toContain('Model: inherited');
    expect(text(html)).toContain('Inherits all tools');
    expect(text(html)).toContain('about 10 tokens in every conversation, for its file’s name and the placeholder that Claude Code lists in place of its description');
    const report = text(read('plugins', 'report/index.html'));
    // With the README of its agents folder, which the plugin loads too.
    expect(report).toContain('Agents Claude Code loads without their fields (2)');
    expect(report).toContain('2 load without their fields');
    expect(report).toContain('The file has no frontmatter, yet it is among the agent files of the plugin review');
    expect(JSON.parse(read('plugins', 'report.json')).summary.claudeCode).toEqual({ loads: 11, 'loads-after-requote': 0, 'loads-without-fields': 2, 'cannot-run': 0, skipped: 2 });
    expect(log).toContain('plugins/review/agents/triage/flaky-test-hunter.md:3: Claude Code cannot read the frontmatter (see its warning).');
    // Installed by itself, as the quality category's line would, Claude Code would skip the file: the line leaves it out.
    expect(read('plugins', 'categories/quality/index.html')).not.toContain('/agents/test-sleuth.md');
  });
  it('installs a category’s agents in one line with one file of each name', () => {
    const html = read('plugins', 'categories/quality/index.html');
    expect(html.match(/<code id="install-project">([^<]*)<\/code>/)![1]).toBe(
      'curl -fsSL --create-dirs --output-dir .claude/agents --remote-name-all https://agents.example.com/agents/api-designer-review.md https://agents.example.com/agents/code-reviewer.md https://agents.example.com/agents/secrets-auditor.md',
    );
    expect(text(html)).toContain('1 agent of this category with the name of another is left out: Claude Code keeps one agent per name.');
  });
  it('names the plugin, its marketplace and the agent’s name in Claude Code, and offers to install the plugin', () => {
    const html = page('secrets-auditor');
    expect(text(/<dt>Plugin<\/dt>[^]*?<dt>Category<\/dt>[^]*?<\/dd>/.exec(html)![0])).toBe(
      'Plugin review, from the marketplace team-tools Name in Claude Code review:security:secrets-auditor Category Quality',
    );
    expect(html).toContain('<code id="install-plugin">/plugin install review@team-tools</code>');
    // Left out by its plugin's list of agent files, which takes the place of the agents/ folder.
    expect(page('schema-reviewer')).not.toContain('install-plugin');
    expect(page('fixer')).not.toContain('install-plugin');
    expect(page('mobile-developer')).not.toContain('install-plugin');
    expect(text(/<dt>Plugin<\/dt>[^]*?<\/dd>/.exec(page('mobile-developer'))![0])).toBe('Plugin core, from the marketplace team-tools The plugin does not load this agent (see Claude Code below). ');
    expect(text(page('api-designer'))).toContain('Permission mode plan (ignored in a plugin)');
  });
  it('lists the plugins on /plugins/, each with its description, marketplace, install line and the agents it loads', () => {
    const html = read('plugins', 'plugins/index.html');
    expect(read('plugins', 'index.html')).toContain('<a href="/plugins/">Plugins</a>');
    expect(text(read('plugins', 'index.html'))).toContain('13 agents 5 categories 5 plugins');
    expect([...html.matchAll(/<section class="group" id="([^"]+)"/g)].map((match) => match[1])).toEqual(['plugin-backend', 'plugin-broken', 'plugin-core', 'plugin-docs', 'plugin-review']);
    const core = text(/<section class="group" id="plugin-core"[^]*?<\/section>/.exec(html)![0]);
    expect(core).toContain('core 1 agent Core agents, listed one by one From the marketplace team-tools. Install in Claude Code /plugin install core@team-tools');
    expect(core).toContain('frontend-developer');
    expect(core).not.toContain('mobile-developer');
    expect(text(/<section class="group" id="plugin-broken"[^]*?<\/section>/.exec(html)![0])).toContain(
      'Claude Code cannot load this plugin, nor any of its agents: its manifest, .claude-plugin/plugin.json, has an error (see the report).',
    );
    expect(core).not.toContain('Claude Code cannot load this plugin');
    expect(html).toContain('<code id="plugin-review-install">/plugin install review@team-tools</code>');
    expect(page('secrets-auditor')).toContain('<a href="/plugins/#plugin-review">review</a>');
    expect(read('plugins', 'sitemap.xml')).toContain('<loc>https://agents.example.com/plugins/</loc>');
    expect(read('plugins', 'categories/development/index.html')).toContain(
      'From the plugins <a href="/plugins/#plugin-backend">backend</a> and <a href="/plugins/#plugin-core">core</a>, each installing its agents at once in Claude Code.',
    );
    expect(read('plugins', 'categories/standalone/index.html')).not.toContain('From the plugin');
  });
  it('gives search a Plugin filter, for the agents a plugin loads', () => {
    expect(page('api-designer-review')).toContain('<span data-pagefind-filter="plugin">review</span>');
    expect(page('mobile-developer')).not.toContain('data-pagefind-filter="plugin"');
    expect(page('helper')).not.toContain('data-pagefind-filter="plugin"');
  });
  it('shows each agent’s plugin on its card', () => {
    expect(text(/<a href="\/agents\/api-designer-review\/">[^]*?<\/ul>/.exec(read('plugins', 'index.html'))![0])).toContain('Plugin: review plugin');
  });
  it('puts the plugin in agents.json', () => {
    const agents = JSON.parse(read('plugins', 'agents.json')).agents as { slug: string; plugin: object | null }[];
    expect(agents.find((agent) => agent.slug === 'secrets-auditor')!.plugin).toEqual({ name: 'review', marketplace: 'team-tools', claudeCodeName: 'review:security:secrets-auditor', loaded: true });
    expect(agents.find((agent) => agent.slug === 'schema-reviewer')!.plugin).toEqual({ name: 'backend', marketplace: 'team-tools', claudeCodeName: 'schema-reviewer', loaded: false });
    expect(agents.find((agent) => agent.slug === 'mobile-developer')!.plugin).toEqual({ name: 'core', marketplace: 'team-tools', claudeCodeName: 'mobile-developer', loaded: false });
    expect(agents.find((agent) => agent.slug === 'helper')!.plugin).toBeNull();
  });
  it('names the plugin and its install command in llms.txt', () => {
    expect(read('plugins', 'llms.txt')).toContain(
      '- [secrets-auditor](https://agents.example.com/agents/secrets-auditor.md): Finds secrets committed to the repository and says how to rotate them. Page: https://agents.example.com/agents/secrets-auditor/ Also in the plugin review as review:security:secrets-auditor (`/plugin install review@team-tools`).',
    );
    expect(read('plugins', 'llms.txt')).toMatch(/agents\/mobile-developer\/\n/);
  });
  it('names on the report page the plugin its marketplace keeps elsewhere, under the marketplace’s manifest, and says so on the plugins page', () => {
    const report = text(read('plugins', 'report/index.html'));
    expect(report).toContain('Files that are not agents (3)');
    expect(report).toContain('.claude-plugin/marketplace.json:21 · warning · marketplace-plugins-elsewhere The marketplace lists a plugin kept elsewhere: remote (GitHub example/remote-plugin, line 21).');
    // The plugins page says that the marketplace has more than it shows.
    expect(text(read('plugins', 'plugins/index.html'))).toContain(
      '.claude-plugin/marketplace.json also lists plugins kept elsewhere and agent files outside their plugin’s folder, whose agents are not shown here. The report names them.',
    );
  });
  it('reports a plugin manifest that is not JSON, and that Claude Code skips the plugin’s agents', () => {
    const report = JSON.parse(read('plugins', 'report.json')) as { files: { path: string; errors: { code: string }[]; claudeCodeReason: string | null }[] };
    expect(report.files.find((file) => file.path === 'plugins/broken/.claude-plugin/plugin.json')!.errors.map((error) => error.code)).toEqual(['manifest-invalid']);
    expect(report.files.find((file) => file.path === 'plugins/broken/agents/fixer.md')!.claudeCodeReason).toBe('plugin-not-loadable');
    expect(text(read('plugins', 'report/index.html'))).toContain('The plugin manifest could not be read');
    expect(text(page('fixer'))).toContain('Claude Code cannot load the plugin broken, whose manifest (.claude-plugin/plugin.json) has an error (see the report), so it loads none of its agents.');
    expect(log).toContain('Claude Code: 11 load, 0 load after re-quoting, 2 load without their fields, 2 skipped.');
    expect(page('fixer')).toContain('the error of its plugin’s manifest is in the <a href="/report/#report-invalid">report</a>.');
    expect(text(page('fixer'))).toContain('about 6 tokens in every conversation, for its name and description, once Claude Code loads it (it skips it now)');
    expect(text(read('plugins', 'report/index.html'))).toContain(
      'With all 13 agents installed, that is about 176 tokens (estimated) before the first message, for the 11 that Claude Code loads (the one it skips costs nothing until it is mended; it keeps one file of each name, so the file that repeats another’s name costs nothing). The costliest descriptions:',
    );
  });
});

describe('CATALOG_STRICT=1', () => {
  it('fails the build when a file has an error, naming the file', async () => {
    await expect(buildCatalog(fileURLToPath(new URL('../fixtures/site-mixed/', import.meta.url)), 'strict', { CATALOG_STRICT: '1' })).rejects.toThrow(
      /CATALOG_STRICT is set and 1 file\(s\) in .*site-mixed have errors:\n {2}.*site-mixed\/team\/nameless\.md: The frontmatter has no `name`/,
    );
    expect(existsSync(join(work, 'strict', 'index.html'))).toBe(false);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentRecordSchema, agentsJsonSchema } from '../../src/lib/catalog/agentRecord.ts';
import { buildFolder, projectRoot } from '../support/buildSite.ts';
import { brokenLinks } from '../support/linkCheck.ts';

const site = buildFolder('deploy');
const read = (outDir: string, path: string) => readFileSync(join(site.work, outDir, path), 'utf8');
const origin = 'https://agents.example.com';
const base = '/team/catalog/';
const source = 'https://github.com/acme/agents/blob/main/.claude/agents/';
const seeds = readdirSync(join(projectRoot, 'agents')).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

beforeAll(async () => {
  await site.build(join(projectRoot, 'agents'), 'plain');
  await site.build(join(projectRoot, 'agents'), 'deployed', { SITE_URL: origin, BASE_PATH: '/team/catalog', SOURCE_URL: source.replace(/\/$/, '') });
  await site.build(fixture('site-renamed'), 'renamed', { SITE_URL: origin });
});
afterAll(() => site.remove());

describe('link integrity', () => {
  it('finds no broken link, asset or anchor in a default build', () => {
    expect(brokenLinks(join(site.work, 'plain'), '/')).toEqual([]);
  });
  it('finds none under a base path with SITE_URL, absolute addresses included', () => {
    expect(brokenLinks(join(site.work, 'deployed'), base, origin)).toEqual([]);
  });
  it('finds none in a catalogue with renamed agents', () => {
    expect(brokenLinks(join(site.work, 'renamed'), '/', origin)).toEqual([]);
  });
});

describe('a build with SITE_URL=https://agents.example.com BASE_PATH=/team/catalog SOURCE_URL=https://github.com/…', () => {
  const page = (slug: string) => read('deployed', `agents/${slug}/index.html`);

  it('serves every raw file byte for byte', () => {
    for (const slug of seeds) expect(readFileSync(join(site.work, 'deployed', 'agents', `${slug}.md`)).equals(readFileSync(join(projectRoot, 'agents', `${slug}.md`))), slug).toBe(true);
  });
  it('gives every agent page full social meta with absolute addresses, and JSON-LD', () => {
    for (const slug of seeds) {
      const html = page(slug);
      const url = `${origin}${base}agents/${slug}/`;
      expect(html, slug).toContain(`<link rel="canonical" href="${url}">`);
      expect(html).toContain(`<meta property="og:url" content="${url}">`);
      expect(html).toContain(`<meta property="og:type" content="article">`);
      expect(html).toContain(`<meta property="og:title" content="${slug}">`);
      expect(html).toMatch(/<meta property="og:description" content="Use this agent [^"]+">/);
      expect(html).toContain(`<meta property="og:image" content="${origin}${base}agents/${slug}.png">`);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(html).toContain(`<meta name="twitter:image" content="${origin}${base}agents/${slug}.png">`);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
      expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'SoftwareSourceCode', name: slug, url });
    }
  });
  it('makes a 1200 × 630 PNG preview for every agent, each its own', async () => {
    const sizes = new Set<number>();
    for (const slug of seeds) {
      const file = join(site.work, 'deployed', 'agents', `${slug}.png`);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], slug).toEqual(['png', 1200, 630]);
      sizes.add(readFileSync(file).length);
    }
    expect(sizes.size).toBe(seeds.length);
    expect((await sharp(join(site.work, 'deployed', 'preview.png')).metadata()).width).toBe(1200);
  });
  it('writes install commands and a Markdown link with the absolute raw and page addresses', () => {
    const html = page('backend-expert');
    expect(html).toContain(`<code id="install-project">mkdir -p .claude/agents &amp;&amp; curl -fsSL ${origin}${base}agents/backend-expert.md -o .claude/agents/backend-expert.md</code>`);
    expect(html).toContain(`<code id="install-user">mkdir -p ~/.claude/agents &amp;&amp; curl -fsSL ${origin}${base}agents/backend-expert.md -o ~/.claude/agents/backend-expert.md</code>`);
    expect(html).toContain(`<code id="markdown-link">[backend-expert](${origin}${base}agents/backend-expert/)</code>`);
    expect(html).toMatch(/<section class="panel install" id="install" aria-labelledby="install-title">/);
  });
  it('writes the line that installs a category’s agents with their absolute addresses', () => {
    const html = readFileSync(join(site.work, 'deployed', 'categories', 'general', 'index.html'), 'utf8');
    const files = [...seeds].sort().map((slug) => `${origin}${base}agents/${slug}.md`).join(' ');
    expect(html).toContain(`<code id="install-project">curl -fsSL --create-dirs --output-dir .claude/agents --remote-name-all ${files}</code>`);
    expect(html).toContain(`<code id="install-user">curl -fsSL --create-dirs --output-dir ~/.claude/agents --remote-name-all ${files}</code>`);
    expect(html).toContain(`<code id="markdown-link">[General](${origin}${base}categories/general/)</code>`);
  });
  it('links every example to its own anchor', () => {
    const examples = { 'backend-database-expert': 0, 'backend-database-engineer': 2, 'backend-db-specialist': 3, 'backend-expert': 3, 'senior-backend-engineer': 2 };
    for (const [slug, count] of Object.entries(examples)) {
      const html = page(slug);
      for (let n = 1; n <= count; n++) expect(html, `${slug} ${n}`).toMatch(new RegExp(`<article id="example-${n}"[\\s\\S]*?<a class="example-link" href="#example-${n}">Link to this example</a>`));
    }
  });
  it('links each agent page to its file in the repository', () => {
    for (const slug of seeds) expect(page(slug), slug).toMatch(new RegExp(`Source: <a href="${source}${slug}\\.md"><code>${slug}\\.md</code></a>, from line \\d+\\.`));
    expect(read('plain', 'agents/backend-expert/index.html')).toMatch(/Source: <code>backend-expert\.md<\/code>, from line \d+\./);
    expect(JSON.parse(read('plain', 'agents/backend-expert.json')).source).toEqual({ path: 'backend-expert.md', warnings: 1, hiddenText: false });
  });
  it('writes agents.json in its published schema, and a record per agent', () => {
    const catalog = agentsJsonSchema.parse(JSON.parse(read('deployed', 'agents.json')));
    expect(catalog).toMatchObject({ version: 1, count: 5, url: `${origin}${base}` });
    const expert = catalog.agents.find((agent) => agent.slug === 'backend-expert')!;
    expect(expert).toMatchObject({
      name: 'backend-expert',
      url: `${origin}${base}agents/backend-expert/`,
      rawUrl: `${origin}${base}agents/backend-expert.md`,
      jsonUrl: `${origin}${base}agents/backend-expert.json`,
      model: 'inherit',
      tools: null,
      category: { name: 'General', slug: 'general' },
      claudeCode: { status: 'loads-after-requote' },
      source: { path: 'backend-expert.md', url: `${source}backend-expert.md` },
    });
    expect(expert.examples).toHaveLength(3);
    expect(expert.skills.map((skill) => skill.id)).toContain('postgresql');
    expect(agentRecordSchema.parse(JSON.parse(read('deployed', 'agents/backend-expert.json')))).toEqual(expert);
    const schema = JSON.parse(read('deployed', 'agents.schema.json'));
    expect(schema).toMatchObject({ $id: `${origin}${base}agents.schema.json`, type: 'object' });
    expect(schema.properties.agents.items.required).toEqual(expect.arrayContaining(['name', 'slug', 'url', 'rawUrl', 'summary', 'examples', 'skills', 'claudeCode', 'fields', 'otherFields']));
  });
  it('writes a sitemap of every page, robots.txt pointing to it, and llms.txt', () => {
    const sitemap = read('deployed', 'sitemap.xml');
    for (const slug of seeds) expect(sitemap).toContain(`<loc>${origin}${base}agents/${slug}/</loc>`);
    expect(sitemap).toContain(`<loc>${origin}${base}skills/postgresql/</loc>`);
    expect(sitemap).toContain(`<loc>${origin}${base}guides/choosing-a-backend-agent/</loc>`);
    expect(read('deployed', 'robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}sitemap.xml\n`);
    const llms = read('deployed', 'llms.txt');
    expect(llms).toMatch(/^# Agent Catalog\n\n> /);
    for (const slug of seeds) expect(llms).toContain(`- [${slug}](${origin}${base}agents/${slug}.md): Use this agent`);
  });
});

describe('a build without SITE_URL', () => {
  it('writes site-relative addresses that the page completes, and an empty sitemap', () => {
    const html = read('plain', 'agents/backend-expert/index.html');
    expect(html).toContain('<link rel="canonical" href="/agents/backend-expert/">');
    expect(html).toMatch(/<section class="panel install" id="install" aria-labelledby="install-title" data-relative-urls>/);
    expect(html).toContain('curl -fsSL /agents/backend-expert.md');
    expect(read('plain', 'sitemap.xml')).not.toContain('<loc>');
    expect(read('plain', 'robots.txt')).not.toContain('Sitemap');
  });
});

describe('aliases', () => {
  it('make a page at each former address that leads to the agent and keeps the anchor', () => {
    for (const alias of ['api-architect', 'old-api-guy']) {
      const html = read('renamed', `agents/${alias}/index.html`);
      expect(html, alias).toContain('<meta http-equiv="refresh" content="0; url=/agents/api-designer/">');
      expect(html).toContain(`<link rel="canonical" href="${origin}/agents/api-designer/">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('location.replace(target + location.hash)');
    }
    expect(JSON.parse(read('renamed', 'agents.json')).agents.find((agent: { slug: string }) => agent.slug === 'api-designer').aliases).toEqual(['api-architect', 'old-api-guy']);
  });
  it('never take the address of another agent, and say so in the report', () => {
    expect(read('renamed', 'agents/api-designer/index.html')).not.toContain('http-equiv="refresh"');
    expect(existsSync(join(site.work, 'renamed', 'agents', 'code-reviewer', 'index.html'))).toBe(true);
    const report = JSON.parse(read('renamed', 'report.json'));
    const reviewer = report.files.find((file: { path: string }) => file.path === 'reviewer.md');
    expect(reviewer.warnings.map((warning: { code: string; line: number }) => [warning.code, warning.line])).toEqual([['alias-taken', 4]]);
  });
});

describe('guides', () => {
  it('render the sample guide with links and cards of agents, indexed as guides', () => {
    const html = read('deployed', 'guides/choosing-a-backend-agent/index.html');
    expect(html).toMatch(/<a class="agent-link" href="\/team\/catalog\/agents\/backend-db-specialist\/" title="Use this agent [^"]*">backend-db-specialist<\/a>/);
    expect(html).toContain('<a class="agent-link" href="/team/catalog/agents/backend-database-engineer/#example-1"');
    expect(html).toMatch(/<li class="card"[^>]*>\s*<h3><a href="\/team\/catalog\/agents\/backend-expert\/">backend-expert<\/a><\/h3>/);
    expect(html).toContain('<a href="/team/catalog/agents/backend-expert/#example-2">Example 2</a>');
    expect(html).toContain('<span data-pagefind-filter="type">Guide</span>');
    expect(JSON.parse(read('deployed', 'pagefind/pagefind-entry.json')).languages.en.page_count).toBe(6);
  });
  it('highlight the code of a guide as in system prompts, its blocks focusable from the keyboard', () => {
    const html = read('deployed', 'guides/choosing-a-backend-agent/index.html');
    expect(html).toContain('<pre class="language-sh" data-language="sh" tabindex="0"><code class="language-sh"><span class="token function">mkdir</span>');
  });
  it('fail the build when a guide references an agent or example that is not there, naming file and line', async () => {
    const failed = site.build(join(projectRoot, 'agents'), 'broken-guide', { DOCS_DIR: fixture('guides-broken') });
    await expect(failed).rejects.toThrow('Guides reference agents that are not in the catalogue:');
    await expect(failed).rejects.toThrow(/test\/fixtures\/guides-broken\/onboarding\.mdx:8:10: <AgentLink> names the agent "frontend-wizard", which is not in the catalogue\./);
    await expect(failed).rejects.toThrow(/onboarding\.mdx:10:1: <AgentCard> points to example 3 of "backend-database-expert", which has no examples\./);
  });
});

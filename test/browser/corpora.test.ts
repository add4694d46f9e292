import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumPath, launchChromium } from '../support/browser.ts';
import { brokenLinks } from '../support/linkCheck.ts';
import { buildFolder, projectRoot } from '../support/buildSite.ts';
import { serveStatic, type StaticSite } from '../support/staticServer.ts';

const corpora = join(projectRoot, '../shared/corpora');
const hasCorpora = existsSync(corpora);
if (!hasCorpora) console.warn(`\n*** ${corpora} not found: the browser tests over the 450 real agents are SKIPPED. ***\n`);

const folder = buildFolder('corpora');
let browser: Browser | null = null;
let site: StaticSite | null = null;

beforeAll(async () => {
  if (!chromiumPath || !hasCorpora) return;
  await folder.build(corpora, 'site');
  browser = await launchChromium();
  site = await serveStatic(folder.out('site'));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  folder.remove();
});

/** Agents with long prompts, many code blocks, task lists and tables; one with near-duplicates of long names. */
const pages = ['', 'report/', 'categories/', 'categories/database/', 'skills/', 'skills/documentation/', 'search/?q=kubernetes', 'agents/postgres-pro/', 'agents/microsoft-learn-contributor/', 'agents/social-media-copywriter/', 'agents/laravel-backend-expert/', 'agents/microsoft-agent-framework-dotnet/'];

describe.skipIf(!chromiumPath || !hasCorpora)('the shared corpora (450 real agents) in Chromium', () => {
  it('links every agent from the index without JavaScript', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site!.url);
    const links = await page.locator('.card h3 a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    const built = readdirSync(join(folder.out('site'), 'agents'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(built.length).toBeGreaterThan(440);
    expect(links.sort()).toEqual(built.map((entry) => `/agents/${entry.name}/`).sort());
    await context.close();
  });

  it('has no link that leads nowhere, prompts’ links to their projects’ files written as text', () => {
    expect(brokenLinks(folder.out('site'), '/')).toEqual([]);
    const html = readFileSync(join(folder.out('site'), 'agents/documentation-specialist/index.html'), 'utf8');
    expect(html).toContain('API (<code>docs/api.md</code>)');
    // `![alt text](url)`, which Astro’s renderer turns into a placeholder for its image pipeline.
    expect(readFileSync(join(folder.out('site'), 'agents/markdown-syntax-formatter/index.html'), 'utf8')).toContain('images as Image “alt text” (<code>url</code>)');
  });

  it('shows the tags and comments prompts write for Claude, which HTML would hide, as they are written', () => {
    const upgrade = readFileSync(join(folder.out('site'), 'agents/dotnet-upgrade/index.html'), 'utf8');
    expect(upgrade).toContain('upgrading from <code>&lt;currentVersion&gt;</code> to <code>&lt;targetVersion&gt;</code> for <code>&lt;ProjectName&gt;</code>.');
    const rootly = readFileSync(join(folder.out('site'), 'agents/rootly-incident-responder/index.html'), 'utf8');
    expect(rootly).toContain('<p><code>&lt;role&gt;</code>\nYou are an experienced SRE');
    expect(rootly).not.toContain('leaves out HTML');
    // Comments, hidden on a web page, are read by Claude: one credits the author and gives the license.
    const designer = readFileSync(join(folder.out('site'), 'agents/ui-ux-designer/index.html'), 'utf8');
    expect(designer).toContain('<pre tabindex="0"><code>&lt;!--\nCreated by: Madina Gbotoe');
    expect(designer).toContain('License: Creative Commons Attribution 4.0 International (CC BY 4.0)');
  });

  it('installs a category’s agents in one line, leaving out the one Claude Code would skip', () => {
    const html = readFileSync(join(folder.out('site'), 'categories/api-graphql/index.html'), 'utf8');
    const command = html.match(/<code id="install-project">([^<]*)<\/code>/)![1]!;
    expect(command).toMatch(/^curl -fsSL --create-dirs --output-dir \.claude\/agents --remote-name-all \/agents\//);
    const files = command.split(' ').filter((word) => word.startsWith('/agents/'));
    expect(files).toHaveLength(5);
    // Its skipped api-architect (invalid YAML) has a card, but no place in the command.
    expect(html).toContain('href="/agents/api-architect/"');
    expect(files).not.toContain('/agents/api-architect.md');
    expect(html).toContain('1 agent of this category that Claude Code would skip is left out.');
  });

  it('says the descriptions pass the 15,000 tokens past which Claude Code warns, what share one takes, and which agents it cannot run', () => {
    const home = readFileSync(join(folder.out('site'), 'index.html'), 'utf8');
    expect(home).toMatch(/tokens of descriptions in every conversation \(Claude Code warns past 15,000\)<\/a>/);
    const report = readFileSync(join(folder.out('site'), 'report/index.html'), 'utf8');
    expect(report).toContain('That is about 7 times the 15,000 tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.');
    // The agents written for VS Code: Claude Code lists them, but refuses to run them (none of their tools is its own).
    expect(report).toMatch(/id="report-cannot-run">\s*Agents Claude Code cannot run \(79\)/);
    const page = readFileSync(join(folder.out('site'), 'agents/demonstrate-understanding/index.html'), 'utf8');
    expect(page).toContain('<li class="badge-skip">Claude Code cannot run it</li>');
    // The costliest description takes a share of that limit by itself.
    const costly = readFileSync(join(folder.out('site'), 'agents/task-distributor/index.html'), 'utf8');
    expect(costly).toContain('about 1,183 tokens in every conversation, for its name and description (8% of the 15,000 past which Claude Code warns)');
  });

  it('answers "who knows kubernetes?" with the Kubernetes agents, and offers no Type filter on a site without guides', async () => {
    // As typed, Pagefind would want "who" and "knows" on the page too: no agent of the corpora has all three.
    const page = await browser!.newPage();
    await page.goto(`${site!.url}search/?q=${encodeURIComponent('who knows kubernetes?')}`);
    await expect.poll(() => page.locator('[data-search-summary]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ results for “kubernetes”, leaving out “who knows”$/);
    await page.locator('[data-search-results] .search-result-link').first().waitFor();
    expect(await page.locator('[data-search-results] .search-result-link').first().getAttribute('href')).toBe('/agents/kubernetes-specialist/');
    expect(await page.locator('[data-search-filters] details').evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset['filter']))).toEqual(['skill', 'category', 'model', 'tool', 'access']);
    await page.close();
  });

  it('says that "scala" found only words starting with it: no agent of the corpora writes Scala', async () => {
    // Pagefind lists the pages that say "scalable", "scalability" or "scalar", and the summary is what tells a reader.
    const page = await browser!.newPage();
    await page.goto(`${site!.url}search/?q=scala`);
    await expect.poll(() => page.locator('[data-search-summary]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ results for words starting with “scala”, such as “scala\w+”$/i);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('passes axe and logs no error on long real pages in the %s theme', async (colorScheme) => {
    const context = await browser!.newContext({ colorScheme });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    for (const path of pages) {
      const response = await page.goto(`${site!.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits long real pages in a 320 px wide window, where only code blocks and tables scroll sideways', async () => {
    // Besides the pages above: a summary with a 70-character word, headings of one long word, wide code and tables.
    const narrow = [...pages, 'agents/voidbeast-gpt41enhanced/', 'agents/documentation-specialist/', 'agents/tailwind-frontend-expert/', 'agents/vue-component-architect/'];
    const context = await browser!.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wider: string[] = [];
    for (const path of narrow) {
      expect((await page.goto(`${site!.url}${path}`))?.status(), path).toBe(200);
      const { scrolled, width } = await page.evaluate(() => ({ scrolled: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
      if (scrolled > width) wider.push(`${path}: ${scrolled} px`);
    }
    expect(wider).toEqual([]);
    await context.close();
  });

  describe('search ranking', () => {
    interface Found {
      count: number;
      top: string[];
    }
    /** A page of the site with the built Pagefind index loaded as `window.pagefind`, as the search UI loads it. */
    async function pagefindPage() {
      const context = await browser!.newContext();
      const page = await context.newPage();
      await page.goto(site!.url);
      // Loaded by a module script of the page: an import() written here would be rewritten by Vitest.
      await page.addScriptTag({ type: 'module', content: `import * as pagefind from '/pagefind/pagefind.js'; await pagefind.init(); window.pagefind = pagefind;` });
      await page.waitForFunction(() => 'pagefind' in window);
      return { context, page };
    }

    /** Runs queries through the built Pagefind index in the page, as the search UI does: each query's result count and first slugs. */
    async function search(queries: { term: string | null; filters?: Record<string, string> }[]): Promise<Found[]> {
      const { context, page } = await pagefindPage();
      const found = await page.evaluate(async (queries) => {
        const pagefind = (window as unknown as { pagefind: { search(term: string | null, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }).pagefind;
        const out: { count: number; top: string[] }[] = [];
        for (const { term, filters } of queries) {
          const result = await pagefind.search(term, { filters: filters ?? {} });
          const pages = await Promise.all(result.results.slice(0, 5).map((hit) => hit.data()));
          out.push({ count: result.results.length, top: pages.map((data) => data.url.replace(/^\/agents\/|\/$/g, '')) });
        }
        return out;
      }, queries);
      await context.close();
      return found;
    }

    /** Queries teams ask, with the agents that must come among the first three results. */
    const expectations: [string, string[]][] = [
      ['kubernetes', ['kubernetes-specialist', 'platform-sre-kubernetes']],
      ['postgres', ['postgres-pro', 'postgresql-dba']],
      ['security audit', ['security-auditor']],
      ['incident response', ['incident-responder']],
      ['machine learning', ['machine-learning-engineer']],
      ['c++', ['cpp-pro']],
      ['c#', ['c-sharp-pro']],
      ['graphql', ['graphql-architect']],
      ['code review', ['code-reviewer']],
    ];

    it.each(expectations)('puts the right agents first for "%s"', async (term, first) => {
      const [found] = await search([{ term }]);
      expect(found!.top.slice(0, 3)).toEqual(expect.arrayContaining(first));
    });

    it('ranks agents named for a technology first', async () => {
      const found = await search([{ term: 'react' }, { term: 'terraform' }, { term: 'rust' }]);
      for (const [index, word] of ['react', 'terraform', 'rust'].entries()) expect(found[index]!.top.slice(0, 3).every((slug) => slug.includes(word)), word).toBe(true);
    });

    it('finds agents by a skill alias they never write, through their skills', async () => {
      const [k8s, psql] = await search([{ term: 'k8s' }, { term: 'psql' }]);
      expect(k8s!.top).toContain('kubernetes-specialist');
      expect(psql!.top.slice(0, 3)).toContain('postgresql-dba');
    });

    it('finds every agent of a skill by the skill’s name, those that have it by another name too', async () => {
      // Skills whose name is one word: "erlang" finds the agent that has Erlang by writing "OTP" only.
      const agents = (JSON.parse(readFileSync(join(folder.out('site'), 'agents.json'), 'utf8')) as { agents: { slug: string; skills: { name: string }[] }[] }).agents;
      const bySkill = new Map<string, string[]>();
      for (const agent of agents) for (const { name } of agent.skills) if (!/\s/.test(name)) bySkill.set(name, [...(bySkill.get(name) ?? []), agent.slug]);
      expect(bySkill.size).toBeGreaterThan(100);
      const { context, page } = await pagefindPage();
      const missed = await page.evaluate(async (skills) => {
        const pagefind = (window as unknown as { pagefind: { search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }).pagefind;
        const out: string[] = [];
        for (const [name, slugs] of skills) {
          const urls = new Set((await Promise.all((await pagefind.search(name)).results.map((hit) => hit.data()))).map((data) => data.url));
          for (const slug of slugs) if (!urls.has(`/agents/${slug}/`)) out.push(`${name}: ${slug}`);
        }
        return out;
      }, [...bySkill]);
      await context.close();
      expect(missed).toEqual([]);
    });

    it('lists exactly the agents of a skill page through the skill filter', async () => {
      const context = await browser!.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site!.url}skills/kubernetes/`);
      const onSkillPage = await page.locator('[data-skill-agents] a[href*="/agents/"]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname.replace(/^\/agents\/|\/$/g, '')));
      await context.close();
      expect(onSkillPage.length).toBeGreaterThan(10);
      const [filtered] = await search([{ term: null, filters: { skill: 'Kubernetes' } }]);
      expect(filtered!.count).toBe(onSkillPage.length);
    });

    it('shows results for a pasted search with a facet on the search page', async () => {
      const context = await browser!.newContext();
      const page = await context.newPage();
      await page.goto(`${site!.url}search/?q=helm&skill=kubernetes`);
      const links = page.locator('[data-search-results] .search-result-link');
      await links.first().waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-search-filters] input[name="skill"][value="Kubernetes"]').isChecked()).toBe(true);
      expect(await links.count()).toBeGreaterThan(0);
      await context.close();
    });

    it('lists a model that files write several ways once, in the catalogue and in the search facets, and only Claude Code tools', async () => {
      // `Claude Sonnet 4.5` (3 files) and `claude-sonnet-4-5` (2 files) are one model.
      const context = await browser!.newContext();
      const page = await context.newPage();
      await page.goto(site!.url);
      const options = await page.locator('#filter-model option').allTextContents();
      expect(options).toContain('claude-sonnet-4-5 (5)');
      expect(options.some((option) => /^Claude Sonnet 4\.5 \(\d+\)$/.test(option))).toBe(false);
      await page.goto(`${site!.url}search/?model=claude-sonnet-4-5`);
      const links = page.locator('[data-search-results] .search-result-link');
      await links.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => links.count()).toBe(5);
      const facet = await page.locator('[data-search-filters] input[name="model"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(facet).toContain('claude-sonnet-4-5');
      expect(facet).not.toContain('Claude Sonnet 4.5');
      // The tool facet offers the tools Claude Code gives, not the VS Code names it drops.
      const tools = await page.locator('[data-search-filters] input[name="tool"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(tools).toEqual(expect.arrayContaining(['Read', 'Bash', 'inherits all tools']));
      expect(tools).not.toContain('codebase');
      expect(tools).not.toContain('edit/editFiles');
      // An address from before, with the model as a file writes it, still finds them.
      await page.goto(`${site!.url}search/?model=${encodeURIComponent('Claude Sonnet 4.5')}`);
      await links.first().waitFor({ timeout: 15_000 });
      await expect.poll(() => links.count()).toBe(5);
      await context.close();
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumPath, launchChromium } from '../support/browser.ts';
import { buildFolder, projectRoot } from '../support/buildSite.ts';
import { serveStatic, type StaticSite } from '../support/staticServer.ts';
import { visit, type Visit } from '../support/visit.ts';

const folder = buildFolder('search');
const sites: Record<'sample' | 'based', StaticSite | null> = { sample: null, based: null };
let browser: Browser | null = null;

/** The three seed agents whose files name PostgreSQL. */
const postgresAgents = ['backend-database-engineer', 'backend-db-specialist', 'backend-expert'];

beforeAll(async () => {
  if (!chromiumPath) return;
  await folder.build(join(projectRoot, 'agents'), 'sample');
  await folder.build(join(projectRoot, 'agents'), 'based', { BASE_PATH: '/team/catalog' });
  browser = await launchChromium();
  sites.sample = await serveStatic(folder.out('sample'));
  sites.based = await serveStatic(folder.out('based'), '/team/catalog/');
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site?.close()));
  folder.remove();
});

/** An agent's summary, as the sample build's agents.json gives it. */
const summaryOf = (slug: string): string =>
  (JSON.parse(readFileSync(join(folder.out('sample'), 'agents.json'), 'utf8')) as { agents: { slug: string; summary: string }[] }).agents.find((agent) => agent.slug === slug)!.summary;
const open = (site: StaticSite | null, path: string, options: BrowserContextOptions = {}): Promise<Visit> => visit(browser!, `${site!.url}${path}`, options);

/** The paths of the result links (not their section links) once the results have settled. */
async function resultPaths(page: Page, scope: string): Promise<string[]> {
  const links = page.locator(`${scope} .search-result-link`);
  await links.first().waitFor({ timeout: 15_000 });
  // Settled: the same list twice in a row.
  let before = '';
  await expect.poll(async () => {
    const now = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).join();
    const settled = now === before;
    before = now;
    return settled;
  }, { interval: 150 }).toBe(true);
  return links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
}

/** The agent pages among result paths (guides are results too). */
const agentsAmong = (paths: string[]) => paths.filter((path) => path.includes('/agents/')).sort();

const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe.skipIf(!chromiumPath)('search from the header of every page', () => {
  it('shows the seed agents that know PostgreSQL as "PostgreSQL" is typed', async () => {
    const visited = await open(sites.sample, 'agents/senior-backend-engineer/');
    const { page } = visited;
    await page.getByRole('searchbox', { name: 'Search agents' }).click();
    await page.keyboard.type('PostgreSQL');
    await expect.poll(() => page.locator('dialog .search-summary').textContent(), { timeout: 15_000 }).toBe('4 results for “PostgreSQL”');
    const found = await resultPaths(page, 'dialog');
    expect(agentsAmong(found)).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    expect(found).toContain('/guides/choosing-a-backend-agent/');
    expect(await page.locator('dialog input[type="search"]').inputValue()).toBe('PostgreSQL');
    await page.locator('dialog .search-result-link', { hasText: 'backend-db-specialist' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('backend-db-specialist');
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it.each([
    ['/', 'Slash'],
    ['Control+k', 'Ctrl-K'],
  ])('opens the search dialog with %s', async (keys) => {
    const visited = await open(sites.sample, '');
    const { page } = visited;
    await page.keyboard.press(keys);
    const input = page.locator('dialog input[type="search"]');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: 15_000 }).toBe(true);
    await page.keyboard.type('redis');
    expect((await resultPaths(page, 'dialog')).length).toBeGreaterThan(0);
    await visited.close();
  });

  it('answers a question by what it asks for, saying which words it left out', async () => {
    const visited = await open(sites.sample, 'agents/senior-backend-engineer/');
    const { page } = visited;
    await page.getByRole('searchbox', { name: 'Search agents' }).click();
    await page.keyboard.type('which agent knows PostgreSQL?');
    await expect.poll(() => page.locator('dialog .search-summary').textContent(), { timeout: 15_000 }).toBe('4 results for “PostgreSQL”, leaving out “which agent knows”');
    expect(agentsAmong(await resultPaths(page, 'dialog'))).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    expect(await page.locator('dialog .search-all').getAttribute('href')).toBe('/search/?q=which%20agent%20knows%20PostgreSQL%3F');
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('loads nothing of Pagefind, nor the dialog’s code, until the search is used', async () => {
    const visited = await open(sites.sample, 'agents/backend-expert/');
    const { page } = visited;
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.waitForLoadState('load');
    await page.reload();
    await page.waitForLoadState('load');
    expect(fetched.filter((path) => path.includes('/pagefind/') || path.includes('searchDialog'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('sql');
    await resultPaths(page, 'dialog');
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
    expect(fetched.some((path) => /\/_astro\/searchDialog\.[\w-]+\.js$/.test(path))).toBe(true);
    await visited.close();
  });

  it('sends the header search to the search page without JavaScript', async () => {
    const visited = await open(sites.sample, 'categories/', { javaScriptEnabled: false });
    const { page } = visited;
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('kafka streams');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/search/');
    expect(searchParams(page)).toEqual({ q: 'kafka streams' });
    // Playwright's locators do not look inside <noscript>; the text the reader sees does.
    expect(await page.locator('main').innerText()).toContain('Search needs JavaScript. Browse the agents by skill or by category instead.');
    await visited.close();
  });
});

describe.skipIf(!chromiumPath)('the search page', () => {
  it('shows the results of the search in its address on load', async () => {
    const visited = await open(sites.sample, 'search/?q=postgres');
    const { page } = visited;
    expect(agentsAmong(await resultPaths(page, '[data-search-results]'))).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    expect(await page.locator('#search-page-q').inputValue()).toBe('postgres');
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('searches a question without its filler words, and keeps the question in the address', async () => {
    // Searched as typed, "who knows PostgreSQL?" finds only the pages that also have "who" and "know".
    const visited = await open(sites.sample, 'search/?q=who+knows+PostgreSQL%3F');
    const { page } = visited;
    expect(agentsAmong(await resultPaths(page, '[data-search-results]'))).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    expect(await page.locator('[data-search-summary]').textContent()).toBe('4 results for “PostgreSQL”, leaving out “who knows”');
    expect(await page.locator('#search-page-q').inputValue()).toBe('who knows PostgreSQL?');
    expect(searchParams(page)).toEqual({ q: 'who knows PostgreSQL?' });
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('leaves the small words out of a query that is no question, and searches a query of only small words as typed', async () => {
    // "indexes which" as typed finds nothing: only the guide says "which", and it says nothing of indexes.
    const visited = await open(sites.sample, 'search/?q=indexes+which');
    const { page } = visited;
    expect((await resultPaths(page, '[data-search-results]')).length).toBeGreaterThan(1);
    expect(await page.locator('[data-search-summary]').textContent()).toMatch(/^\d+ results for “indexes”, leaving out “which”$/);
    await page.locator('#search-page-q').fill('how do we');
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/^(\d+ results?|Nothing matches) .*“how do we”/);
    await visited.close();
  });

  it('finds nothing for a word no page has, rather than pages with the start of it, and says when pages have only longer words starting with it', async () => {
    // Pagefind alone searches "haskell" as "has", and "perl" as "p", the longest starts of them that pages have.
    const visited = await open(sites.sample, 'search/?q=haskell+migrations&model=opus');
    const { page } = visited;
    await expect.poll(() => page.locator('[data-search-summary]').textContent(), { timeout: 15_000 }).toBe('Nothing matches “haskell migrations”: no page has “haskell”');
    expect(await page.locator('[data-search-results] .search-result-link').count()).toBe(0);
    // The filters are not what leaves nothing.
    expect(await page.locator('[data-search-clear]').isHidden()).toBe(true);
    await page.locator('#search-page-q').fill('perl');
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toBe('Nothing matches “perl”');
    // A word typed so far is searched by its start (backend-database-engineer is the opus agent that knows PostgreSQL),
    // and the summary says so, with a word found: the results are not about "postg" itself (as "scala" would find
    // scalability).
    await page.locator('#search-page-q').fill('postg');
    await expect.poll(() => page.locator('[data-search-summary]').textContent()).toMatch(/^1 result for words starting with “postg”, such as “postgres(ql)?”$/i);
    expect(await resultPaths(page, '[data-search-results]')).toEqual(['/agents/backend-database-engineer/']);
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('says when the filters leave nothing, and searches without them in one click', async () => {
    // The guide has no model: no page is both a guide and an opus agent.
    const visited = await open(sites.sample, 'search/?q=postgres&type=Guide&model=opus');
    const { page } = visited;
    const summary = page.locator('[data-search-summary]');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe('Nothing matches “postgres” with the filters chosen.');
    await page.getByRole('button', { name: 'Search without the filters' }).click();
    await expect.poll(() => summary.textContent()).toBe('4 results for “postgres”');
    expect(searchParams(page)).toEqual({ q: 'postgres' });
    expect(await page.getByRole('button', { name: 'Search without the filters' }).isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('tells agents from guides with the type facet', async () => {
    const visited = await open(sites.sample, 'search/?q=postgresql&type=Guide');
    expect(await resultPaths(visited.page, '[data-search-results]')).toEqual(['/guides/choosing-a-backend-agent/']);
    await visited.close();
  });

  it('narrows the results with a facet and keeps the facet in the address', async () => {
    const visited = await open(sites.sample, 'search/?q=database');
    const { page } = visited;
    const all = await resultPaths(page, '[data-search-results]');
    expect(agentsAmong(all).length).toBe(5);
    await page.locator('[data-search-filters] input[name="model"][value="opus"]').check();
    await expect.poll(() => page.locator('[data-search-results] .search-result-link').count()).toBe(1);
    expect(await resultPaths(page, '[data-search-results]')).toEqual(['/agents/backend-database-engineer/']);
    await expect.poll(() => searchParams(page)).toEqual({ q: 'database', model: 'opus' });
    await visited.close();
  });

  it('marks the folded filter groups as such and unfolds one when its name is clicked', async () => {
    const visited = await open(sites.sample, 'search/?q=database');
    const { page } = visited;
    // The sample's agents share one category and all inherit every tool, so there is no Category or Tool filter.
    const access = page.locator('[data-search-filters] details[data-filter="access"]');
    await access.locator('summary').waitFor();
    expect(await access.evaluate((group) => (group as HTMLDetailsElement).open)).toBe(false);
    // The summary is a flex box, which has no disclosure triangle of its own: the chevron drawn before it is the sign.
    const marker = (group: Element) => {
      const style = getComputedStyle(group.querySelector('summary')!, '::before');
      return { content: style.content, width: parseFloat(style.width), transform: style.transform };
    };
    const folded = await access.evaluate(marker);
    expect(folded.content).not.toBe('none');
    expect(folded.width).toBeGreaterThan(0);
    expect(await access.locator('input[name="access"]').first().isVisible()).toBe(false);
    await access.locator('summary').click();
    await expect.poll(() => access.locator('input[name="access"]').first().isVisible()).toBe(true);
    expect((await access.evaluate(marker)).transform).not.toBe(folded.transform);
    await visited.close();
  });

  it('opens a pasted search with a skill facet already chosen, by its address id', async () => {
    const visited = await open(sites.sample, 'search/?q=database&skill=postgresql');
    const { page } = visited;
    expect((await resultPaths(page, '[data-search-results]')).sort()).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    expect(await page.locator('[data-search-filters] input[name="skill"][value="PostgreSQL"]').isChecked()).toBe(true);
    expect(searchParams(page)).toEqual({ q: 'database', skill: 'postgresql' });
    await visited.close();
  });

  it('narrows by what the tools let an agent do, from the access filter in the address', async () => {
    const visited = await open(sites.sample, 'search/?access=runs-commands');
    const { page } = visited;
    // Every seed agent inherits all tools, Bash among them.
    expect((await resultPaths(page, '[data-search-results]')).sort()).toEqual(readdirSync(join(projectRoot, 'agents')).map((file) => `/agents/${file.replace(/\.md$/, '')}/`).sort());
    expect(await page.locator('[data-search-filters] input[name="access"][value="Runs commands"]').isChecked()).toBe(true);
    expect(await page.locator('[data-search-filters] input[name="access"][value="Read-only"]').count()).toBe(0);
    await visited.close();
  });

  it('lists the agents of a skill by name when the address has a filter and no search term', async () => {
    const visited = await open(sites.sample, 'search/?skill=postgresql');
    const { page } = visited;
    expect(await resultPaths(page, '[data-search-results]')).toEqual(postgresAgents.map((slug) => `/agents/${slug}/`));
    // With no word to mark, a result shows the agent's summary rather than the page's first words (its name again).
    expect(await page.locator('[data-search-results] .search-result-excerpt').first().textContent()).toBe(summaryOf(postgresAgents[0]!));
    await page.locator('#search-page-q').fill('expert');
    await expect.poll(() => searchParams(page)).toEqual({ q: 'expert', skill: 'postgresql' });
    await expect.poll(() => page.locator('[data-search-results] .search-result-link').first().textContent()).toBe('backend-expert');
    await visited.close();
  });

  it('takes over a search typed in the header', async () => {
    const visited = await open(sites.sample, 'search/');
    const { page } = visited;
    await page.locator('#search-page-q').waitFor();
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('graphql');
    await expect.poll(() => searchParams(page), { timeout: 15_000 }).toEqual({ q: 'graphql' });
    expect((await resultPaths(page, '[data-search-results]')).length).toBeGreaterThan(0);
    expect(await page.locator('dialog.search-dialog').count()).toBe(0);
    await visited.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with results and facets shown, and with the dialog open, in the %s theme', async (colorScheme) => {
    const visited = await open(sites.sample, 'search/?q=database&skill=postgresql', { colorScheme });
    const { page } = visited;
    await resultPaths(page, '[data-search-results]');
    expect(await seriousViolations(page), 'search page').toEqual([]);
    await page.goto(`${sites.sample!.url}agents/backend-expert/`);
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('postgres');
    await resultPaths(page, 'dialog');
    expect(await seriousViolations(page), 'search dialog').toEqual([]);
    expect(visited.problems).toEqual([]);
    await visited.close();
  });
});

describe.skipIf(!chromiumPath)('skill pages', () => {
  it('lead from a skill chip on an agent page to the agents with that skill, without JavaScript', async () => {
    const visited = await open(sites.sample, 'agents/backend-db-specialist/', { javaScriptEnabled: false });
    const { page } = visited;
    await page.locator('#details').getByRole('link', { name: 'PostgreSQL', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/skills/postgresql/');
    const agents = await page.locator('.card h2 a').evaluateAll((anchors) => anchors.map((a) => a.textContent?.trim()));
    expect([...agents].sort()).toEqual(postgresAgents);
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Skills' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Skills');
    expect(await page.getByRole('link', { name: /^PostgreSQL/ }).count()).toBe(1);
    await visited.close();
  });

  it.each(['light', 'dark'] as const)('pass axe and log no error in the %s theme', async (colorScheme) => {
    for (const path of ['skills/', 'skills/postgresql/', 'skills/sql/']) {
      const visited = await open(sites.sample, path, { colorScheme });
      await visited.page.waitForLoadState('load');
      expect(await seriousViolations(visited.page), `${colorScheme} ${path}`).toEqual([]);
      expect(visited.problems, path).toEqual([]);
      await visited.close();
    }
  });
});

describe.skipIf(!chromiumPath)('search under a base path', () => {
  it('finds agents from the header and links them under /team/catalog/', async () => {
    const visited = await open(sites.based, 'skills/');
    const { page } = visited;
    await page.getByRole('searchbox', { name: 'Search agents' }).fill('PostgreSQL');
    const found = await resultPaths(page, 'dialog');
    expect(agentsAmong(found)).toEqual(postgresAgents.map((slug) => `/team/catalog/agents/${slug}/`));
    expect(found).toContain('/team/catalog/guides/choosing-a-backend-agent/');
    expect(visited.problems).toEqual([]);
    await visited.close();
  });

  it('opens a pasted search under the base path', async () => {
    const visited = await open(sites.based, 'search/?q=database&model=opus');
    const { page } = visited;
    expect(await resultPaths(page, '[data-search-results]')).toEqual(['/team/catalog/agents/backend-database-engineer/']);
    expect(visited.problems).toEqual([]);
    await visited.close();
  });
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { chromiumPath, launchChromium } from '../support/browser.ts';
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

/** Agents with long prompts, many code blocks, task lists and tables. */
const pages = ['', 'report/', 'categories/', 'categories/database/', 'agents/postgres-pro/', 'agents/microsoft-learn-contributor/', 'agents/social-media-copywriter/', 'agents/laravel-backend-expert/'];

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
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureFirstSearch } from '../../bench/firstSearch.ts';
import { gzipSize, pageWeight } from '../../bench/pageWeight.ts';
import { budgetsKb } from '../../bench/targets.ts';
import { chromiumPath, launchChromium } from '../support/browser.ts';
import { buildFolder, projectRoot } from '../support/buildSite.ts';
import { listFiles } from '../support/linkCheck.ts';
import { serveStatic, type StaticSite } from '../support/staticServer.ts';

/** The budgets of issue 6 (as the bench checks them), in bytes as served (gzip). */
const agentPageBudget = budgetsKb.agentPage * 1024;
const firstSearchBudget = budgetsKb.firstSearch * 1024;

const folder = buildFolder('budgets');
let browser: Browser | null = null;
let site: StaticSite | null = null;
const out = () => folder.out('sample');
const agentPages = () =>
  readdirSync(join(out(), 'agents'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `agents/${entry.name}/index.html`);

beforeAll(async () => {
  await folder.build(join(projectRoot, 'agents'), 'sample');
  if (!chromiumPath) return;
  browser = await launchChromium();
  site = await serveStatic(out());
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  folder.remove();
});

describe('byte budgets', () => {
  it('keeps every agent page, with the CSS and JavaScript it loads before search, within 20 KB gzip', () => {
    for (const page of agentPages()) {
      const weight = pageWeight(out(), page);
      expect(weight.total, `${page}: ${JSON.stringify(weight.files)}`).toBeLessThanOrEqual(agentPageBudget);
    }
  });
  it('loads nothing of search with a page: no Pagefind file is linked from it', () => {
    for (const page of agentPages()) expect(pageWeight(out(), page).files.filter((file) => file.path.includes('pagefind/')), page).toEqual([]);
  });
  it('ships no framework runtime, and little JavaScript in all', () => {
    const scripts = listFiles(join(out(), '_astro')).filter((file) => file.endsWith('.js'));
    for (const script of scripts) expect(readFileSync(join(out(), '_astro', script), 'utf8'), script).not.toMatch(/react-dom|__VUE|svelte\/internal|preact|lit-html|jsx-runtime/);
    const total = scripts.reduce((sum, script) => sum + gzipSize(readFileSync(join(out(), '_astro', script))), 0);
    expect(total).toBeLessThanOrEqual(8 * 1024);
  });
  it.skipIf(!chromiumPath)('fetches at most 120 KB gzip for the first search query', async () => {
    const tab = await browser!.newPage();
    await tab.goto(`${site!.url}agents/backend-expert/`);
    const fetched = await measureFirstSearch(tab, out(), 'postgres');
    expect(fetched.files.map((file) => file.path)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
    expect(fetched.total, JSON.stringify(fetched.files)).toBeLessThanOrEqual(firstSearchBudget);
    await tab.close();
  });
});

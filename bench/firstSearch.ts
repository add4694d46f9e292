/**
 * What the first search of a reader costs: on an agent page, a word is entered in the header's search box, and every
 * file fetched until the results show is counted at the size it travels (gzip). Used by the benchmark and by the
 * budget tests.
 */
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/staticServer.ts';
import { servedSize } from './pageWeight.ts';

export interface Fetched {
  total: number;
  files: { path: string; bytes: number }[];
}

/** On a page already open from the site built in `root` under `base`: types `term` and measures once the page is idle. */
export async function measureFirstSearch(tab: Page, root: string, term: string, base = '/'): Promise<Fetched> {
  // What the page still fetches after its load event (Chromium asks for the favicon then) is not the search's.
  await tab.waitForLoadState('networkidle');
  const fetched: string[] = [];
  const record = (request: { url(): string }) => fetched.push(new URL(request.url()).pathname);
  tab.on('request', record);
  // The whole term at once, as when pasted: typed key by key, a pause of more than the search box's 80 ms between
  // two keys (on a loaded machine) searches the first letters too, and their results are counted as well.
  await tab.locator('#site-search-q').fill(term);
  await tab.locator('dialog .search-result-link').first().waitFor({ timeout: 30_000 });
  await tab.waitForLoadState('networkidle');
  tab.off('request', record);
  const files = [...new Set(fetched)].map((path) => ({ path, bytes: servedSize(root, decodeURIComponent(path).slice(base.length)) }));
  return { total: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/** The same with its own server and Chromium; null when no Chromium is installed. */
export async function firstSearchBytes(root: string, page: string, term = 'kubernetes'): Promise<Fetched | null> {
  if (!chromiumPath) {
    console.warn('No Chromium: the first search is not measured.');
    return null;
  }
  const site = await serveStatic(root);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}${page}`);
    return await measureFirstSearch(tab, root, term);
  } finally {
    await browser.close();
    await site.close();
  }
}

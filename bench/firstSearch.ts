/**
 * What the first search of a reader costs: in Chromium, on an agent page, a word is typed in the header's search
 * box, and every file fetched until the results show is counted at the size it travels (gzip). Null when no
 * Chromium is installed.
 */
import { chromiumPath, launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/staticServer.ts';
import { servedSize } from './pageWeight.ts';

export async function firstSearchBytes(root: string, page: string, term = 'kubernetes'): Promise<{ total: number; files: { path: string; bytes: number }[] } | null> {
  if (!chromiumPath) {
    console.warn('No Chromium: the first search is not measured.');
    return null;
  }
  const site = await serveStatic(root);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}${page}`);
    await tab.waitForLoadState('load');
    const fetched: string[] = [];
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await tab.locator('#site-search-q').click();
    await tab.keyboard.type(term);
    await tab.locator('dialog a[href*="/agents/"]').first().waitFor({ timeout: 30_000 });
    await tab.waitForLoadState('networkidle');
    const files = [...new Set(fetched)].map((path) => ({ path, bytes: servedSize(root, decodeURIComponent(path).replace(/^\//, '')) }));
    return { total: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await browser.close();
    await site.close();
  }
}

import { describe, expect, it } from 'vitest';
import { outputPath } from '../../src/integrations/pagefindFeed.ts';

describe('outputPath names the file a page is written to, as Pagefind would find it in the built folder', () => {
  it.each([
    ['/agents/code-reviewer/', '/', 'agents/code-reviewer/index.html'],
    ['/agents/code-reviewer', '/', 'agents/code-reviewer/index.html'],
    ['/', '/', 'index.html'],
    ['/404.html', '/', '404.html'],
    ['/team/catalog/agents/a/', '/team/catalog', 'agents/a/index.html'],
    ['/team/catalog', '/team/catalog', 'index.html'],
    ['/team/catalogue/a/', '/team/catalog', 'team/catalogue/a/index.html'],
    ['/guides/caf%C3%A9/', '/', 'guides/café/index.html'],
  ])('%s under base %s is %s', (pathname, base, path) => expect(outputPath(pathname, base)).toBe(path));
});

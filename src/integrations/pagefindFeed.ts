import type { MiddlewareHandler } from 'astro';

/**
 * Hands each page that carries `data-pagefind-body` to the search index while `astro build` renders the next
 * ones: Pagefind parses it in its own process, on the core the single-threaded page rendering leaves idle,
 * instead of reading every page again after the build. The feed is set by the `pagefindIndex` integration for
 * the length of a build; in `astro dev` there is none and pages pass through untouched.
 */
export interface PagefindFeed {
  /** The site's base path (`/` or `/team/catalog`), which the output folder does not repeat. */
  base: string;
  /** Resolves once Pagefind has room for more: pages wait while it is behind, instead of piling up in memory. */
  add(sourcePath: string, html: string): Promise<void>;
}

export const feedKey = Symbol.for('agent-catalog.pagefind-feed');

/** The file a page's address is written to in a `format: 'directory'` build: `/agents/a/` → `agents/a/index.html`. */
export function outputPath(pathname: string, base: string): string {
  const inSite = base !== '/' && (pathname === base || pathname.startsWith(`${base}/`)) ? pathname.slice(base.length) : pathname;
  const path = decodeURIComponent(inSite).replace(/^\/+|\/+$/g, '');
  if (path.endsWith('.html')) return path;
  return path === '' ? 'index.html' : `${path}/index.html`;
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const feed = (globalThis as { [feedKey]?: PagefindFeed })[feedKey];
  if (!feed || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  if (html.includes('data-pagefind-body')) await feed.add(outputPath(context.url.pathname, feed.base), html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};

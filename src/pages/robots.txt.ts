import type { APIRoute } from 'astro';
import { absolute, hasSiteUrl, href } from '../site/paths.ts';

/** `/robots.txt`: everything may be crawled; the sitemap when the build knows the site's address. */
export const GET: APIRoute = () => {
  const lines = ['User-agent: *', 'Allow: /', ...(hasSiteUrl ? ['', `Sitemap: ${absolute(href('sitemap.xml'))}`] : []), ''];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

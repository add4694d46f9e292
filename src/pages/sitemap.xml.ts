import type { APIRoute } from 'astro';
import { escapeMarkup } from '../lib/present/escapeMarkup.ts';
import { getCards, getPlugins, getSkills, groupByCategory } from '../site/catalog.ts';
import { getGuides } from '../site/guides.ts';
import { absolute, agentHref, categoryHref, guideHref, hasSiteUrl, href, skillHref } from '../site/paths.ts';

/** `/sitemap.xml`: every page for search engines. Its addresses must be absolute, so it needs SITE_URL. */
export const GET: APIRoute = async () => {
  const cards = await getCards();
  const pages = [
    href(),
    href('categories/'),
    ...groupByCategory(cards).map((group) => categoryHref(group.slug)),
    ...((await getPlugins()).length > 0 ? [href('plugins/')] : []),
    href('skills/'),
    ...(await getSkills()).map(({ skill }) => skillHref(skill.id)),
    ...cards.map((card) => agentHref(card.slug)),
    ...(await getGuides()).map((guide) => guideHref(guide.slug)),
    href('report/'),
  ];
  const urls = hasSiteUrl ? pages.map((page) => `  <url><loc>${escapeMarkup(absolute(page))}</loc></url>`) : ['  <!-- Built without SITE_URL: a sitemap needs absolute addresses. Build with SITE_URL=https://... -->'];
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { catalogConfig } from '../catalogConfig.ts';
import { counted } from '../lib/present/counted.ts';
import { getCards, groupByCategory } from '../site/catalog.ts';
import { previewPng } from '../site/previewPng.ts';

/** `/preview.png`: the catalogue's own preview, for its home and list pages. */
export const GET: APIRoute = async () => {
  const cards = await getCards();
  const categories = groupByCategory(cards).length;
  const png = await previewPng({
    name: catalogConfig.title,
    summary: catalogConfig.description,
    chips: [counted(cards.length, 'agent'), counted(categories, 'category', 'categories')],
    color: undefined,
    site: 'Claude Code subagents',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

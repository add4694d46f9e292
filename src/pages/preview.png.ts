import type { APIRoute } from 'astro';
import { catalogConfig } from '../catalogConfig.ts';
import { getCards, groupByCategory } from '../site/catalog.ts';
import { previewPng } from '../site/previewPng.ts';

/** `/preview.png`: the catalogue's own preview, for its home and list pages. */
export const GET: APIRoute = async () => {
  const cards = await getCards();
  const categories = groupByCategory(cards).length;
  const png = await previewPng({
    name: catalogConfig.title,
    summary: catalogConfig.description,
    chips: [cards.length === 1 ? '1 agent' : `${cards.length} agents`, categories === 1 ? '1 category' : `${categories} categories`],
    color: undefined,
    site: 'Claude Code subagents',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogConfig } from '../../catalogConfig.ts';
import type { PreviewInput } from '../../lib/present/previewSvg.ts';
import { getCards } from '../../site/catalog.ts';
import { previewPng } from '../../site/previewPng.ts';

/** `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. */
export const getStaticPaths = (async () =>
  (await getCards()).map((card) => {
    const preview: PreviewInput = {
      name: card.name,
      summary: card.summary,
      chips: [card.model.stated ? card.model.value : 'inherits model', card.tools.label],
      color: card.color,
      site: catalogConfig.title,
    };
    return { params: { slug: card.slug }, props: { preview } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewInput }> = async ({ props }) => new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewInput } from '../../lib/present/previewSvg.ts';
import { getAgentEntries } from '../../site/catalog.ts';
import { agentPreview, drawPreviewsAhead, previewPng } from '../../site/previewPng.ts';

/**
 * `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. A rest parameter
 * (`image` is `<slug>.png`) rather than `[slug].png.ts`, because Astro renders routes in order of priority and
 * this one ranks after the agent pages: the previews, drawn on another thread meanwhile, are ready when their
 * turn comes, instead of the build waiting for them before any page renders.
 */
export const getStaticPaths = (async () => {
  const paths = (await getAgentEntries()).map(({ agent }) => ({ params: { image: `${agent.slug}.png` }, props: { preview: agentPreview(agent) } }));
  // In a build, all are drawn on another thread while the routes before these render.
  drawPreviewsAhead(paths.map((path) => path.props.preview));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewInput }> = async ({ props }) => new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });

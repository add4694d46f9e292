import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewInput } from '../../lib/present/previewSvg.ts';
import { getAgentEntries } from '../../site/catalog.ts';
import { agentPreview, previewPng } from '../../site/previewPng.ts';

/**
 * `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. A full build has
 * usually drawn it already, while its system prompts were rendered (see the catalogue's loader).
 */
export const getStaticPaths = (async () =>
  (await getAgentEntries()).map(({ agent }) => ({ params: { slug: agent.slug }, props: { preview: agentPreview(agent) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewInput }> = async ({ props }) => new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });

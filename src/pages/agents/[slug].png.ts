import type { APIRoute, GetStaticPaths } from 'astro';
import { agentPreviews } from '../../site/catalog.ts';
import { takePreviewPng } from '../../site/previewPng.ts';

/** `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. */
export const getStaticPaths = (async () => (await agentPreviews()).map(({ slug, svg }) => ({ params: { slug }, props: { svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = async ({ props }) => new Response(await takePreviewPng(props.svg), { headers: { 'Content-Type': 'image/png' } });

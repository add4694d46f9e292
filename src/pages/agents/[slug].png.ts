import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewInput } from '../../lib/present/previewSvg.ts';
import { pathsOrWorkerFiles } from '../../site/buildWorker.ts';
import { getAgentEntries } from '../../site/catalog.ts';
import { agentPreview, previewPng } from '../../site/previewPng.ts';

/**
 * `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. In a build with the
 * build worker, the worker draws and writes them while pages render, and this route has no page of its own.
 */
export const getStaticPaths = (async () =>
  pathsOrWorkerFiles(
    (await getAgentEntries()).map(({ agent }) => ({ params: { slug: agent.slug }, props: { preview: agentPreview(agent) } })),
    ({ params, props }) => ({ kind: 'preview', path: `agents/${params.slug}.png`, input: props.preview }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewInput }> = async ({ props }) => new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });

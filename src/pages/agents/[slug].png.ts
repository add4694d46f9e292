import type { APIRoute, GetStaticPaths } from 'astro';
import type { PreviewInput } from '../../lib/present/previewSvg.ts';
import { buildWorker } from '../../site/buildWorker.ts';
import { getAgentEntries } from '../../site/catalog.ts';
import { agentPreview, previewPng } from '../../site/previewPng.ts';

/**
 * `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. In a build with the
 * build worker, the worker draws and writes them while pages render, and this route has no page of its own.
 */
export const getStaticPaths = (async () => {
  const paths = (await getAgentEntries()).map(({ agent }) => ({ params: { slug: agent.slug }, props: { preview: agentPreview(agent) } }));
  const worker = buildWorker();
  if (!worker) return paths;
  for (const { params, props } of paths) worker.write({ kind: 'preview', path: `agents/${params.slug}.png`, input: props.preview });
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewInput }> = async ({ props }) => new Response(await previewPng(props.preview), { headers: { 'Content-Type': 'image/png' } });

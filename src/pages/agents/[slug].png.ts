import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogConfig } from '../../catalogConfig.ts';
import type { AgentRecord } from '../../lib/catalog/agentRecord.ts';
import { previewInputOf } from '../../lib/present/previewSvg.ts';
import { getAgentRecords } from '../../site/catalog.ts';
import { previewPng } from '../../site/previewPng.ts';

/**
 * `/agents/<slug>.png`: the agent's 1200 × 630 preview for links pasted into chat and wikis. Served by `astro dev`;
 * a build writes these files itself (src/integrations/agentFiles.ts).
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? (await getAgentRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: AgentRecord }> = async ({ props }) =>
  new Response(await previewPng(previewInputOf(props.record, catalogConfig.title)), { headers: { 'Content-Type': 'image/png' } });

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogConfig } from '../../catalogConfig.ts';
import { getAgentRecords } from '../../site/catalog.ts';

/**
 * `/agents/<slug>.md`: the agent's file byte for byte, for downloads, copy buttons and install commands. Served by
 * `astro dev`; a build writes these files itself (src/integrations/agentFiles.ts).
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? (await getAgentRecords()).map((record) => ({ params: { slug: record.slug }, props: { path: record.source.path } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(readFileSync(join(catalogConfig.agentsDir, props.path)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

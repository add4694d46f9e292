import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogConfig } from '../../catalogConfig.ts';
import { getAgentEntries } from '../../site/catalog.ts';

/** `/agents/<slug>.md`: the agent's file byte for byte, for downloads, copy buttons and install commands. */
export const getStaticPaths = (async () =>
  (await getAgentEntries()).map(({ agent }) => ({ params: { slug: agent.slug }, props: { path: agent.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const bytes = readFileSync(join(catalogConfig.agentsDir, (props as { path: string }).path));
  return new Response(bytes, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

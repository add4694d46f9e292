import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogConfig } from '../../catalogConfig.ts';
import { pathsOrWorkerFiles } from '../../site/buildWorker.ts';
import { getAgentEntries } from '../../site/catalog.ts';

/**
 * `/agents/<slug>.md`: the agent's file byte for byte, for downloads, copy buttons and install commands. In a
 * build with the build worker, the worker copies the files while pages render, and this route has no page of its
 * own.
 */
export const getStaticPaths = (async () =>
  pathsOrWorkerFiles(
    (await getAgentEntries()).map(({ agent }) => ({ params: { slug: agent.slug }, props: { path: agent.path } })),
    ({ params, props }) => ({ kind: 'copy', path: `agents/${params.slug}.md`, from: join(catalogConfig.agentsDir, props.path) }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) =>
  new Response(readFileSync(join(catalogConfig.agentsDir, props.path)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

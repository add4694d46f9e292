import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgentRecord } from '../../lib/catalog/agentRecord.ts';
import { pathsOrWorkerFiles } from '../../site/buildWorker.ts';
import { getAgentRecords } from '../../site/catalog.ts';

/**
 * One agent as data: the same record as in /agents.json. In a build with the build worker, the worker writes the
 * files while pages render, and this route has no page of its own.
 */
export const getStaticPaths = (async () =>
  pathsOrWorkerFiles(
    (await getAgentRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } })),
    ({ params, props }) => ({ kind: 'json', path: `agents/${params.slug}.json`, value: props.record }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: AgentRecord }> = ({ props }) => new Response(JSON.stringify(props.record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgentRecord } from '../../lib/catalog/agentRecord.ts';
import { getAgentRecords } from '../../site/catalog.ts';

/** One agent as data: the same record as in /agents.json. */
export const getStaticPaths = (async () => (await getAgentRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: AgentRecord }> = ({ props }) =>
  new Response(JSON.stringify(props.record, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

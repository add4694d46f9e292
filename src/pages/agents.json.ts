import type { APIRoute } from 'astro';
import { catalogConfig } from '../catalogConfig.ts';
import { agentsJsonSchema, agentsJsonVersion } from '../lib/catalog/agentRecord.ts';
import { getAgentRecords } from '../site/catalog.ts';
import { absolute, href } from '../site/paths.ts';

/** Every agent as data, for other tools: the schema is at /agents.schema.json. */
export const GET: APIRoute = async () => {
  const agents = await getAgentRecords();
  const body = agentsJsonSchema.parse({
    version: agentsJsonVersion,
    title: catalogConfig.title,
    description: catalogConfig.description,
    url: absolute(href()),
    count: agents.length,
    agents,
  });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

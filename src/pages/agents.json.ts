import type { APIRoute } from 'astro';
import { catalogConfig } from '../catalogConfig.ts';
import { agentsJsonSchema, agentsJsonVersion, type AgentsJson } from '../lib/catalog/agentRecord.ts';
import { getAgentRecords } from '../site/catalog.ts';
import { absolute, href } from '../site/paths.ts';

/** The fields around the list, checked here: each agent's record is checked as it is made (getAgentRecords). */
const envelopeSchema = agentsJsonSchema.omit({ agents: true });

/** Every agent as data, for other tools: the schema is at /agents.schema.json. */
export const GET: APIRoute = async () => {
  const agents = await getAgentRecords();
  const envelope = envelopeSchema.parse({
    version: agentsJsonVersion,
    title: catalogConfig.title,
    description: catalogConfig.description,
    url: absolute(href()),
    count: agents.length,
  });
  const body: AgentsJson = { ...envelope, agents };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { z } from 'zod';
import { agentsJsonSchema, agentsJsonVersion } from '../lib/catalog/agentRecord.ts';
import { absolute, href } from '../site/paths.ts';

/** The JSON Schema of /agents.json (and, under `$defs`, of one agent's /agents/<slug>.json). */
export const GET: APIRoute = () => {
  const schema = {
    ...z.toJSONSchema(agentsJsonSchema, { target: 'draft-2020-12' }),
    $id: absolute(href('agents.schema.json')),
    title: `agents.json, version ${agentsJsonVersion}`,
  };
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};

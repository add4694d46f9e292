import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { agentsDirOf } from '../catalogConfig.ts';
import { agentsJsonSchema } from '../lib/catalog/agentRecord.ts';
import { writeAgentFiles } from '../site/agentFiles.ts';

/**
 * At the end of `astro build`, writes every agent's raw file, JSON record and preview image (see
 * src/site/agentFiles.ts) from the agents.json the build made.
 */
export function agentFiles(): AstroIntegration {
  return {
    name: 'agent-catalog:files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const catalog = agentsJsonSchema.parse(JSON.parse(readFileSync(join(outDir, 'agents.json'), 'utf8')));
        // Read at the end of each build, not when the configuration loaded: a process may build several folders.
        await writeAgentFiles(outDir, agentsDirOf(process.env), catalog.agents, catalog.title);
        logger.info(`Wrote the file, record and preview of ${catalog.agents.length} agents in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}

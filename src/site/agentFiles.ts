import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentRecord } from '../lib/catalog/agentRecord.ts';
import { previewInputOf } from '../lib/present/previewSvg.ts';
import { previewPng } from './previewPng.ts';

/**
 * The three files each agent has beside its page: `/agents/<slug>.md` (its file, byte for byte), `/agents/<slug>.json`
 * (its record of agents.json) and `/agents/<slug>.png` (its preview card). A build writes them straight into the
 * output folder (thousands of them would otherwise each go through Astro's page pipeline); `astro dev` serves the
 * same from the routes in src/pages/agents/.
 */
export async function writeAgentFiles(outDir: string, agentsDir: string, records: readonly AgentRecord[], site: string): Promise<void> {
  const folder = join(outDir, 'agents');
  mkdirSync(folder, { recursive: true });
  for (const record of records) {
    copyFileSync(join(agentsDir, record.source.path), join(folder, `${record.slug}.md`));
    writeFileSync(join(folder, `${record.slug}.json`), JSON.stringify(record, null, 2));
    writeFileSync(join(folder, `${record.slug}.png`), await previewPng(previewInputOf(record, site)));
  }
}

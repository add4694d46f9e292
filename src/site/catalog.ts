import { getCollection } from 'astro:content';
import type { CatalogEntryData, StoredAgent } from '../lib/catalog/catalogEntry.ts';

/** Every file of the agents folder, by path. */
export async function getCatalogFiles(): Promise<CatalogEntryData[]> {
  const entries = await getCollection('catalog');
  return entries.map((entry) => entry.data).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Every agent with its collection entry (for `render()`), by slug. */
export async function getAgentEntries() {
  const entries = await getCollection('catalog', (entry) => entry.data.agent !== null);
  return entries
    .map((entry) => ({ entry, agent: entry.data.agent as StoredAgent }))
    .sort((a, b) => (a.agent.slug < b.agent.slug ? -1 : 1));
}

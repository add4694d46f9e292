import { getCollection } from 'astro:content';
import type { CatalogEntryData, StoredAgent } from '../lib/catalog/catalogEntry.ts';
import { byName, categoryOf, modelOf, oneLineSummary, toolAccess, type Category, type ModelChoice, type ToolAccess } from '../lib/present/agentFacts.ts';

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

/** What a card and the filters show of an agent, computed once. */
export interface AgentCard {
  slug: string;
  name: string;
  summary: string;
  category: Category;
  model: ModelChoice;
  tools: ToolAccess;
  color: string | undefined;
  /** Whether Claude Code skips the file. */
  skipped: boolean;
}

export function toCard(agent: StoredAgent, entry: Pick<CatalogEntryData, 'claudeCode'>): AgentCard {
  return {
    slug: agent.slug,
    name: agent.name,
    summary: oneLineSummary(agent.summary),
    category: categoryOf(agent),
    model: modelOf(agent.fields),
    tools: toolAccess(agent.fields),
    color: agent.fields.color,
    skipped: entry.claudeCode?.status === 'skipped',
  };
}

/** Every agent as a card, sorted by name. */
export async function getCards(): Promise<AgentCard[]> {
  return (await getAgentEntries()).map(({ entry, agent }) => toCard(agent, entry.data)).sort(byName);
}

export interface CategoryGroup extends Category {
  cards: AgentCard[];
}

/** The cards grouped by category, categories by name (General last), cards by name. */
export function groupByCategory(cards: readonly AgentCard[]): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  for (const card of cards) {
    const group = groups.get(card.category.slug) ?? { ...card.category, cards: [] };
    group.cards.push(card);
    groups.set(card.category.slug, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.slug === 'general') - Number(b.slug === 'general') || a.name.localeCompare(b.name, 'en'));
}

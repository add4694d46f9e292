import { getCollection } from 'astro:content';
import type { ClaudeCodeStatus } from '../lib/agents/claudeCodeVerdict.ts';
import { hidesText } from '../lib/agents/hiddenCharacters.ts';
import type { CatalogEntryData, StoredAgent } from '../lib/catalog/catalogEntry.ts';
import { agentSummaryLine, byName, categoryOf, modelNames, modelOf, runtimeFields, toolAccess, type Category, type ModelChoice, type ToolAccess } from '../lib/present/agentFacts.ts';
import { agentRecordSchema, toAgentRecord, type AgentRecord, type AgentUrls } from '../lib/catalog/agentRecord.ts';
import { claudeCodeName, loadingPlugin, pluginGroups, type PluginGroup } from '../lib/catalog/plugins.ts';
import type { AgentInsight } from '../lib/insight/agentInsight.ts';
import { catalogInsight, type CatalogInsight } from '../lib/insight/catalogInsight.ts';
import { toolRisks, type ToolRisk } from '../lib/insight/toolRisks.ts';
import { knownSkills, type Skill } from '../lib/skills/taxonomy.ts';
import { absolute, agentHref, agentImageHref, agentJsonHref, rawAgentHref } from './paths.ts';
import { catalogConfig } from '../catalogConfig.ts';
import { sourceFileUrl } from '../lib/present/sourceUrl.ts';

/** Every file of the agents folder, by path. */
export async function getCatalogFiles(): Promise<CatalogEntryData[]> {
  const entries = await getCollection('catalog');
  return entries.map((entry) => entry.data).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Once per build: every page asks for the same agents, and a catalogue of thousands is worth reading once. Under
 * `astro dev` files change while the server runs, so there it is read every time.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => (import.meta.env.DEV ? load() : (loaded ??= load()));
}

/** Every agent with its collection entry (for `render()`), by slug. Shared: do not change the list. */
export const getAgentEntries = once(async () => {
  const entries = await getCollection('catalog', (entry) => entry.data.agent !== null);
  return entries
    .map((entry) => ({ entry, agent: entry.data.agent as StoredAgent }))
    .sort((a, b) => (a.agent.slug < b.agent.slug ? -1 : 1));
});

/** Whether any plugin loads an agent: the header then links the plugins page. Asked by every page, answered once. */
export const hasPlugins = once(async (): Promise<boolean> => (await getAgentEntries()).some(({ agent }) => loadingPlugin(agent.plugin) !== null));

/** What a card and the filters show of an agent, computed once. */
export interface AgentCard {
  slug: string;
  name: string;
  summary: string;
  category: Category;
  model: ModelChoice;
  tools: ToolAccess;
  color: string | undefined;
  /** What Claude Code does with the file (see claudeCodeVerdict). */
  verdict: ClaudeCodeStatus | null;
  /** The agent's skills, strongest first, with their scores. */
  skills: { skill: Skill; score: number }[];
  /** What its tools let it do, most serious first (see toolRisks). */
  risks: ToolRisk[];
  /** Its estimated context cost (see agentInsight). */
  tokens: AgentInsight['tokens'] | null;
  /** How many examples it has (in its description, or else in its body). */
  examples: number;
  /** The plugin that loads it, or null. */
  plugin: string | null;
  /** Whether its file has characters a page does not show and Claude reads (see hiddenCharacters.ts). */
  hiddenText: boolean;
}

function toCard(agent: StoredAgent, entry: Pick<CatalogEntryData, 'claudeCode' | 'skills' | 'insight' | 'diagnostics'>): AgentCard {
  const fields = runtimeFields(agent);
  const tools = toolAccess(fields);
  return {
    slug: agent.slug,
    name: agent.name,
    summary: agentSummaryLine(agent),
    category: categoryOf(agent),
    model: modelOf(fields),
    tools,
    color: fields.color,
    verdict: entry.claudeCode?.status ?? null,
    skills: knownSkills(entry.skills),
    risks: toolRisks(tools),
    tokens: entry.insight?.tokens ?? null,
    examples: agent.examples.length,
    plugin: loadingPlugin(agent.plugin)?.name ?? null,
    hiddenText: hidesText(entry.diagnostics),
  };
}

/** The access badges of a card's facts: not "No tools" beside "Claude Code cannot run it", which says more. */
export function factRisks(card: Pick<AgentCard, 'risks' | 'verdict'>): ToolRisk[] {
  return card.verdict === 'cannot-run' ? card.risks.filter((risk) => risk.id !== 'no-tools') : card.risks;
}

/** Whether a card's facts count its tools: not when a badge says it all ("All tools", "No tools"). */
export function countsTools(card: Pick<AgentCard, 'risks'>): boolean {
  return !card.risks.some((risk) => risk.id === 'all-tools' || risk.id === 'no-tools');
}

/** Every agent as a card, sorted by name. Shared: do not change the list. */
export const getCards = once(async (): Promise<AgentCard[]> => (await getAgentEntries()).map(({ entry, agent }) => toCard(agent, entry.data)).sort(byName));

/** Every agent's card by slug. Shared: do not change the map. */
export const getCardsBySlug = once(async (): Promise<Map<string, AgentCard>> => new Map((await getCards()).map((card) => [card.slug, card])));

/** Near-duplicates and related agents (see catalogInsight). Shared: do not change it. */
export const getCatalogInsight = once(async (): Promise<CatalogInsight> =>
  catalogInsight(
    (await getAgentEntries()).map(({ entry, agent }) => ({
      slug: agent.slug,
      name: claudeCodeName(agent),
      category: categoryOf(agent).slug,
      skills: entry.data.skills,
      insight: entry.data.insight,
      loads: entry.data.claudeCode?.status !== 'skipped',
    })),
  ),
);

/** The name each model goes by in the filters (the catalogue's and search's), by slug: see `modelNames`. */
export const getModelNames = once(async (): Promise<Map<string, string>> => modelNames((await getCards()).map((card) => card.model)));

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

export interface SkillWithAgents {
  skill: Skill;
  /** The agents with the skill, strongest match first, then by name. */
  cards: AgentCard[];
}

/** Every skill some agent has, with its agents, by group and then by name. */
export function skillsWithAgents(cards: readonly AgentCard[]): SkillWithAgents[] {
  const bySkill = new Map<string, { skill: Skill; entries: { card: AgentCard; score: number }[] }>();
  for (const card of cards) {
    for (const { skill, score } of card.skills) {
      const entry = bySkill.get(skill.id) ?? { skill, entries: [] };
      entry.entries.push({ card, score });
      bySkill.set(skill.id, entry);
    }
  }
  return [...bySkill.values()]
    .map(({ skill, entries }) => ({ skill, cards: entries.sort((a, b) => b.score - a.score || byName(a.card, b.card)).map((entry) => entry.card) }))
    .sort((a, b) => a.skill.name.localeCompare(b.skill.name, 'en', { sensitivity: 'base' }));
}

/**
 * The plugins of the catalogue, by name, each with the cards of the agents it loads, by name (see `pluginGroups`);
 * empty for a catalogue without plugins. Shared: do not change the list.
 */
export const getPlugins = once(async (): Promise<PluginGroup<AgentCard>[]> => {
  const bySlug = await getCardsBySlug();
  const agents = [...(await getAgentEntries())].sort((a, b) => byName(bySlug.get(a.agent.slug)!, bySlug.get(b.agent.slug)!));
  return pluginGroups(agents.map(({ agent }) => ({ plugin: agent.plugin, item: bySlug.get(agent.slug)! })));
});

/** The anchor of each agent's plugin on the plugins page, by the agent's slug (agents a plugin loads only). */
export const getPluginIdsBySlug = once(async (): Promise<Map<string, string>> => new Map((await getPlugins()).flatMap((plugin) => plugin.items.map((card) => [card.slug, plugin.id] as const))));

/** Every skill some agent has, with its agents (see `skillsWithAgents`). Shared: do not change the list. */
export const getSkills = once(async (): Promise<SkillWithAgents[]> => skillsWithAgents(await getCards()));

/** An agent's addresses for other tools: absolute when the build has SITE_URL; its file's in the repository with SOURCE_URL. */
export function agentUrls(agent: Pick<StoredAgent, 'slug' | 'path'>): AgentUrls {
  const { slug } = agent;
  const sourceUrl = agentSourceUrl(agent);
  return { url: absolute(agentHref(slug)), rawUrl: absolute(rawAgentHref(slug)), jsonUrl: absolute(agentJsonHref(slug)), imageUrl: absolute(agentImageHref(slug)), ...(sourceUrl ? { sourceUrl } : {}) };
}

/** The agent's file in its repository, when the build has SOURCE_URL. */
export function agentSourceUrl(agent: Pick<StoredAgent, 'path'>): string | undefined {
  return catalogConfig.sourceUrl ? sourceFileUrl(catalogConfig.sourceUrl, agent.path) : undefined;
}

/** Every agent as a record of `agents.json`, by slug, each checked against the published schema. */
export const getAgentRecords = once(async (): Promise<AgentRecord[]> => {
  const insight = await getCatalogInsight();
  return (await getAgentEntries()).map(({ entry, agent }) => {
    const { claudeCode, diagnostics, skills } = entry.data;
    if (!claudeCode || !entry.data.insight) {
      // Every entry the loader stores has both: one without them comes from a data store another version wrote.
      throw new Error(`${agent.path}: the build's data store holds this agent without Claude Code's verdict or its insight. Delete ${catalogConfig.cacheDir} and build again.`);
    }
    const related = insight.related.get(agent.slug) ?? [];
    const nearDuplicates = insight.nearDuplicates.get(agent.slug) ?? [];
    const record = toAgentRecord({ agent, skills, claudeCode, diagnostics, insight: entry.data.insight, related, nearDuplicates }, agentUrls(agent));
    return agentRecordSchema.parse(record);
  });
});

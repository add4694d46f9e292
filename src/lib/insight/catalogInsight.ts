/**
 * The insight computed over the whole catalogue, once per build: which agents nearly duplicate each other and
 * how much, and which are related by their skills (near-duplicates left out, being shown apart).
 */
import type { AgentInsight } from './agentInsight.ts';
import { relatedAgents } from './relatedAgents.ts';
import { decodeSketch, nearDuplicates, type NearDuplicate } from './textSketch.ts';

export interface InsightInput {
  slug: string;
  /** The name Claude Code knows the agent by (`<plugin>:<name>` for a plugin's): it keeps one agent per name. */
  name: string;
  category: string;
  skills: readonly { id: string }[];
  insight: AgentInsight | null;
  /** Whether Claude Code loads the agent: one it skips is in no conversation's context. */
  loads: boolean;
}

/** An agent's near-duplicate: the share (0–1) of the agent's own text that it also has, and of its text the agent has. */
export interface NearDuplicateOf {
  slug: string;
  share: number;
  otherShare: number;
}

export interface CatalogInsight {
  /** What the agents' names and descriptions cost every conversation with all of them installed, in tokens. */
  descriptionTokens: number;
  /** The agents that cost it: those Claude Code loads (and whose cost is known), one per name. */
  inContext: number;
  /** The agents with a known cost left out of it: those Claude Code skips, and copies of a name it keeps once. */
  leftOut: ContextLeftOut;
  /** Pairs of agents one of which has at least half of its text in the other, most shared first. */
  pairs: NearDuplicate[];
  /** For each agent with any, its near-duplicates, the most shared (either way) first. */
  nearDuplicates: Map<string, NearDuplicateOf[]>;
  /** For each agent, up to five related agents, most related first. */
  related: Map<string, string[]>;
}

/** The share of an agent's text another must have, or it of the other's, for the two to be near-duplicates. */
export const nearDuplicateShare = 0.5;

/** A share (0–1) as pages show it: estimates, to the nearest 5%. */
export function sharePercent(share: number): string {
  return `${Math.round(share * 20) * 5}%`;
}

/** The near-duplicate pairs of the agents with an insight, by slug (see textSketch.ts). */
export function nearDuplicatePairs(agents: readonly Pick<InsightInput, 'slug' | 'insight'>[]): NearDuplicate[] {
  return nearDuplicates(
    agents.flatMap((agent) => (agent.insight ? [{ id: agent.slug, sketch: decodeSketch(agent.insight.sketch) }] : [])),
    nearDuplicateShare,
  );
}

/** Why agents whose cost is known are not in context: Claude Code skips them, or keeps another file of their name. */
export interface ContextLeftOut {
  skipped: number;
  sameName: number;
}

type Costed = Pick<InsightInput, 'name' | 'insight' | 'loads'>;

/**
 * The agents whose names and descriptions Claude Code keeps in context: those it loads, one per name. Of the files
 * that declare one name Claude Code keeps one, chosen by the order it reads the folder in; the costliest is counted,
 * so that the total is the most the catalogue can cost.
 */
function agentsInContext<T extends Costed>(agents: readonly T[]): T[] {
  const byName = new Map<string, T>();
  for (const agent of agents) {
    if (!agent.loads || agent.insight === null) continue;
    const kept = byName.get(agent.name);
    if (!kept || agent.insight.tokens.description > kept.insight!.tokens.description) byName.set(agent.name, agent);
  }
  return [...byName.values()];
}

/** What the names and descriptions of the agents in context (see agentsInContext) cost together, and who is left out. */
export function contextCost(agents: readonly Costed[]): Pick<CatalogInsight, 'descriptionTokens' | 'inContext' | 'leftOut'> {
  const costed = agents.filter((agent) => agent.insight !== null);
  const inContext = agentsInContext(costed);
  const loaded = costed.filter((agent) => agent.loads).length;
  return {
    descriptionTokens: inContext.reduce((sum, agent) => sum + agent.insight!.tokens.description, 0),
    inContext: inContext.length,
    leftOut: { skipped: costed.length - loaded, sameName: loaded - inContext.length },
  };
}

export function catalogInsight(agents: readonly InsightInput[]): CatalogInsight {
  const pairs = nearDuplicatePairs(agents);
  const byAgent = new Map<string, NearDuplicateOf[]>();
  const add = (slug: string, other: NearDuplicateOf) => {
    const list = byAgent.get(slug);
    if (list) list.push(other);
    else byAgent.set(slug, [other]);
  };
  for (const pair of pairs) {
    add(pair.a, { slug: pair.b, share: pair.shareOfA, otherShare: pair.shareOfB });
    add(pair.b, { slug: pair.a, share: pair.shareOfB, otherShare: pair.shareOfA });
  }
  const most = (other: NearDuplicateOf) => Math.max(other.share, other.otherShare);
  for (const list of byAgent.values()) list.sort((x, y) => most(y) - most(x) || (x.slug < y.slug ? -1 : 1));
  const isPair = new Set(pairs.map((pair) => `${pair.a} ${pair.b}`));
  const related = relatedAgents(
    agents.map((agent) => ({ id: agent.slug, category: agent.category, skills: agent.skills })),
    { exclude: (a, b) => isPair.has(a < b ? `${a} ${b}` : `${b} ${a}`) },
  );
  return { ...contextCost(agents), pairs, nearDuplicates: byAgent, related };
}

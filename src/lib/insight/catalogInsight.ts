/**
 * The insight computed over the whole catalogue, once per build: which agents nearly duplicate each other and
 * how much, and which are related by their skills (near-duplicates left out, being shown apart).
 */
import type { AgentInsight } from './agentInsight.ts';
import { relatedAgents } from './relatedAgents.ts';
import { decodeSketch, nearDuplicates, type NearDuplicate } from './textSketch.ts';

export interface InsightInput {
  slug: string;
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
  /** The agents that cost it: those Claude Code loads (and whose cost is known). */
  inContext: number;
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

/** The agents whose names and descriptions Claude Code keeps in context: those it loads. */
export function agentsInContext<T extends Pick<InsightInput, 'insight' | 'loads'>>(agents: readonly T[]): T[] {
  return agents.filter((agent) => agent.loads && agent.insight !== null);
}

/** The tokens of the names and descriptions of all the agents Claude Code loads, together. */
export function descriptionTokens(agents: readonly Pick<InsightInput, 'insight' | 'loads'>[]): number {
  return agentsInContext(agents).reduce((sum, agent) => sum + agent.insight!.tokens.description, 0);
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
  return { descriptionTokens: descriptionTokens(agents), inContext: agentsInContext(agents).length, pairs, nearDuplicates: byAgent, related };
}

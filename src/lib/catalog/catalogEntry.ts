import type { ClaudeCodeVerdict } from '../agents/claudeCodeVerdict.ts';
import type { Diagnostic } from '../agents/diagnostics.ts';
import type { FileStatus } from '../agents/parseAgentFile.ts';
import { agentInsight, type AgentInsight } from '../insight/agentInsight.ts';
import { declaredTags, detectSkills } from '../skills/detectSkills.ts';
import type { CatalogAgent, CatalogFile } from './buildCatalog.ts';

/** A skill of an agent, by its taxonomy id, with how strongly the agent has it. */
export interface AgentSkill {
  id: string;
  score: number;
}

/** An agent as stored in the content layer: everything but its body, which is stored (and rendered) apart. */
export type StoredAgent = Omit<CatalogAgent, 'body'>;

/** One entry of the `catalog` collection: a file of the agents folder, and the agent it holds, if any. */
export interface CatalogEntryData {
  path: string;
  status: FileStatus;
  slug: string | null;
  claudeCode: ClaudeCodeVerdict | null;
  diagnostics: Diagnostic[];
  agent: StoredAgent | null;
  /** The agent's skills, strongest first (empty for files that are not agents). */
  skills: AgentSkill[];
  /** Its context cost and text sketch (null for files that are not agents, and until computed: see below). */
  insight: AgentInsight | null;
}

/** The collection id of a file: its slug for agents, its path for every other file. */
export function catalogEntryId(file: Pick<CatalogFile, 'slug' | 'path'>): string {
  return file.slug ?? `file:${file.path}`;
}

/**
 * Splits a catalogue file into the data to store and the body to render. Skill detection and the insight are the
 * costly parts: with `computed: false` they are left out (an empty list, null), for a caller that first checks
 * whether the entry changed, then finds the skills (`agentSkills`), and takes the insight of the system prompt from
 * its rendering (`agentInsight`).
 */
export function toCatalogEntry(file: CatalogFile, { computed = true } = {}): { data: CatalogEntryData; body: string | null } {
  const { agent, ...rest } = file;
  if (!agent) return { data: { ...rest, agent: null, skills: [], insight: null }, body: null };
  const { body, ...stored } = agent;
  const data: CatalogEntryData = { ...rest, agent: stored, skills: [], insight: null };
  if (computed) {
    data.skills = agentSkills(agent);
    data.insight = agentInsight(agent, body);
  }
  return { data, body };
}

/** The skills of an agent, strongest first, by taxonomy id. */
export function agentSkills(agent: CatalogAgent): AgentSkill[] {
  const found = detectSkills({ name: agent.name, summary: agent.summary, examples: agent.examples, body: agent.body, declared: declaredTags(agent.extra) });
  return found.map(({ skill, score }) => ({ id: skill.id, score }));
}

/** Whether a value has the shape of catalogue entry data (a cheap check: the loader built it from typed data). */
export function isCatalogEntryData(value: unknown): value is CatalogEntryData {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry['path'] === 'string' && typeof entry['status'] === 'string' && Array.isArray(entry['diagnostics']);
}

import type { AgentFields } from '../agents/agentSchema.ts';
import { resolveTools } from '../agents/claudeCodeTools.ts';
import { digestSlug, slugify } from '../agents/slugify.ts';
import type { CatalogAgent } from '../catalog/buildCatalog.ts';

/** An agent as the pages see it: the stored agent, without its body. */
export type PresentedAgent = Omit<CatalogAgent, 'body'>;

export interface Category {
  /** The page address under `/categories/`: `a-z0-9-` only. */
  slug: string;
  /** The name people read. */
  name: string;
}

/** The category of agents at the top of the agents folder that have no `category` field. */
export const generalCategory: Category = { slug: 'general', name: 'General' };

/** Words that read better in capitals, or with their own casing, in a category name made from a folder. */
const wordCasing: Record<string, string> = Object.fromEntries(
  ['AI', 'ML', 'API', 'APIs', 'UI', 'UX', 'QA', 'SEO', 'SQL', 'NoSQL', 'AWS', 'GCP', 'IoT', 'LLM', 'LLMs', 'CLI', 'SRE', 'CI', 'CD', 'MCP', 'OCR', 'DevOps', 'GraphQL', 'iOS', 'PHP', 'CSS', 'HTML', 'JS', 'TS', 'DB', 'Web3', 'B2B', 'SaaS', 'GitHub', 'JavaScript', 'TypeScript', 'PostgreSQL', 'MySQL', 'MongoDB', 'FastAPI', 'NextJS', 'VueJS']
    .map((word) => [word.toLowerCase(), word]),
);

/**
 * Turns a folder name or a `category` value into a name for people: a leading number (`01-`) and separators go,
 * words are capitalised, known acronyms keep their casing. Text that already has capitals is kept as written.
 *
 * @example humaniseCategory('01-core-development') === 'Core Development'
 * @example humaniseCategory('data-ai') === 'Data AI'
 */
export function humaniseCategory(raw: string): string {
  const text = raw.trim().replace(/^\d+[-_. ]+/, '');
  if (/[A-Z]/.test(text)) return text.replace(/\s+/g, ' ');
  return text
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => wordCasing[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The agent's category: its `category` field when it is text; else, for a plugin's agent, the category its
 * marketplace gives the plugin, or the plugin's name; else the folder the file is in (the deepest one, so
 * `specialized/react/x.md` is React, and the one above a folder named `agents`, so `team-a/agents/x.md` is Team A);
 * else General. A category in another script (`データ`) keeps its name, at an address made from a digest of it.
 */
export function categoryOf(agent: Pick<PresentedAgent, 'extra' | 'folder'> & { plugin?: PresentedAgent['plugin'] }): Category {
  const field = agent.extra['category'];
  const raw = typeof field === 'string' && /[\p{L}\p{N}]/u.test(field) ? field : (agent.plugin ? (agent.plugin.category ?? agent.plugin.name) : folderCategory(agent.folder));
  const name = humaniseCategory(raw);
  if (!/[\p{L}\p{N}]/u.test(name)) return generalCategory;
  return { slug: slugify(raw.replace(/^\d+[-_. ]+/, '')) || digestSlug('category', name), name };
}

/** The deepest folder of a path that is not named `agents` or `.claude` (which say nothing), or ''. */
function folderCategory(folder: string): string {
  const parts = folder.split('/').filter(Boolean);
  while (parts.length > 0 && ['agents', '.claude'].includes(parts.at(-1)!.toLowerCase())) parts.pop();
  return parts.at(-1) ?? '';
}

export interface ToolAccess {
  /** `all`: inherits every tool (no `tools` field, an empty one, or `*`); `some`: only the listed ones. */
  kind: 'all' | 'some';
  /** The tools listed in `tools` (empty for `all`). */
  tools: string[];
  /** Tools taken away by `disallowedTools`. */
  disallowed: string[];
  /** The listed tools Claude Code has no tool for, which it drops. */
  unknown: string[];
  /** The listed tools Claude Code has but never gives a subagent (`AskUserQuestion`), which it leaves out. */
  withheld: string[];
  /** The listed tools Claude Code gives it (empty for `all`). */
  given: string[];
  /** One short phrase: "all tools", "all tools but 2", "3 tools", "no tools". */
  label: string;
}

/**
 * The fields an agent runs with in Claude Code: its own, or none at all for a plugin's agent whose frontmatter
 * Claude Code cannot read (it loads it with every tool, the main conversation's model and no colour).
 */
export function runtimeFields(agent: { fields: AgentFields; claudeCodeFallback?: unknown }): AgentFields {
  return agent.claudeCodeFallback ? {} : agent.fields;
}

/** What the agent may use, as Claude Code reads `tools` and `disallowedTools` (and `permissionMode`, for `ExitPlanMode`). */
export function toolAccess(fields: Pick<AgentFields, 'tools' | 'disallowedTools' | 'permissionMode'>): ToolAccess {
  const disallowed = fields.disallowedTools ?? [];
  const listed = fields.tools;
  // An empty list is no list: Claude Code gives every tool, as without `tools` (see the finding `emptyTools`).
  if (listed === undefined || listed.length === 0 || listed.includes('*')) {
    const label = disallowed.length === 0 ? 'all tools' : `all tools but ${disallowed.length}`;
    return { kind: 'all', tools: [], disallowed, unknown: [], withheld: [], given: [], label };
  }
  // The label counts what Claude Code gives: names it has no tool for, and tools it keeps from subagents, are left
  // out (see resolveTools).
  const { listed: tools, unknown, withheld, given } = resolveTools(listed, disallowed, fields.permissionMode);
  return { kind: 'some', tools, disallowed, unknown, withheld, given, label: given.length === 0 ? 'no tools' : given.length === 1 ? '1 tool' : `${given.length} tools` };
}

/** Why some of the listed tools are struck through on the agent page, or null when none is. */
export function struckToolsNote(access: ToolAccess): string | null {
  const struck = access.unknown.length + access.withheld.length;
  if (struck === 0) return null;
  if (struck === access.tools.length) return 'every name, so Claude Code refuses to run the agent';
  if (access.withheld.length === 0) return 'names Claude Code has no tool for, which it drops';
  if (access.unknown.length === 0) return 'tools Claude Code never gives a subagent, which it leaves out';
  return 'names Claude Code has no tool for and tools it never gives a subagent, which it leaves out';
}

export interface ModelChoice {
  /** The value as Claude Code uses it; `inherit` when the field is absent. */
  value: string;
  /** For filters: `a-z0-9-` only. */
  slug: string;
  /** Whether the agent states a model, or inherits the main conversation's by default. */
  stated: boolean;
}

/** The model the agent runs on. */
export function modelOf(fields: Pick<AgentFields, 'model'>): ModelChoice {
  const value = fields.model ?? 'inherit';
  return { value, slug: slugify(value) || 'inherit', stated: fields.model !== undefined };
}

/**
 * One name for each model the filters offer, by slug: files write the same model in several ways (`Claude Sonnet
 * 4.5`, `claude-sonnet-4-5`), and a filter lists it once. The name is the way written that is its own slug, as
 * Claude Code's ids and aliases are, else the most frequent way (then the first in code-point order).
 *
 * @example modelNames([{ value: 'Claude Sonnet 4.5', slug: 'claude-sonnet-4-5' }, { value: 'claude-sonnet-4-5', slug: 'claude-sonnet-4-5' }]).get('claude-sonnet-4-5') // 'claude-sonnet-4-5'
 */
export function modelNames(models: readonly Pick<ModelChoice, 'value' | 'slug'>[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { value, slug } of models) {
    const ways = counts.get(slug) ?? new Map<string, number>();
    ways.set(value, (ways.get(value) ?? 0) + 1);
    counts.set(slug, ways);
  }
  const names = new Map<string, string>();
  for (const [slug, ways] of counts) {
    const ranked = [...ways].sort(([a, m], [b, n]) => Number(b === slug) - Number(a === slug) || n - m || (a < b ? -1 : a > b ? 1 : 0));
    names.set(slug, ranked[0]![0]);
  }
  return names;
}

/**
 * A line of text cut to at most `max` characters, at a space when there is one in its second half, with an
 * ellipsis; never within a character.
 *
 * @example clipLine('one two three', 9) // 'one two…'
 */
export function clipLine(line: string, max: number): string {
  if (line.length <= max) return line;
  const space = line.lastIndexOf(' ', max - 1);
  const cut = space > max / 2 ? line.slice(0, space) : [...line.slice(0, max)].slice(0, -1).join('');
  return `${cut.replace(/[\s,;:.-]+$/, '')}…`;
}

/**
 * The summary cut to one line for cards: its first paragraph, ending at the first sentence that passes
 * `min` characters, and never longer than `max` (cut at a word, with an ellipsis).
 *
 * @example oneLineSummary('Reviews code. Use after every change.\n\nMore.') === 'Reviews code. Use after every change.'
 */
export function oneLineSummary(summary: string, max = 180, min = 60): string {
  const paragraph = (summary.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  const sentenceEnd = /[.!?](?=\s|$)/g;
  let cut = paragraph;
  for (let match = sentenceEnd.exec(paragraph); match; match = sentenceEnd.exec(paragraph)) {
    if (match.index + 1 >= min) {
      cut = paragraph.slice(0, match.index + 1);
      break;
    }
  }
  return clipLine(cut, max);
}

/**
 * An agent's summary in one line (see `oneLineSummary`) for cards, previews and link titles; for a description
 * without text outside its examples, or without any text, a sentence that says so.
 */
export function agentSummaryLine(agent: { summary: string; examples: readonly unknown[] }): string {
  const line = oneLineSummary(agent.summary);
  if (line) return line;
  return agent.examples.length > 0 ? 'Its description holds only examples of when Claude delegates to it.' : 'Its description is empty.';
}

export interface FieldRow {
  key: string;
  /** The value as one line of text (lists joined, maps as JSON). */
  value: string;
}

/**
 * The fields Claude Code does not use, as key and text, in written order, for the agent page's table: every field
 * it knows has a place of its own there (the settings in words, see agentSettings.ts), and so has `category`.
 */
export function otherFields(agent: Pick<PresentedAgent, 'extra'>): FieldRow[] {
  return Object.entries(agent.extra)
    .filter(([key, value]) => key !== 'category' && value !== undefined)
    .map(([key, value]) => ({ key, value: fieldText(value) }));
}

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

/** Sorts by name as people expect (case-insensitive, numbers in order), then by slug. */
export function byName<T extends { name: string; slug: string }>(a: T, b: T): number {
  return nameOrder.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
/** One collator for every comparison: `localeCompare` with options builds a new one each call. */
const nameOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

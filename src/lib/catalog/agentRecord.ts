/**
 * The catalogue as data: `/agents.json` (every agent) and `/agents/<slug>.json` (one), for other tools. The zod
 * schemas below are the contract: the build checks its output against them, `/agents.schema.json` publishes them
 * as JSON Schema, and `agentsJsonVersion` changes when a field is removed or changes meaning (adding one does not).
 */
import { z } from 'zod';
import type { ClaudeCodeVerdict } from '../agents/claudeCodeVerdict.ts';
import type { Diagnostic } from '../agents/diagnostics.ts';
import { hidesText } from '../agents/hiddenCharacters.ts';
import type { AgentInsight } from '../insight/agentInsight.ts';
import type { NearDuplicateOf } from '../insight/catalogInsight.ts';
import { toolRiskIds, toolRisks } from '../insight/toolRisks.ts';
import { categoryOf, modelOf, toolAccess } from '../present/agentFacts.ts';
import { knownSkills } from '../skills/taxonomy.ts';
import type { AgentSkill, StoredAgent } from './catalogEntry.ts';
import { claudeCodeName, loadingPlugin } from './plugins.ts';

export const agentsJsonVersion = 1;

const exampleSchema = z.object({
  context: z.string().optional().describe('The situation the example starts from.'),
  turns: z.array(
    z.object({
      speaker: z.string().describe('The speaker as the file writes it: `User`, `Assistant`, `Human`, ...'),
      role: z.enum(['user', 'assistant']),
      text: z.string(),
    }),
  ),
  commentary: z.string().optional().describe('Why Claude delegates to the agent here.'),
});

export const agentRecordSchema = z.object({
  name: z.string().describe('The `name` field, as Claude Code knows the agent.'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).describe('The page address: /agents/<slug>/.'),
  url: z.string().describe('The agent page; absolute when the site was built with SITE_URL.'),
  rawUrl: z.string().describe('The agent file, byte for byte; absolute when the site was built with SITE_URL.'),
  jsonUrl: z.string().describe('This record alone.'),
  imageUrl: z.string().describe('The 1200×630 preview image of the agent.'),
  summary: z.string().describe('When to use the agent: the description without its examples.'),
  description: z.string().describe('The whole `description` field.'),
  examples: z.array(exampleSchema),
  model: z.string().describe('The `model` field, or `inherit` when absent.'),
  tools: z.array(z.string()).nullable().describe('The tools its file lists, as written (Claude Code drops the names it has no tool for: the report lists them); null when it inherits every tool.'),
  disallowedTools: z.array(z.string()),
  fields: z
    .record(z.string(), z.unknown())
    .describe(
      'Every field Claude Code knows that the file sets, normalised (lists as lists, model aliases lower-cased, invalid values left out): `tools`, `model`, `color`, `effort`, `maxTurns`, `memory`, `hooks` and the rest. For a plugin’s agent whose frontmatter Claude Code cannot read, the file’s own, which Claude Code ignores.',
    ),
  otherFields: z.record(z.string(), z.unknown()).describe('The fields of the file that Claude Code does not use (`category`, `tags`…), as written, dates as ISO strings.'),
  category: z
    .object({ name: z.string(), slug: z.string() })
    .describe('The `category` field; else, for a plugin’s agent, its marketplace’s category for the plugin or the plugin’s name; else the folder of the file; else General.'),
  plugin: z
    .object({
      name: z.string(),
      marketplace: z.string().optional().describe('The marketplace of the catalogue that lists the plugin.'),
      notInstallable: z.literal(true).optional().describe('Set when Claude Code rejects that marketplace’s manifest, or the plugin’s entry in it (see the report): the plugin cannot be installed from it.'),
      claudeCodeName: z.string().describe('The name Claude Code knows the agent by: `<plugin>:<name>` when the plugin loads it (the file’s name in place of the agent’s when Claude Code cannot read its frontmatter).'),
      loaded: z.boolean().describe('Whether the plugin loads the agent: false for a file in the plugin’s folder that is neither in its `agents/` folder nor listed by its manifest.'),
    })
    .nullable()
    .describe('The Claude Code plugin the agent is in, or null.'),
  skills: z.array(z.object({ id: z.string(), name: z.string(), group: z.string(), score: z.number() })).describe('Skills of the taxonomy, strongest first.'),
  aliases: z.array(z.string()).describe('Former names, whose addresses lead to this agent.'),
  claudeCode: z
    .object({ status: z.enum(['loads', 'loads-after-requote', 'loads-without-fields', 'cannot-run', 'skipped']), reason: z.string().optional(), explanation: z.string() })
    .describe('What Claude Code does with the file: `loads-without-fields` for a plugin’s agent whose frontmatter it cannot read, `cannot-run` for an agent it lists but refuses to start because its `tools` give it no tool.'),
  source: z.object({
    path: z.string().describe('Relative to the agents folder, with `/`.'),
    warnings: z.number().int(),
    hiddenText: z.boolean().describe('Whether the file has characters a page does not show and Claude reads (Unicode tag characters, bidirectional controls, zero-width spaces): read it before installing it (its `hidden-characters` warning is in report.json).'),
    url: z.string().optional().describe('The file in its repository, when the site was built with SOURCE_URL.'),
  }),
  access: z
    .array(z.enum(toolRiskIds))
    .describe('What its tools let it do, most serious first: inherit every tool, run shell commands, change files, reach the web, call MCP servers; else read-only, or no tools.'),
  tokens: z
    .object({
      description: z.number().int().describe('Its name and description, which every conversation carries while it is installed.'),
      prompt: z.number().int().describe('Its system prompt, when it runs.'),
    })
    .describe('Estimated context cost in tokens (within 8.5% of Anthropic’s published tokenizer for nine texts in ten).'),
  related: z.array(z.string()).describe('Slugs of up to five agents with the most telling skills in common, most related first.'),
  nearDuplicates: z
    .array(
      z.object({
        slug: z.string(),
        share: z.number().describe('Estimated share (0–1) of this agent’s text that the other also has.'),
        otherShare: z.number().describe('Estimated share (0–1) of the other’s text that this agent also has.'),
      }),
    )
    .describe('Agents one of which has at least half of its text in the other, most shared first.'),
});

export const agentsJsonSchema = z.object({
  version: z.literal(agentsJsonVersion),
  title: z.string(),
  description: z.string(),
  url: z.string().describe('The catalogue home page.'),
  count: z.number().int(),
  agents: z.array(agentRecordSchema),
});

export type AgentRecord = z.infer<typeof agentRecordSchema>;
export type AgentsJson = z.infer<typeof agentsJsonSchema>;

/** Where an agent's addresses are: page, raw file, record and image (absolute or site-relative). */
export interface AgentUrls {
  url: string;
  rawUrl: string;
  jsonUrl: string;
  imageUrl: string;
  /** The file in its repository (SOURCE_URL), when known. */
  sourceUrl?: string;
}

export interface RecordInput {
  agent: StoredAgent;
  skills: readonly AgentSkill[];
  claudeCode: ClaudeCodeVerdict;
  diagnostics: readonly Diagnostic[];
  insight: AgentInsight;
  related: readonly string[];
  nearDuplicates: readonly NearDuplicateOf[];
}

/** One agent as a record of `agents.json`. */
export function toAgentRecord({ agent, skills, claudeCode, diagnostics, insight, related, nearDuplicates }: RecordInput, { sourceUrl, ...urls }: AgentUrls): AgentRecord {
  const tools = toolAccess(agent.fields);
  const category = categoryOf(agent);
  return {
    name: agent.name,
    slug: agent.slug,
    ...urls,
    summary: agent.summary,
    description: agent.description,
    examples: agent.examples,
    model: modelOf(agent.fields).value,
    tools: tools.kind === 'all' ? null : tools.tools,
    disallowedTools: tools.disallowed,
    fields: { ...agent.fields },
    otherFields: { ...agent.extra },
    category: { name: category.name, slug: category.slug },
    plugin: agent.plugin && {
      name: agent.plugin.name,
      ...(agent.plugin.marketplace ? { marketplace: agent.plugin.marketplace } : {}),
      ...(agent.plugin.notInstallable ? { notInstallable: true as const } : {}),
      claudeCodeName: claudeCodeName(agent),
      loaded: loadingPlugin(agent.plugin) !== null,
    },
    skills: knownSkills(skills).map(({ skill, score }) => ({ id: skill.id, name: skill.name, group: skill.group, score })),
    aliases: agent.aliases,
    claudeCode,
    source: {
      path: agent.path,
      warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
      hiddenText: hidesText(diagnostics),
      ...(sourceUrl ? { url: sourceUrl } : {}),
    },
    access: toolRisks(tools).map((risk) => risk.id),
    tokens: insight.tokens,
    related: [...related],
    nearDuplicates: nearDuplicates.map(({ slug, share, otherShare }) => ({ slug, share: twoPlaces(share), otherShare: twoPlaces(otherShare) })),
  };
}

function twoPlaces(value: number): number {
  return Math.round(value * 100) / 100;
}

import { z } from 'zod';
import { splitNameList } from './splitNameList.ts';

/** The colours Claude Code accepts for an agent; any other value is dropped. */
export const agentColors = ['red', 'blue', 'green', 'yellow', 'purple', 'orange', 'pink', 'cyan'] as const;
export const permissionModes = ['default', 'acceptEdits', 'auto', 'dontAsk', 'bypassPermissions', 'plan', 'manual'] as const;
export const memoryScopes = ['user', 'project', 'local'] as const;
export const effortLevels = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
export const modelAliases = ['sonnet', 'opus', 'haiku', 'fable', 'inherit'] as const;

/** A model and its 1M-token context suffix (`opus[1m]`, as Claude Code's settings and agents write it), if any. */
export function splitContextSuffix(model: string): { base: string; suffix: string } {
  const suffix = /\[1m\]$/i.exec(model)?.[0] ?? '';
  return { base: model.slice(0, model.length - suffix.length), suffix };
}

/** A comma- or space-separated string, or a YAML list: always a list of names. */
const nameList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))])
  .transform((value) => splitNameList(value));

/** `true` or `false`, also written as text. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]);

/**
 * One schema per frontmatter field Claude Code knows. Leniency lives here: each field accepts the shapes real
 * files use and outputs one canonical shape. Fields are validated one by one (see `normaliseFrontmatter`), so an
 * invalid optional value is reported and dropped, as Claude Code does, instead of failing the file.
 */
export const agentFieldSchemas = {
  /** The agent's identity; Claude Code asks for lowercase letters and hyphens. */
  name: z.string().trim().min(1, 'it is empty'),
  /** When Claude should delegate to the agent; often holds `<example>` blocks. Literal `\n` becomes a newline, as in Claude Code. */
  description: z
    .string()
    .transform((text) => text.replace(/\\n/g, '\n').trim())
    .pipe(z.string().min(1, 'it is empty')),
  /** Tools the agent may use; absent means it inherits every tool, `*` means all. MCP tools look like `mcp__server__tool`. */
  tools: nameList,
  /** Tools removed before `tools` applies. */
  disallowedTools: nameList,
  /**
   * `sonnet`, `opus`, `haiku`, `fable`, `inherit` or a full model id, any but `inherit` with the 1M-token context
   * suffix `[1m]`; absent means inherit. Aliases are lower-cased.
   */
  model: z
    .string()
    .trim()
    .min(1, 'it is empty')
    .transform((model) => {
      const { base, suffix } = splitContextSuffix(model);
      return (modelAliases as readonly string[]).includes(base.toLowerCase()) ? base.toLowerCase() + suffix.toLowerCase() : model;
    }),
  /** The colour of the agent in Claude Code's interface. */
  color: z.string().trim().toLowerCase().pipe(z.enum(agentColors)),
  /** How the agent's tool calls are approved; ignored for plugin agents. */
  permissionMode: z.enum(permissionModes),
  /** Agent Skills preloaded into the agent's context (not expertise tags). */
  skills: nameList,
  /** MCP servers for the agent, as a list of names or a map of configurations; ignored for plugin agents. */
  mcpServers: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  /** Hooks scoped to the agent; ignored for plugin agents. */
  hooks: z.record(z.string(), z.unknown()),
  /** The most turns the agent may take. */
  maxTurns: z.union([z.number(), z.string().regex(/^\d+$/, 'not a whole number').transform(Number)]).pipe(z.number().int().positive()),
  /** Where the agent keeps its memory. */
  memory: z.enum(memoryScopes),
  /** Whether the agent runs in the background. */
  background: flag,
  /** How hard the model thinks. */
  effort: z.enum(effortLevels),
  /** `worktree` runs the agent in its own git worktree. */
  isolation: z.enum(['worktree']),
  /** A first prompt sent when the agent starts. */
  initialPrompt: z.string(),
  /** Whether the agent starts without the project's CLAUDE.md files (Claude Code 2.1.271 and later). */
  omitClaudeMd: flag,
  /** Settings Claude Code is still trying out (`cacheTtl`), as a map. */
  experimental: z.record(z.string(), z.unknown()),
} as const;

export type AgentFieldName = keyof typeof agentFieldSchemas;
export const agentFieldNames = Object.keys(agentFieldSchemas) as AgentFieldName[];

/** The whole frontmatter: the known fields, with any other field kept as written. */
export const agentFrontmatterSchema = z.looseObject({
  ...agentFieldSchemas,
  tools: agentFieldSchemas.tools.optional(),
  disallowedTools: agentFieldSchemas.disallowedTools.optional(),
  model: agentFieldSchemas.model.optional(),
  color: agentFieldSchemas.color.optional(),
  permissionMode: agentFieldSchemas.permissionMode.optional(),
  skills: agentFieldSchemas.skills.optional(),
  mcpServers: agentFieldSchemas.mcpServers.optional(),
  hooks: agentFieldSchemas.hooks.optional(),
  maxTurns: agentFieldSchemas.maxTurns.optional(),
  memory: agentFieldSchemas.memory.optional(),
  background: agentFieldSchemas.background.optional(),
  effort: agentFieldSchemas.effort.optional(),
  isolation: agentFieldSchemas.isolation.optional(),
  initialPrompt: agentFieldSchemas.initialPrompt.optional(),
  omitClaudeMd: agentFieldSchemas.omitClaudeMd.optional(),
  experimental: agentFieldSchemas.experimental.optional(),
});

/** The frontmatter as written by authors. */
export type AgentFrontmatterInput = z.input<typeof agentFrontmatterSchema>;
/** The frontmatter after normalisation: lists are lists, aliases lower-cased, `\n` unescaped. */
export type AgentFields = { [K in Exclude<AgentFieldName, 'name' | 'description'>]?: z.output<(typeof agentFieldSchemas)[K]> };

/** How to fix an invalid value, per field. */
export const agentFieldFixes: Record<AgentFieldName, string> = {
  name: 'Write the name as text, e.g. `name: code-reviewer`.',
  description: 'Write the description as text saying when to delegate to the agent.',
  tools: 'List tool names separated by commas, e.g. `tools: Read, Grep, Glob`, or as a YAML list.',
  disallowedTools: 'List tool names separated by commas, e.g. `disallowedTools: Write, Edit`.',
  model: 'Use `sonnet`, `opus`, `haiku`, `fable`, `inherit` or a full model id.',
  color: `Use one of ${agentColors.join(', ')}.`,
  permissionMode: `Use one of ${permissionModes.join(', ')}.`,
  skills: 'List Agent Skill names separated by commas, or as a YAML list.',
  mcpServers: 'Write `mcpServers` as a list of server names or a map of server configurations.',
  hooks: 'Write `hooks` as a map from hook event to hook list.',
  maxTurns: 'Use a positive whole number, e.g. `maxTurns: 20`.',
  memory: `Use one of ${memoryScopes.join(', ')}.`,
  background: 'Use `background: true` or `background: false`.',
  effort: `Use one of ${effortLevels.join(', ')}.`,
  isolation: 'Use `isolation: worktree`, or remove the field.',
  initialPrompt: 'Write the initial prompt as text.',
  omitClaudeMd: 'Use `omitClaudeMd: true` or `omitClaudeMd: false`.',
  experimental: 'Write `experimental` as a map of settings, one `key: value` per indented line.',
};

/**
 * Keys that start a field in the line-based recovery: every field Claude Code knows, plus the custom fields
 * real collections use. Anything else at column 1 (such as `user:` in an example) continues the field above.
 */
export const recoveryKeys: ReadonlySet<string> = new Set([
  ...agentFieldNames,
  'category',
  'tags',
  'author',
  'version',
  'emoji',
  'vibe',
  'expertise_level',
  'services',
  'aliases',
  'license',
]);

import { agentFieldFixes, agentFieldSchemas, modelAliases, splitContextSuffix, type AgentFieldName, type AgentFields } from './agentSchema.ts';
import { resolveTools, unknownTools } from './claudeCodeTools.ts';
import { findings, type Finding } from './diagnostics.ts';

export interface NormalisedFrontmatter {
  /** The name, when it is usable text. */
  name: string | null;
  /** The description (with literal `\n` unescaped), when it is usable text. */
  description: string | null;
  /** Every other known field, validated and normalised; invalid values are left out. */
  fields: AgentFields;
  /** Fields Claude Code does not know, kept as written (dates become ISO strings). */
  extra: Record<string, unknown>;
  findings: Finding[];
}

const modelId = /^claude-[a-z0-9.-]+$/;

/**
 * Validates the frontmatter field by field against `agentFieldSchemas`. An invalid optional value is reported
 * and dropped, as Claude Code does; name and description are returned as null when unusable, and the caller
 * decides what that means for the file.
 *
 * @example normaliseFrontmatter({ name: 'a', description: 'b', tools: 'Read, Grep', color: 'teal' }, {}, 1)
 *   // fields: { tools: ['Read', 'Grep'] }, one `invalid-field` warning for color
 */
export function normaliseFrontmatter(data: Record<string, unknown>, lines: Record<string, number>, fallbackLine: number): NormalisedFrontmatter {
  const found: Finding[] = [];
  const fields: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  let name: string | null = null;
  let description: string | null = null;
  for (const [key, value] of Object.entries(data)) {
    const line = lines[key] ?? fallbackLine;
    if (!(key in agentFieldSchemas)) {
      extra[key] = toPlain(value);
      continue;
    }
    const fieldName = key as AgentFieldName;
    if (value === null || value === undefined || value === '') {
      if (fieldName !== 'name' && fieldName !== 'description') continue;
    }
    // `hooks: []` is no hooks, but Claude Code leaves such an agent out (see claudeCodeVerdict): said once, there.
    if (fieldName === 'hooks' && Array.isArray(value) && value.length === 0) continue;
    const result = agentFieldSchemas[fieldName].safeParse(value);
    if (!result.success) {
      if (fieldName !== 'name' && fieldName !== 'description') {
        found.push(findings.invalidField(line, key, value, describeIssue(result.error.issues[0]), agentFieldFixes[fieldName]));
      }
      continue;
    }
    if (fieldName === 'name') name = result.data as string;
    else if (fieldName === 'description') description = result.data as string;
    else fields[fieldName] = result.data;
  }
  const model = fields['model'];
  // `opus[1m]`: a model with the 1M-token context; `inherit` takes the main conversation's as it is.
  const { base, suffix } = typeof model === 'string' ? splitContextSuffix(model) : { base: '', suffix: '' };
  const known = (modelAliases as readonly string[]).includes(base) ? !(suffix && base === 'inherit') : modelId.test(base);
  if (typeof model === 'string' && !known) {
    found.push(findings.unknownModel(lines['model'] ?? fallbackLine, model));
  }
  const tools = fields['tools'] as string[] | undefined;
  const toolsLine = lines['tools'] ?? fallbackLine;
  if (tools?.length === 0) found.push(findings.emptyTools(toolsLine));
  else if (tools) {
    // As the verdict resolves them (claudeCodeVerdict's givesNoTool): none given, and Claude Code refuses to run it.
    const resolved = resolveTools(tools, fields['disallowedTools'] as string[] | undefined, fields['permissionMode'] as string | undefined);
    const noneLeft = resolved.given.length === 0;
    const unknown = unknownTools(tools);
    if (unknown.length > 0) found.push(findings.unknownTools(toolsLine, tools.length, unknown, !noneLeft));
    if (resolved.withheld.length > 0) found.push(findings.withheldTools(toolsLine, resolved.withheld, noneLeft));
  }
  return { name, description, fields: fields as AgentFields, extra, findings: found };
}

/** Zod's first issue in words that fit our message; the fix names the accepted values. */
function describeIssue(issue: { code: string; message: string; expected?: unknown } | undefined): string {
  if (!issue) return 'not accepted';
  if (issue.code === 'invalid_value') return 'not one of the accepted values';
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') return 'wrong kind of value';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Makes YAML values JSON-safe: dates become ISO strings (dates only when there is no time). */
function toPlain(value: unknown): unknown {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlain(item)]));
  }
  return value;
}

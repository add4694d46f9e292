import { recoveryKeys, type AgentFields } from './agentSchema.ts';
import { blankText, claudeCodeVerdict, pluginAgentVerdict, pluginPlaceholderDescription, pluginPlaceholderVerdict, type ClaudeCodeVerdict } from './claudeCodeVerdict.ts';
import { decodeAgentSource } from './decodeAgentSource.ts';
import { findings, inFile, type Diagnostic, type Finding } from './diagnostics.ts';
import { hiddenCharacterFinding } from './hiddenCharacters.ts';
import { extractBodyExamples, splitDescription, type AgentExample } from './extractExamples.ts';
import { normaliseFrontmatter } from './normaliseFrontmatter.ts';
import { parseFrontmatter, type FrontmatterStage } from './parseFrontmatter.ts';
import { digestSlug, isKebabCase, slugify } from './slugify.ts';
import { splitFrontmatter } from './splitFrontmatter.ts';

/** Fields Claude Code ignores in a plugin's agents. */
const pluginIgnoredFields = ['permissionMode', 'mcpServers', 'hooks'] as const;

/** What a file in the agents folder turned out to be. */
export type FileStatus = 'agent' | 'not-agent' | 'invalid';

export interface ParsedAgent {
  name: string;
  /** The slug made from the name; the catalogue may add a suffix when another agent has the same one. */
  baseSlug: string;
  /** The full description, with literal `\n` unescaped. */
  description: string;
  /** The "when to use" text, without the examples and their lead-in. */
  summary: string;
  examples: AgentExample[];
  /** Where the examples were written: in the description (usual), in the body, or nowhere. */
  examplesFrom: 'description' | 'body' | 'none';
  /** The known frontmatter fields other than name and description, normalised. */
  fields: AgentFields;
  /** Frontmatter fields Claude Code does not know, kept as written. */
  extra: Record<string, unknown>;
  /** Which reading of the frontmatter succeeded. */
  frontmatterStage: FrontmatterStage;
  /** The system prompt (Markdown). */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of the `name` field. */
  nameLine: number;
  /** The slugs of the agent's former names (its `aliases` field), whose old addresses lead to its page. */
  aliases: string[];
  /** 1-based line of the `aliases` field (the name's line when there is none). */
  aliasesLine: number;
  /**
   * What Claude Code lists instead of the agent's name and description when it loads the file with none of its
   * fields (a plugin's agent whose frontmatter it cannot read): the file's name and a placeholder.
   */
  claudeCodeFallback?: { name: string; description: string };
}

export interface ParsedAgentFile {
  /** Path relative to the agents folder, with `/`. */
  path: string;
  status: FileStatus;
  agent: ParsedAgent | null;
  /** What Claude Code does with the file; null for files that are not agents. */
  claudeCode: ClaudeCodeVerdict | null;
  diagnostics: Diagnostic[];
}

/**
 * Parses one file of the agents folder: decodes it, finds and reads its frontmatter in three stages,
 * normalises the fields, splits the description into summary and examples, and tells what Claude Code does
 * with it. Never throws on bad input: every problem becomes a diagnostic with its line and a fix. With `plugin`
 * (its name, and the prefix Claude Code gives the agent's name), the file is an agent a plugin loads: Claude Code
 * ignores its `permissionMode`, `mcpServers` and `hooks`, and loads it even when it cannot read its frontmatter, or
 * when it has none.
 *
 * @example parseAgentFile('reviewer.md', bytes).status // 'agent' | 'not-agent' | 'invalid'
 */
export function parseAgentFile(path: string, bytes: Uint8Array, { plugin }: { plugin?: { name: string; scope: string } } = {}): ParsedAgentFile {
  const decoded = decodeAgentSource(bytes);
  const found: Finding[] = [...decoded.findings];
  const hidden = hiddenCharacterFinding(decoded.text);
  if (hidden) found.push(hidden);
  const result = (status: FileStatus, agent: ParsedAgent | null, asFile: ClaudeCodeVerdict | null): ParsedAgentFile => {
    const claudeCode = asFile && plugin ? pluginAgentVerdict(plugin.name, `${plugin.scope}:${fileStem(path)}`, asFile) : asFile;
    if (agent && claudeCode?.status === 'loads-without-fields') agent.claudeCodeFallback = { name: fileStem(path), description: pluginPlaceholderDescription(plugin!.name) };
    return { path, status, agent, claudeCode, diagnostics: inFile(path, found) };
  };

  const markdownExtension = /\.md$/i.test(path);
  const block = splitFrontmatter(decoded.text);
  if (!block) {
    // Not an agent of the catalogue; but a plugin loads every Markdown file of its agents, frontmatter or none.
    if (!plugin || !markdownExtension) return result('not-agent', null, null);
    const name = `${plugin.scope}:${fileStem(path)}`;
    found.push(findings.pluginFileWithoutFrontmatter(plugin.name, name));
    return result('not-agent', null, pluginPlaceholderVerdict(plugin.name, name, 'none'));
  }
  if (block.closeLine === null) {
    found.push(findings.frontmatterUnclosed(block.openLine));
    return result('invalid', null, unreadableVerdict(path, block, decoded.utf16));
  }
  const frontmatter = parseFrontmatter(block, recoveryKeys, plugin?.name);
  if (!frontmatter.ok) {
    found.push(frontmatter.finding);
    return result('invalid', null, unreadableVerdict(path, block, decoded.utf16));
  }
  for (const finding of frontmatter.findings) found.push(finding);
  const frontmatterAtStart = block.openLine === 1 && !block.indented;
  if (!markdownExtension) found.push(findings.notMdExtension(path));
  if (!frontmatterAtStart) found.push(findings.frontmatterNotAtStart(block.openLine, block.indented));

  const fields = normaliseFrontmatter(frontmatter.data, frontmatter.lines, block.openLine);
  for (const finding of fields.findings) found.push(finding);
  // Fields a plugin's agent cannot have; when Claude Code cannot read the frontmatter, it has none of them anyway.
  if (plugin && frontmatter.stage !== 'recovered') {
    for (const key of pluginIgnoredFields) if (key in frontmatter.data) found.push(findings.pluginFieldIgnored(frontmatter.lines[key] ?? block.openLine, key));
  }
  const claudeCode = claudeCodeVerdict({
    markdownExtension,
    utf16: decoded.utf16,
    frontmatterAtStart,
    stage: frontmatter.stage,
    claudeCodeData: frontmatter.claudeCodeData,
    requotedKeys: frontmatter.requotedKeys,
    inPlugin: plugin !== undefined,
    ...(plugin ? { plugin: plugin.name } : {}),
  });
  if (claudeCode.reason === 'empty-hooks') found.push(findings.emptyHooks(frontmatter.lines['hooks'] ?? block.openLine));

  const nameLine = frontmatter.lines['name'] ?? block.openLine;
  let { name, description } = fields;
  // A plugin's agent without `name` is named after its file, and one without `description` is described by its
  // `when-to-use`, else by a placeholder (Claude Code's loader of plugins' agents); any other file is skipped.
  if (plugin && name === null) {
    name = fileStem(path);
    found.push(findings.pluginAgentUnnamed(nameLine, plugin.name, `${plugin.scope}:${name}`, slugify(name) || 'my-agent'));
  }
  if (plugin && description === null) {
    const whenToUse = fields.extra['when-to-use'];
    const byWhenToUse = typeof whenToUse === 'string' && whenToUse.trim() !== '';
    description = byWhenToUse ? whenToUse : pluginPlaceholderDescription(plugin.name);
    found.push(findings.pluginAgentUndescribed(frontmatter.lines[byWhenToUse ? 'when-to-use' : 'description'] ?? block.openLine, plugin.name, byWhenToUse));
  }
  // A name or description of only spaces is none to the catalogue, but Claude Code loads the file with it.
  const suggestion = slugify(fileStem(path)) || 'my-agent';
  const blank = (field: 'name' | 'description') => !plugin && blankText(frontmatter.claudeCodeData?.[field]);
  const descriptionLine = frontmatter.lines['description'] ?? block.openLine;
  if (name === null) found.push(blank('name') ? findings.blankField(nameLine, 'name', suggestion) : findings.missingName(nameLine, suggestion));
  if (description === null) found.push(blank('description') ? findings.blankField(descriptionLine, 'description', suggestion) : findings.missingDescription(descriptionLine));
  if (name === null || description === null) return result('invalid', null, claudeCode);

  // Claude Code loads a name in any script (`データ分析`): when it has nothing to make an address of, the page takes
  // the file's name, or else a digest of the name, and says so.
  const ownSlug = slugify(name);
  const fileSlug = ownSlug ? '' : slugify(fileStem(path));
  const baseSlug = ownSlug || fileSlug || digestSlug('agent', name);
  if (!ownSlug) found.push(findings.emptySlug(nameLine, name, baseSlug, fileSlug ? 'file' : 'digest'));
  if (name.includes(':') || name.startsWith('-')) found.push(findings.nameRejected(nameLine, name, baseSlug));
  else if (ownSlug && !isKebabCase(name)) found.push(findings.nameNotKebabCase(nameLine, name, baseSlug));

  const aliasesLine = frontmatter.lines['aliases'] ?? nameLine;
  const aliases = formerNames(fields.extra['aliases'], baseSlug, aliasesLine, found);

  const split = splitDescription(description, () => descriptionLine);
  for (const finding of split.findings) found.push(finding);
  let examples = split.examples;
  let examplesFrom: ParsedAgent['examplesFrom'] = examples.length > 0 ? 'description' : 'none';
  if (examples.length === 0) {
    const fromBody = extractBodyExamples(block.body, block.bodyLine);
    if (fromBody.examples.length > 0) {
      examples = fromBody.examples;
      examplesFrom = 'body';
      for (const finding of fromBody.findings) found.push(finding);
    }
  }

  if (block.body.trim() === '') found.push(findings.emptyPrompt(block.closeLine));

  return result(
    'agent',
    {
      name,
      baseSlug,
      description,
      summary: split.summary,
      examples,
      examplesFrom,
      fields: fields.fields,
      extra: fields.extra,
      frontmatterStage: frontmatter.stage,
      body: block.body,
      bodyLine: block.bodyLine,
      nameLine,
      aliases,
      aliasesLine,
    },
    claudeCode,
  );
}

/**
 * The `aliases` field (the agent's former names, a list or a comma-separated string) as page slugs, without the
 * agent's own. Claude Code does not know the field; the catalogue keeps the old addresses working with it.
 */
function formerNames(value: unknown, ownSlug: string, line: number, found: Finding[]): string[] {
  if (value === undefined || value === null) return [];
  const listed = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number') ? value.map(String) : null;
  if (!listed) {
    found.push(findings.invalidField(line, 'aliases', value, 'not a list of names', 'List the former names, e.g. `aliases: old-name, older-name`.'));
    return [];
  }
  // Names may hold spaces (`Backend Expert`): only commas separate them.
  return [...new Set(listed.flatMap((item) => item.split(',')).map(slugify))].filter((slug) => slug !== '' && slug !== ownSlug);
}

/** The verdict for a file whose frontmatter yields no fields at all. */
function unreadableVerdict(path: string, block: { openLine: number; indented: boolean }, utf16: boolean): ClaudeCodeVerdict {
  return claudeCodeVerdict({
    markdownExtension: /\.md$/i.test(path),
    utf16,
    frontmatterAtStart: block.openLine === 1 && !block.indented,
    stage: 'recovered',
    claudeCodeData: null,
    requotedKeys: [],
  });
}

function fileStem(path: string): string {
  return path.split('/').at(-1)!.replace(/\.[^.]*$/, '');
}

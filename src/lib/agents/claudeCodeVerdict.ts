import { agentFieldSchemas } from './agentSchema.ts';
import { resolveTools } from './claudeCodeTools.ts';
import type { FrontmatterStage } from './parseFrontmatter.ts';

/**
 * What Claude Code does with a file: loads it, loads it only after re-quoting its YAML, loads it with none of its
 * frontmatter's fields (a plugin's agent whose frontmatter it cannot read), loads it but refuses to run it (its
 * `tools` give it no tool at all), or skips it.
 */
export type ClaudeCodeStatus = 'loads' | 'loads-after-requote' | 'loads-without-fields' | 'cannot-run' | 'skipped';

/** Why Claude Code skips a file. */
export type SkipReason =
  | 'unreadable'
  | 'not-md-file'
  | 'not-utf8'
  | 'frontmatter-not-at-start'
  | 'frontmatter-unreadable'
  | 'no-name'
  | 'no-description'
  | 'invalid-name'
  | 'empty-hooks'
  | 'plugin-not-loadable';

export interface ClaudeCodeVerdict {
  status: ClaudeCodeStatus;
  reason?: SkipReason;
  /** The verdict in plain language, for people. */
  explanation: string;
}

export interface VerdictInput {
  /** Whether the file name ends in `.md`. */
  markdownExtension: boolean;
  /** Whether the file is UTF-16, which Claude Code reads as UTF-8 and so cannot parse. */
  utf16: boolean;
  /** Whether the frontmatter's `---` is the file's first line, at column 1. */
  frontmatterAtStart: boolean;
  stage: FrontmatterStage;
  /** The fields as Claude Code reads them (null when it cannot read the frontmatter). */
  claudeCodeData: Record<string, unknown> | null;
  /** Keys Claude Code's re-quoting wrapped in quotes. */
  requotedKeys: readonly string[];
  /** Whether a plugin loads the file: Claude Code ignores `hooks` there, and names and describes an agent without them. */
  inPlugin?: boolean;
  /** The plugin's name, for the placeholder description of its agent without one. */
  plugin?: string;
}

/** The explanation of each reason a file alone gives (see `pluginNotLoadableVerdict` for the other). */
const explanations: Record<Exclude<SkipReason, 'plugin-not-loadable'>, string> = {
  unreadable: 'Claude Code cannot read the file either, so it loads no agent from it.',
  'not-md-file': 'Claude Code only loads files whose names end in `.md`, so it never sees this agent.',
  'not-utf8': 'The file is encoded as UTF-16; Claude Code reads agent files as UTF-8, finds no frontmatter and skips the file.',
  'frontmatter-not-at-start':
    'Claude Code only reads a frontmatter whose `---` is the first line of the file, at column 1; here it finds no fields and skips the file silently.',
  'frontmatter-unreadable':
    'The frontmatter is not valid YAML, even after the re-quoting Claude Code tries, so Claude Code skips the file silently (only `claude --debug` says why).',
  'no-name': 'Claude Code finds no usable `name` in the frontmatter and skips the file.',
  'no-description': 'Claude Code finds no usable `description` in the frontmatter and skips the file.',
  'invalid-name': 'The name contains `:` or starts with `-`, which Claude Code does not accept, so it skips the file.',
  'empty-hooks': '`hooks` is an empty list (`hooks: []`), with which Claude Code leaves the agent out of its list without a word (an empty map, `hooks: {}`, is fine).',
};

const nonEmptyText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A value of only spaces, which Claude Code's loader takes as given (it skips only an empty or non-text one). */
export const blankText = (value: unknown): value is string => typeof value === 'string' && value !== '' && value.trim() === '';

/** The verdict for a file that cannot be read at all (a broken link, no permission). */
export const unreadableFileVerdict: ClaudeCodeVerdict = { status: 'skipped', reason: 'unreadable', explanation: explanations.unreadable };

/**
 * The verdict for an agent of a plugin whose manifest cannot be read: Claude Code cannot load the plugin, and so none
 * of its agents, whatever their files' own verdict (`asFile`), which the explanation gives for once the manifest is
 * mended. A file Claude Code would skip anyway keeps its own verdict.
 */
export function pluginNotLoadableVerdict(plugin: string, asFile: ClaudeCodeVerdict, conflict = false): ClaudeCodeVerdict {
  if (asFile.status === 'skipped') return asFile;
  const why = conflict
    ? `whose marketplace entry (with \`strict: false\`) lists components its manifest (\`.claude-plugin/plugin.json\`) has too, which Claude Code takes as conflicting manifests (see the report), so it loads none of its agents. Once the conflict is mended`
    : `whose manifest (\`.claude-plugin/plugin.json\`) has an error (see the report), so it loads none of its agents. Once the manifest is mended`;
  return { status: 'skipped', reason: 'plugin-not-loadable', explanation: `Claude Code cannot load the plugin ${plugin}, ${why}: ${asFile.explanation}` };
}

/** What Claude Code lists to Claude for a plugin's agent whose frontmatter it cannot read, instead of a description. */
export function pluginPlaceholderDescription(plugin: string): string {
  return `Agent from ${plugin} plugin`;
}

/**
 * The verdict for a plugin's agent file whose frontmatter Claude Code cannot read, or that has none: as a plugin's
 * agent, Claude Code loads it anyway, with no fields, by its file's name (`name`, with the plugin's prefix) and a
 * placeholder description.
 */
export function pluginPlaceholderVerdict(plugin: string, name: string, frontmatter: 'unreadable' | 'none'): ClaudeCodeVerdict {
  return {
    status: 'loads-without-fields',
    explanation: `${frontmatter === 'none' ? 'The file has no frontmatter' : 'Claude Code cannot read the frontmatter (see its warning)'}. As an agent of the plugin ${plugin}, it loads the file anyway, with none of its fields: it knows it as ${name} (its file's name), describes it to Claude only as “${pluginPlaceholderDescription(plugin)}”, so that Claude never picks it by itself, and gives it every tool and the main conversation's model.`,
  };
}

/**
 * The verdict for an agent file of a plugin: `asFile`, its verdict as a file of its own, unless Claude Code cannot
 * read its frontmatter, which a plugin's agent is loaded without (see pluginPlaceholderVerdict).
 */
export function pluginAgentVerdict(plugin: string, name: string, asFile: ClaudeCodeVerdict): ClaudeCodeVerdict {
  return asFile.reason === 'frontmatter-unreadable' ? pluginPlaceholderVerdict(plugin, name, 'unreadable') : asFile;
}

/**
 * Tells what Claude Code does with a file, and why, from how its frontmatter was read.
 *
 * @example claudeCodeVerdict({ markdownExtension: true, utf16: false, frontmatterAtStart: true, stage: 'requote',
 *   claudeCodeData: { name: 'a', description: 'b' }, requotedKeys: ['description'] }).status === 'loads-after-requote'
 */
export function claudeCodeVerdict(input: VerdictInput): ClaudeCodeVerdict {
  const skip = (reason: keyof typeof explanations): ClaudeCodeVerdict => ({ status: 'skipped', reason, explanation: explanations[reason] });
  if (!input.markdownExtension) return skip('not-md-file');
  if (input.utf16) return skip('not-utf8');
  if (!input.frontmatterAtStart) return skip('frontmatter-not-at-start');
  const data = input.claudeCodeData;
  if (input.stage === 'recovered' || data === null) return skip('frontmatter-unreadable');
  // A plugin's agent without `name` or `description` is loaded, named after its file and described by its
  // `when-to-use` or a placeholder (see pluginPlaceholderDescription); any other agent without them is skipped.
  const unnamed = !nonEmptyText(data['name']);
  const undescribed = !nonEmptyText(data['description']);
  // A file of its own needs both as non-empty text, spaces being text to Claude Code (see blankText).
  const blankName = !input.inPlugin && blankText(data['name']);
  const blankDescription = !input.inPlugin && blankText(data['description']);
  if (unnamed && !blankName && !input.inPlugin) return skip('no-name');
  if (undescribed && !blankDescription && !input.inPlugin) return skip('no-description');
  const name = unnamed ? '' : (data['name'] as string).trim();
  if (name.includes(':') || name.startsWith('-')) return skip('invalid-name');
  if (!input.inPlugin && Array.isArray(data['hooks']) && data['hooks'].length === 0) return skip('empty-hooks');
  const byWhenToUse = nonEmptyText(data['when-to-use']);
  const unnamedNote = unnamed && input.inPlugin ? ' Its frontmatter has no `name`: as a plugin’s agent, it is named after its file.' : '';
  const undescribedNote = !undescribed || !input.inPlugin
    ? ''
    : byWhenToUse
      ? ' Its frontmatter has no `description`: as a plugin’s agent, it is described to Claude by its `when-to-use` field.'
      : ` Its frontmatter has no \`description\`: as a plugin’s agent, it is described to Claude only as “${pluginPlaceholderDescription(input.plugin ?? '…')}”, so that Claude never picks it by itself.`;
  const blankNotes =
    (blankName ? ' Its `name` is only spaces, which Claude Code takes as a name: Claude is told of an agent with a blank name, and can hardly ask for it.' : '') +
    (blankDescription ? ' Its `description` is only spaces, which Claude Code takes as a description: Claude is told nothing of when to use the agent, so it never picks it by itself.' : '');
  const notes = unnamedNote + undescribedNote + blankNotes;
  const requoted = input.stage === 'requote' ? input.requotedKeys.map((key) => `\`${key}\``).join(', ') : null;
  if (givesNoTool(data, input.inPlugin ?? false)) {
    return {
      status: 'cannot-run',
      explanation: `Claude Code loads this agent${requoted ? ` (only after re-quoting ${requoted})` : ''} and lists it to Claude, but refuses to run it: every name in \`tools\` is one it has no tool for, keeps from subagents or takes away by \`disallowedTools\`, and since version 2.1.208 it does not start an agent that would have no tools (“would be spawned with zero tools”; earlier versions ran it with none).${notes}`,
    };
  }
  if (requoted) {
    return {
      status: 'loads-after-requote',
      explanation: `Claude Code loads this agent only after re-quoting ${requoted}, because the frontmatter is not valid YAML; other tools that read agent files reject it.${notes}`,
    };
  }
  return { status: 'loads', explanation: `Claude Code loads this agent as it is.${notes}` };
}

/**
 * Whether an agent's `tools` leave it no tool: every name is one Claude Code has no tool for, keeps from subagents or
 * takes away by `disallowedTools`. No `tools`, an empty or invalid one, gives every tool. In a plugin, Claude Code
 * ignores `permissionMode`, and so the plan mode that gives `ExitPlanMode`.
 */
export function givesNoTool(data: Record<string, unknown>, inPlugin = false): boolean {
  const tools = agentFieldSchemas.tools.safeParse(data['tools']);
  if (!tools.success || tools.data.length === 0) return false;
  const disallowed = agentFieldSchemas.disallowedTools.safeParse(data['disallowedTools']);
  const permissionMode = inPlugin ? undefined : (data['permissionMode'] as string | undefined);
  return resolveTools(tools.data, disallowed.success ? disallowed.data : [], permissionMode).given.length === 0;
}

import type { ClaudeCodeStatus } from '../agents/claudeCodeVerdict.ts';
import { hidesText } from '../agents/hiddenCharacters.ts';
import type { CatalogEntryData } from '../catalog/catalogEntry.ts';

/** A verdict's badge colour: green, amber, or red for a file Claude Code skips, cannot read the fields of or cannot run. */
export const verdictTone: Record<ClaudeCodeStatus, 'badge-ok' | 'badge-warn' | 'badge-error'> = {
  loads: 'badge-ok',
  'loads-after-requote': 'badge-warn',
  'loads-without-fields': 'badge-error',
  'cannot-run': 'badge-error',
  skipped: 'badge-error',
};

/** The badge a card and an agent page give an agent that Claude Code does not simply load, or null. */
export function verdictBadge(status: ClaudeCodeStatus | null): string | null {
  if (status === 'skipped') return 'Claude Code skips it';
  if (status === 'loads-without-fields') return 'Claude Code ignores its fields';
  if (status === 'cannot-run') return 'Claude Code cannot run it';
  return null;
}

export type ReportSectionId = 'invalid' | 'hidden-text' | 'skipped' | 'not-agent' | 'without-fields' | 'cannot-run' | 'requote' | 'warnings';

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  /** What the files of the section have in common, and what to do about them. */
  intro: string;
  files: CatalogEntryData[];
}

const sections: Omit<ReportSection, 'files'>[] = [
  { id: 'invalid', title: 'Files that are not in the catalogue', intro: 'These files could not be read as agents, so they have no page. Each error says how to fix it.' },
  {
    id: 'hidden-text',
    title: 'Agents whose files hide text',
    intro:
      'These files hold characters a page does not show and Claude reads all the same (Unicode tag characters, which spell text invisibly, bidirectional controls, zero-width spaces). Read each before you install it: its page marks where they are, and each warning says what the tag characters spell.',
  },
  { id: 'skipped', title: 'Agents Claude Code skips', intro: 'These agents have a page here, but Claude Code does not load them, and says nothing about it.' },
  {
    id: 'without-fields',
    title: 'Agents Claude Code loads without their fields',
    intro:
      'These files of plugins’ agents have a frontmatter Claude Code cannot read, or none. It loads them anyway, by their files’ names, with a placeholder for a description (so Claude never picks them by itself), every tool and the main conversation’s model.',
  },
  {
    id: 'cannot-run',
    title: 'Agents Claude Code cannot run',
    intro:
      'Claude Code lists these agents to Claude, and their descriptions cost context, but it refuses to start them: no name in their `tools` is a tool it gives a subagent (“would be spawned with zero tools”). Each warning says which names to fix.',
  },
  { id: 'requote', title: 'Agents Claude Code loads only after re-quoting', intro: 'Claude Code loads these agents after re-quoting their frontmatter; other tools that read agent files reject them.' },
  { id: 'warnings', title: 'Agents with warnings', intro: 'These agents load, but something in their files is probably not what the author meant.' },
  {
    id: 'not-agent',
    title: 'Files that are not agents',
    intro:
      'These files have no frontmatter, so they are not agents (a README, notes), and Claude Code ignores them too; or their names start with a dot, which hides them; or they are marketplaces that list plugins whose agents are not in this folder (each says what to do).',
  },
];

function sectionOf(file: CatalogEntryData): ReportSectionId | null {
  if (file.status === 'invalid') return 'invalid';
  if (hidesText(file.diagnostics)) return 'hidden-text';
  // A plugin loads a Markdown file of its agents that is no agent of the catalogue too (a README there).
  if (file.claudeCode?.status === 'loads-without-fields') return 'without-fields';
  if (file.status === 'not-agent') return 'not-agent';
  if (file.claudeCode?.status === 'skipped') return 'skipped';
  if (file.claudeCode?.status === 'cannot-run') return 'cannot-run';
  if (file.claudeCode?.status === 'loads-after-requote') return 'requote';
  return file.diagnostics.length > 0 ? 'warnings' : null;
}

/**
 * The report page's sections: every file that is invalid, hides text, is skipped by Claude Code, loaded without its
 * fields, loaded but not run, or loaded only after re-quoting, carries warnings, or is not an agent, each in the
 * first section that fits, sorted by path. Empty sections are left out.
 */
export function reportSections(files: readonly CatalogEntryData[]): ReportSection[] {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sections
    .map((section) => ({ ...section, files: sorted.filter((file) => sectionOf(file) === section.id) }))
    .filter((section) => section.files.length > 0);
}

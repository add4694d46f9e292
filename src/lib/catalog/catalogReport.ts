import type { ClaudeCodeStatus, SkipReason } from '../agents/claudeCodeVerdict.ts';
import type { Diagnostic, DiagnosticCode } from '../agents/diagnostics.ts';
import type { FileStatus } from '../agents/parseAgentFile.ts';
import type { CatalogFile } from './buildCatalog.ts';

/** Version of the `report.json` format; raised on any incompatible change. */
export const REPORT_VERSION = 1;

export interface ReportFile {
  /** Path relative to the agents folder, with `/`. */
  path: string;
  status: FileStatus;
  /** The agent's page is `/agents/<slug>/`; null when the file is not an agent page. */
  slug: string | null;
  /** What Claude Code does with the file; null when it is not an agent file at all. */
  claudeCode: ClaudeCodeStatus | null;
  /** Why Claude Code skips the file, when it does. */
  claudeCodeReason: SkipReason | null;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

export interface CatalogSummary {
  files: number;
  agents: number;
  notAgents: number;
  invalid: number;
  warnings: number;
  errors: number;
  claudeCode: Record<ClaudeCodeStatus, number>;
}

export interface CatalogReport {
  version: typeof REPORT_VERSION;
  summary: CatalogSummary;
  files: ReportFile[];
}

/** One report line per file: its status, its slug, Claude Code's verdict, and its diagnostics by severity. */
export function reportFile(file: Pick<CatalogFile, 'path' | 'status' | 'slug' | 'claudeCode' | 'diagnostics'>): ReportFile {
  return {
    path: file.path,
    status: file.status,
    slug: file.slug,
    claudeCode: file.claudeCode?.status ?? null,
    claudeCodeReason: file.claudeCode?.reason ?? null,
    warnings: file.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning'),
    errors: file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
  };
}

/** Counts over the report's files. */
export function summarise(files: readonly ReportFile[]): CatalogSummary {
  const count = (test: (file: ReportFile) => boolean): number => files.filter(test).length;
  return {
    files: files.length,
    agents: count((file) => file.status === 'agent'),
    notAgents: count((file) => file.status === 'not-agent'),
    invalid: count((file) => file.status === 'invalid'),
    warnings: files.reduce((sum, file) => sum + file.warnings.length, 0),
    errors: files.reduce((sum, file) => sum + file.errors.length, 0),
    claudeCode: {
      loads: count((file) => file.claudeCode === 'loads'),
      'loads-after-requote': count((file) => file.claudeCode === 'loads-after-requote'),
      'loads-without-fields': count((file) => file.claudeCode === 'loads-without-fields'),
      'cannot-run': count((file) => file.claudeCode === 'cannot-run'),
      skipped: count((file) => file.claudeCode === 'skipped'),
    },
  };
}

/**
 * The `report.json` contract: every Markdown file of the agents folder with its status, slug, Claude Code's
 * verdict and its warnings and errors, plus counts.
 */
export function catalogReport(files: readonly ReportFile[]): CatalogReport {
  return { version: REPORT_VERSION, summary: summarise(files), files: [...files] };
}

/** The summary in one sentence, for logs and the command line. */
export function describeSummary(summary: CatalogSummary): string {
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    `${plural(summary.agents, 'agent')} from ${plural(summary.files, 'file')}`,
    `${summary.notAgents} not agents`,
    `${summary.invalid} invalid`,
    plural(summary.warnings, 'warning'),
    plural(summary.errors, 'error'),
    // Loading without fields (plugins' agents only) and refusing to run are named when there are such files.
    `Claude Code: ${summary.claudeCode.loads} load, ${summary.claudeCode['loads-after-requote']} load after re-quoting, ${summary.claudeCode['loads-without-fields'] > 0 ? `${summary.claudeCode['loads-without-fields']} load without their fields, ` : ''}${summary.claudeCode['cannot-run'] > 0 ? `${summary.claudeCode['cannot-run']} load but cannot run, ` : ''}${summary.claudeCode.skipped} skipped`,
  ].join('; ');
}

const verdictOrder: ClaudeCodeStatus[] = ['skipped', 'cannot-run', 'loads-without-fields'];

/** The findings that leave an agent no tool. */
const toolCodes = new Set<DiagnosticCode>(['unknown-tool', 'withheld-tool']);

/**
 * The build log's errors, one line each with its file, line and fix: the first `shown` of them, then how many more
 * (a marketplace listing thousands of missing files would fill a CI log; the report and `check:agents` list every
 * one).
 */
export function errorLines(files: readonly Pick<CatalogFile, 'path' | 'diagnostics'>[], folder: string, shown = 50): string[] {
  const lines: string[] = [];
  let count = 0;
  for (const file of files) {
    for (const error of file.diagnostics) {
      if (error.severity !== 'error') continue;
      if (count++ < shown) lines.push(`${folder}/${file.path}:${error.line}: ${error.message} Fix: ${error.hint}`);
    }
  }
  if (count > shown) lines.push(`And ${count - shown} more errors: the report lists every one, and \`npm run check:agents -- ${folder}\` prints them.`);
  return lines;
}

/**
 * The build log's warnings about what Claude Code does with files it skips, cannot run or loads without their
 * fields (files with errors have their own lines). Files with the same explanation share one warning that gives it
 * once and lists them by `path:line`, at most `shown` of them: a collection of Copilot agents would otherwise log
 * the same long sentence 79 times. The report and `check:agents` list every file with its fix.
 */
export function verdictWarnings(files: readonly Pick<CatalogFile, 'path' | 'claudeCode' | 'diagnostics'>[], folder: string, shown = 10): string[] {
  const groups = new Map<string, { rank: number; places: string[] }>();
  for (const file of files) {
    const verdict = file.claudeCode;
    if (!verdict || verdict.status === 'loads' || verdict.status === 'loads-after-requote') continue;
    if (file.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) continue;
    // The line of the finding behind the verdict: the tools' for an agent that cannot run, else the first.
    const cause = verdict.status === 'cannot-run' ? file.diagnostics.find((diagnostic) => toolCodes.has(diagnostic.code)) : undefined;
    const explanation = verdict.status === 'skipped' ? `Claude Code skips this agent. ${verdict.explanation}` : verdict.explanation;
    const where = `${folder}/${file.path}:${(cause ?? file.diagnostics[0])?.line ?? 1}`;
    const group = groups.get(explanation) ?? { rank: verdictOrder.indexOf(verdict.status), places: [] };
    group.places.push(where);
    groups.set(explanation, group);
  }
  // Skipped files first, as in the summary; then by the first file's path.
  return [...groups].sort(([, a], [, b]) => a.rank - b.rank).map(([explanation, { places }]) => {
    if (places.length === 1) return `${places[0]}: ${explanation}`;
    const listed = places.length > shown ? `${places.length} files (the first ${shown} below; the report lists them all)` : `${places.length} files below`;
    const more = places.length > shown ? [`  and ${places.length - shown} more`] : [];
    return [`For each of ${listed}: ${explanation}`, ...places.slice(0, shown).map((place) => `  ${place}`), ...more].join('\n');
  });
}

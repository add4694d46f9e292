/**
 * `npm run check:agents -- [folder] [--strict] [--json]`: checks an agents folder without building the site.
 * Prints one `file:line:col: severity: message` line per problem (GitHub annotations when GITHUB_ACTIONS is set),
 * what the agents cost every conversation, their near-duplicates, and a summary. Exits 1 when a file has an error,
 * and with --strict also when Claude Code would skip a file, load it without its fields or refuse to run it, or
 * when a file hides text in characters a page does not show (see hiddenCharacters.ts).
 */
import type { ClaudeCodeStatus } from '../lib/agents/claudeCodeVerdict.ts';
import { hidesText } from '../lib/agents/hiddenCharacters.ts';
import { buildCatalog, type CatalogFile } from '../lib/catalog/buildCatalog.ts';
import { catalogReport, describeSummary, reportFile } from '../lib/catalog/catalogReport.ts';
import { formatDiagnostic, formatGithubAnnotation } from '../lib/catalog/formatDiagnostic.ts';
import { claudeCodeName } from '../lib/catalog/plugins.ts';
import { readAgentsFolder } from '../lib/catalog/readAgentsFolder.ts';
import { agentInsight } from '../lib/insight/agentInsight.ts';
import { contextCost, nearDuplicatePairs, nearDuplicateShare, sharePercent } from '../lib/insight/catalogInsight.ts';
import { contextLeftOutText, contextLimitText, installedText } from '../lib/present/contextCost.ts';
import { formatCount } from '../lib/present/counted.ts';

const usage = `Usage: npm run check:agents -- [folder] [--strict] [--json]

Checks every agent file under the folder (default: $AGENTS_DIR or ./agents) the way Claude Code reads it.
  --strict  also fail when Claude Code would skip a file, refuse to run it or load it without its fields,
            or when a file hides text in characters a page does not show
  --json    print the report as JSON (the same as dist/report.json) instead of lines`;

export function main(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const unknown = [...flags].filter((flag) => !['--strict', '--json', '--help'].includes(flag));
  if (flags.has('--help') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`Unknown option ${unknown.join(', ')}.`);
    console.log(usage);
    return unknown.length > 0 ? 2 : 0;
  }
  const folder = args.find((arg) => !arg.startsWith('--')) ?? env['AGENTS_DIR'] ?? 'agents';
  let sources;
  try {
    sources = readAgentsFolder(folder);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const catalog = buildCatalog(sources);
  const report = catalogReport(catalog.files.map(reportFile));

  if (flags.has('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const format = env['GITHUB_ACTIONS'] === 'true' ? formatGithubAnnotation : formatDiagnostic;
    for (const file of catalog.files) {
      for (const diagnostic of file.diagnostics) console.log(format(diagnostic, folder));
    }
    for (const line of insightLines(catalog.files)) console.log(line);
    console.log(`\n${folder}: ${describeSummary(report.summary)}.`);
  }

  const paths = (status: ClaudeCodeStatus) => report.files.filter((file) => file.claudeCode === status).map((file) => file.path);
  const skipped = paths('skipped');
  const withoutFields = paths('loads-without-fields');
  const cannotRun = paths('cannot-run');
  if (report.summary.errors > 0) {
    if (!flags.has('--json')) console.log(`Failed: ${report.summary.errors} error(s).`);
    return 1;
  }
  const hiding = report.files.filter((file) => hidesText(file.warnings)).map((file) => file.path);
  if (flags.has('--strict') && skipped.length + withoutFields.length + cannotRun.length + hiding.length > 0) {
    const would = [
      skipped.length > 0 ? `skip ${skipped.join(', ')}` : '',
      withoutFields.length > 0 ? `load ${withoutFields.join(', ')} without ${withoutFields.length === 1 ? 'its' : 'their'} fields` : '',
      cannotRun.length > 0 ? `refuse to run ${cannotRun.join(', ')}` : '',
    ].filter(Boolean);
    const reasons = [
      would.length > 0 ? `Claude Code would ${would.join(', and ')}` : '',
      hiding.length > 0 ? `${hiding.join(', ')} ${hiding.length === 1 ? 'hides' : 'hide'} text in characters a page does not show and Claude reads` : '',
    ];
    if (!flags.has('--json')) console.log(`Failed (--strict): ${reasons.filter(Boolean).join('; ')}.`);
    return 1;
  }
  return 0;
}

/** What the agents cost every conversation, and which nearly duplicate each other (as the site's report says). */
function insightLines(files: readonly CatalogFile[]): string[] {
  const insights = files.flatMap(({ agent, claudeCode }) =>
    agent ? [{ slug: agent.slug, name: claudeCodeName(agent), path: agent.path, insight: agentInsight(agent, agent.body), loads: claudeCode?.status !== 'skipped' }] : [],
  );
  if (insights.length === 0) return [];
  const { descriptionTokens: tokens, inContext, leftOut } = contextCost(insights);
  const pairs = nearDuplicatePairs(insights);
  const path = new Map(insights.map((agent) => [agent.slug, agent.path]));
  const limit = contextLimitText(tokens);
  const lines = [`\nContext: with ${installedText(insights.length)}, ${insights.length === 1 ? 'its name and description take' : 'their names and descriptions take'} about ${formatCount(tokens)} tokens (estimated) of every conversation${contextLeftOutText(inContext, leftOut)}.${limit ? ` ${limit}` : ''}`];
  if (pairs.length > 0) {
    lines.push(`Near-duplicates (${formatCount(pairs.length)}), one of each pair with at least ${sharePercent(nearDuplicateShare)} of its text in the other:`);
    for (const pair of pairs) lines.push(`  ${path.get(pair.a)} (about ${sharePercent(pair.shareOfA)} of it in the other) and ${path.get(pair.b)} (about ${sharePercent(pair.shareOfB)})`);
  }
  return lines;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2), process.env);

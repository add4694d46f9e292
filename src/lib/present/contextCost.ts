/** What the catalogue's sentences about its context cost add when some agents are not counted, or it is too much (report and CLI). */
import type { ContextLeftOut } from '../insight/catalogInsight.ts';
import { formatCount } from './counted.ts';

/** The start of that sentence: "the one agent installed", "all 12 agents installed". */
export function installedText(count: number): string {
  return count === 1 ? 'the one agent installed' : `all ${formatCount(count)} agents installed`;
}

/**
 * The end of the sentence on what all the agents cost every conversation, when some of them are left out: those
 * Claude Code skips, and the files whose name another file already declares (it keeps one file per name).
 *
 * @example contextLeftOutText(11, { skipped: 1, sameName: 0 }) // ', for the 11 that Claude Code loads (the one it skips costs nothing until it is mended)'
 * @example contextLeftOutText(12, { skipped: 0, sameName: 0 }) // ''
 * @example contextLeftOutText(0, { skipped: 1, sameName: 0 }) // ': Claude Code skips it, so it costs nothing until it is mended'
 */
export function contextLeftOutText(inContext: number, leftOut: ContextLeftOut): string {
  const { skipped, sameName } = leftOut;
  if (skipped === 0 && sameName === 0) return '';
  // None loads: every file is skipped (a name's kept file is one that loads).
  if (inContext === 0 && sameName === 0) {
    return skipped === 1 ? ': Claude Code skips it, so it costs nothing until it is mended' : `: Claude Code skips all ${formatCount(skipped)}, so they cost nothing until they are mended`;
  }
  const why = [
    skipped === 1 ? 'the one it skips costs nothing until it is mended' : skipped > 1 ? `the ${formatCount(skipped)} it skips cost nothing until they are mended` : '',
    sameName === 1
      ? 'it keeps one file of each name, so the file that repeats another’s name costs nothing'
      : sameName > 1
        ? `it keeps one file of each name, so the ${formatCount(sameName)} files that repeat another’s name cost nothing`
        : '',
  ].filter(Boolean);
  return `, for the ${formatCount(inContext)} that Claude Code loads (${why.join('; ')})`;
}

/**
 * The total of agents' names and descriptions past which Claude Code warns at every start: "Agent descriptions are
 * over the 15.0k-token limit (~16.8k tokens) · ask Claude to trim agent descriptions" (Claude Code 2.1.263).
 */
export const claudeCodeDescriptionLimit = 15_000;

/**
 * The sentence that follows the context cost when it passes Claude Code's limit, or '' within it.
 *
 * @example contextLimitText(16_800) // 'That is over the 15,000 tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.'
 * @example contextLimitText(110_854) // 'That is about 7 times the 15,000 tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.'
 */
export function contextLimitText(tokens: number): string {
  if (tokens <= claudeCodeDescriptionLimit) return '';
  const times = Math.round(tokens / claudeCodeDescriptionLimit);
  const measure = times >= 2 ? `about ${formatCount(times)} times the` : 'over the';
  return `That is ${measure} ${formatCount(claudeCodeDescriptionLimit)} tokens past which Claude Code warns, at every start, that agent descriptions are over its limit.`;
}

/**
 * What installing a set of agents adds to every conversation, for the line that installs them together, with
 * Claude Code's warning when the set alone passes its limit.
 *
 * @example installCostText(1234) // 'Together, their names and descriptions add about 1,234 tokens (estimated) to every conversation.'
 */
export function installCostText(tokens: number): string {
  const over = tokens > claudeCodeDescriptionLimit ? `: more than the ${formatCount(claudeCodeDescriptionLimit)} past which Claude Code warns at every start, before any other agent` : '';
  return `Together, their names and descriptions add about ${formatCount(tokens)} tokens (estimated) to every conversation${over}.`;
}

/**
 * One agent's share of Claude Code's 15,000-token limit, to follow its description's cost: '' below 2%, where it
 * says little.
 *
 * @example descriptionShareText(1183) // ' (8% of the 15,000 past which Claude Code warns)'
 */
export function descriptionShareText(tokens: number): string {
  const share = Math.round((tokens / claudeCodeDescriptionLimit) * 100);
  return share >= 2 ? ` (${share}% of the ${formatCount(claudeCodeDescriptionLimit)} past which Claude Code warns)` : '';
}

/** What the catalogue's sentence about its context cost adds when some agents are not counted (report and CLI). */
import type { ContextLeftOut } from '../insight/catalogInsight.ts';
import { formatCount } from './counted.ts';

/**
 * The end of the sentence on what all the agents cost every conversation, when some of them are left out: those
 * Claude Code skips, and the files whose name another file already declares (it keeps one file per name).
 *
 * @example contextLeftOutText(11, { skipped: 1, sameName: 0 }) // ', for the 11 that Claude Code loads (the one it skips costs nothing until it is mended)'
 * @example contextLeftOutText(12, { skipped: 0, sameName: 0 }) // ''
 */
export function contextLeftOutText(inContext: number, leftOut: ContextLeftOut): string {
  const { skipped, sameName } = leftOut;
  if (skipped === 0 && sameName === 0) return '';
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

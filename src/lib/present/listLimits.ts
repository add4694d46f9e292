/**
 * How much of the lists a file can make as long as it likes an agent page shows. A real agent has a few examples,
 * a few dozen headings and a handful of fields of its own (the corpora: at most 4, 42 and 5), but a stranger's file
 * can hold 20,000 `<example>` tags in 300 KB, which drawn as conversations made a page of 8 MB. Past these limits a
 * page shows the first ones and says how many more the file has; agents.json and report.json keep every one.
 */
import type { Heading } from './sanitizeBody.ts';

export const listLimits = {
  /** Examples drawn as conversations. */
  examples: 20,
  /** Turns of one example's conversation. */
  turns: 40,
  /** Entries of the system prompt's contents, sections and subsections together. */
  contents: 60,
  /** Fields Claude Code does not use, in the details panel. */
  otherFields: 40,
} as const;

/** The first `limit` items of a list, and how many are left out. */
export function listedFirst<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

export interface ContentsEntry {
  heading: Heading;
  children: Heading[];
}

/**
 * The system prompt's contents: its headings of the highest level, each with those of the next level under it, and
 * how many headings of those levels are left out. Past `limit` entries, the subsections go first (a list of the
 * sections says more than the first sixty headings), unless that leaves a single section; then the headings in
 * the order they come, up to `limit`.
 */
export function contentsEntries(headings: readonly Heading[], limit: number = listLimits.contents): { entries: ContentsEntry[]; more: number } {
  const top = headings.reduce((least, heading) => Math.min(least, heading.depth), 6);
  const entries: ContentsEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === top) entries.push({ heading, children: [] });
    else if (heading.depth === top + 1 && entries.length > 0) entries.at(-1)!.children.push(heading);
  }
  const total = entries.reduce((sum, entry) => sum + 1 + entry.children.length, 0);
  if (total <= limit) return { entries, more: 0 };
  if (entries.length > 1 && entries.length <= limit) return { entries: entries.map(({ heading }) => ({ heading, children: [] })), more: total - entries.length };
  const shown: ContentsEntry[] = [];
  let left = limit;
  for (const { heading, children } of entries) {
    if (left === 0) break;
    const kept = children.slice(0, left - 1);
    shown.push({ heading, children: kept });
    left -= 1 + kept.length;
  }
  return { entries: shown, more: total - limit };
}

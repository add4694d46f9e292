/**
 * The orders the catalogue can be sorted in besides its own (by category, then by name). Each card carries the
 * values it is sorted by as CSS custom properties, so that choosing an order works without JavaScript; with it,
 * the cards are also moved into that order, so that reading and keyboard order follow what is seen. Ties keep the
 * catalogue's order.
 */

/** An order, by the value of the catalogue's sort menu (also its `?sort=` in the address). */
export type SortId = 'context-cost' | 'examples';

export interface CatalogSort {
  /** The menu's value; '' is the catalogue's own order. */
  id: SortId | '';
  /** The menu's label. */
  label: string;
  /** The heading over the sorted list, and what it tells (none for the catalogue's own order). */
  heading?: string;
  explanation?: string;
}

export const catalogSorts: readonly CatalogSort[] = [
  { id: '', label: 'Category, then name' },
  {
    id: 'context-cost',
    label: 'Context cost, highest first',
    heading: 'All agents by context cost',
    explanation:
      'Claude Code keeps every agent’s name and description in the context of every conversation. The costliest descriptions come first.',
  },
  {
    id: 'examples',
    label: 'Examples, most first',
    heading: 'All agents by examples',
    explanation: 'An agent’s examples show when Claude should hand it a task. Agents with the most come first.',
  },
];

export interface SortableCard {
  /** How many examples it has (in its description, or else in its body). */
  examples: number;
  /** Its estimated context cost, if known. */
  tokens: { description: number } | null;
}

/**
 * The inline style that gives a card the values it is sorted by, highest first: `--context-cost:255;--examples:2`.
 * A card whose cost is unknown has no `--context-cost`, and comes last.
 */
export function sortStyle(card: SortableCard): string {
  const values: [SortId, number | undefined][] = [
    ['context-cost', card.tokens?.description],
    ['examples', card.examples],
  ];
  return values
    .filter(([, value]) => value !== undefined)
    .map(([id, value]) => `--${id}:${value}`)
    .join(';');
}

/**
 * The CSS that puts the catalogue's cards in the order chosen in its sort menu (`#sort-agents`), without
 * JavaScript: each card takes its place from its `--<order>` value, highest first (a card without it last), the
 * order's heading shows (`.sorted-head[data-sort=<order>]`) and so does the fact on each card it is sorted by
 * (`.sort-fact[data-sort=<order>]`). The groups giving way to one list is in `listing.css`, for any order.
 */
export function sortRules(): string {
  return catalogSorts
    .filter((sort) => sort.id !== '')
    .map((sort) => {
      const chosen = `.catalog:has(#sort-agents option[value="${sort.id}"]:checked)`;
      return `${chosen} .card{order:calc(-1 * var(--${sort.id}, -1))}${chosen} :is(.sorted-head,.sort-fact)[data-sort="${sort.id}"]{display:block}`;
    })
    .join('\n');
}

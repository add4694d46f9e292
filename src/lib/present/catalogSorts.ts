/**
 * The orders the catalogue can be sorted in besides its own (by category, then by name), each described once:
 * its menu entry, its heading, the value a card is sorted by and the fact a card shows while it is chosen. Each
 * card carries its values as CSS custom properties, so that choosing an order works without JavaScript; with it,
 * the cards are also moved into that order, so that reading and keyboard order follow what is seen. Highest value
 * first; ties keep the catalogue's order.
 */
import { counted } from './counted.ts';

export interface SortableCard {
  /** How many examples it has (in its description, or else in its body). */
  examples: number;
  /** Its estimated context cost, if known. */
  tokens: { description: number } | null;
}

export interface CatalogOrder {
  /** The menu's value, the `?sort=` of the address and the name of the card's custom property. */
  id: string;
  label: string;
  heading: string;
  explanation: string;
  /** The card's value, highest first; undefined puts it last. */
  value: (card: SortableCard) => number | undefined;
  /** What the card shows of that value while the order is chosen. */
  fact: (card: SortableCard) => string;
}

/** The menu's first entry: the catalogue's own order (value ''). */
export const defaultOrderLabel = 'Category, then name';

/** The order by context cost (the report links the catalogue sorted so). */
export const contextCostOrder: CatalogOrder = {
  id: 'context-cost',
  label: 'Context cost, highest first',
  heading: 'All agents by context cost',
  explanation:
    'Claude Code keeps every agent’s name and description in the context of every conversation. The costliest descriptions come first.',
  value: (card) => card.tokens?.description,
  fact: (card) => (card.tokens ? `about ${counted(card.tokens.description, 'token')} in context` : 'context cost unknown'),
};

export const catalogOrders: readonly CatalogOrder[] = [
  contextCostOrder,
  {
    id: 'examples',
    label: 'Examples, most first',
    heading: 'All agents by examples',
    explanation: 'An agent’s examples show when Claude should hand it a task. Agents with the most come first.',
    value: (card) => card.examples,
    fact: (card) => (card.examples === 0 ? 'no examples' : counted(card.examples, 'example')),
  },
];

/** The inline style that gives a card its values: `--context-cost:255;--examples:2` (an unknown value is left out). */
export function sortStyle(card: SortableCard): string {
  return catalogOrders
    .flatMap((order) => {
      const value = order.value(card);
      return value === undefined ? [] : [`--${order.id}:${value}`];
    })
    .join(';');
}

/**
 * The CSS that puts the catalogue's cards in the order chosen in its sort menu (`#sort-agents`), without
 * JavaScript: each card takes its place from its `--<order>` value, highest first (a card without it last), the
 * order's heading shows (`.sorted-head[data-sort=<order>]`) and so does the fact on each card it is sorted by
 * (`.sort-fact[data-sort=<order>]`). The groups giving way to one list is in `listing.css`, for any order.
 */
export function sortRules(): string {
  return catalogOrders
    .map((order) => {
      const chosen = `.catalog:has(#sort-agents option[value="${order.id}"]:checked)`;
      return `${chosen} .card{order:calc(-1 * var(--${order.id}, -1))}${chosen} :is(.sorted-head,.sort-fact)[data-sort="${order.id}"]{display:block}`;
    })
    .join('\n');
}

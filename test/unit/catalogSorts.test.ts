import { describe, expect, it } from 'vitest';
import { catalogSorts, sortRules, sortStyle } from '../../src/lib/present/catalogSorts.ts';
import { counted, formatCount } from '../../src/lib/present/counted.ts';

describe('the catalogue’s sort menu', () => {
  it('has the catalogue’s own order first, as the default, and a heading for every other', () => {
    expect(catalogSorts.map((sort) => sort.id)).toEqual(['', 'context-cost', 'examples']);
    expect(catalogSorts[0]).toEqual({ id: '', label: 'Category, then name' });
    expect(catalogSorts.slice(1).every((sort) => sort.heading && sort.explanation)).toBe(true);
  });

  it('gives a card the values it is sorted by as custom properties', () =>
    expect(sortStyle({ examples: 2, tokens: { description: 255 } })).toBe('--context-cost:255;--examples:2'));

  it('leaves out a cost that is not known', () => expect(sortStyle({ examples: 0, tokens: null })).toBe('--examples:0'));

  it('orders the cards highest first, those without the value last, and shows the order’s heading and facts while it is chosen', () =>
    expect(sortRules().split('\n')).toEqual([
      '.catalog:has(#sort-agents option[value="context-cost"]:checked) .card{order:calc(-1 * var(--context-cost, -1))}.catalog:has(#sort-agents option[value="context-cost"]:checked) :is(.sorted-head,.sort-fact)[data-sort="context-cost"]{display:block}',
      '.catalog:has(#sort-agents option[value="examples"]:checked) .card{order:calc(-1 * var(--examples, -1))}.catalog:has(#sort-agents option[value="examples"]:checked) :is(.sorted-head,.sort-fact)[data-sort="examples"]{display:block}',
    ]));
});

describe('counted', () => {
  it('writes a count with thousands separators and its noun in the plural unless it is one', () => {
    expect(counted(1, 'agent')).toBe('1 agent');
    expect(counted(0, 'agent')).toBe('0 agents');
    expect(counted(5000, 'category', 'categories')).toBe('5,000 categories');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});

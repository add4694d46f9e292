import { describe, expect, it } from 'vitest';
import { catalogOrders, sortRules, sortStyle } from '../../src/lib/present/catalogSorts.ts';
import { counted, formatCount } from '../../src/lib/present/counted.ts';

describe('the catalogue’s sort menu', () => {
  it('offers context cost and examples besides the catalogue’s own order', () => expect(catalogOrders.map((order) => order.id)).toEqual(['context-cost', 'examples']));

  it('tells on each card the figure it is sorted by', () => {
    const [cost, examples] = catalogOrders;
    expect(cost!.fact({ examples: 0, tokens: { description: 1234 } })).toBe('about 1,234 tokens in context');
    expect(cost!.fact({ examples: 0, tokens: null })).toBe('context cost unknown');
    expect([0, 1, 3].map((count) => examples!.fact({ examples: count, tokens: null }))).toEqual(['no examples', '1 example', '3 examples']);
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

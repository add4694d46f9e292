import { describe, expect, it } from 'vitest';
import { filterRules } from '../../src/lib/present/filterRules.ts';

const category = { selectId: 'filter-category', attribute: 'data-category', values: ['web', 'data'] };
const model = { selectId: 'filter-model', attribute: 'data-model', values: ['opus'] };

describe('filterRules', () => {
  it('hides the cards and groups without the chosen value, and shows the empty message for pairs with no agent', () =>
    expect(filterRules([category, model], new Set(['web opus'])).split('\n')).toEqual([
      '.catalog:has(#filter-category option[value="web"]:checked) .card:not([data-category="web"]),.catalog:has(#filter-category option[value="web"]:checked) .group:not(:has(.card[data-category="web"])){display:none}',
      '.catalog:has(#filter-category option[value="data"]:checked) .card:not([data-category="data"]),.catalog:has(#filter-category option[value="data"]:checked) .group:not(:has(.card[data-category="data"])){display:none}',
      '.catalog:has(#filter-model option[value="opus"]:checked) .card:not([data-model="opus"]),.catalog:has(#filter-model option[value="opus"]:checked) .group:not(:has(.card[data-model="opus"])){display:none}',
      '.catalog:has(#filter-category option[value="data"]:checked):has(#filter-model option[value="opus"]:checked) .no-match{display:block}',
    ]));
  it('refuses a value that is not a slug, so nothing can break out of the style sheet', () =>
    expect(() => filterRules([{ ...model, values: ['a"]{}</style>'] }], new Set())).toThrow('Filter value "a"]{}</style>" is not a slug.'));
});

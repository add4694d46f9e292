/** One value of a filter: its `a-z0-9-` slug (safe in a CSS selector) and the slugs of the cards that have it. */
export interface FilterFacet {
  /** The `id` of the `<select>`. */
  selectId: string;
  /** The `data-*` attribute the cards carry. */
  attribute: string;
  values: string[];
}

const safe = /^[a-z0-9-]+$/;

/**
 * The CSS that makes the catalogue's filters work without JavaScript: while an option of a `<select>` is chosen,
 * cards (and their groups) with another value are not displayed; when two chosen values have no agent in common,
 * the `.no-match` message shows. `pairs` lists the value pairs that do have agents. Values must be slugs.
 *
 * @example filterRules([{ selectId: 'filter-model', attribute: 'data-model', values: ['opus'] }], new Set())
 */
export function filterRules(facets: readonly FilterFacet[], pairs: ReadonlySet<string>): string {
  const chosen = (facet: FilterFacet, value: string) => `:has(#${facet.selectId} option[value="${value}"]:checked)`;
  const rules: string[] = [];
  for (const facet of facets) {
    for (const value of facet.values) {
      if (!safe.test(value) || !safe.test(facet.selectId)) throw new Error(`Filter value "${value}" is not a slug.`);
      const attr = `${facet.attribute}="${value}"`;
      rules.push(`.catalog${chosen(facet, value)} .card:not([${attr}]),.catalog${chosen(facet, value)} .group:not(:has(.card[${attr}])){display:none}`);
    }
  }
  const [first, second] = facets;
  if (first && second) {
    for (const a of first.values) {
      for (const b of second.values) {
        if (!pairs.has(`${a} ${b}`)) rules.push(`.catalog${chosen(first, a)}${chosen(second, b)} .no-match{display:block}`);
      }
    }
  }
  return rules.join('\n');
}

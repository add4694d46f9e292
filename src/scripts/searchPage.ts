import { element, excerptNodes, loadPagefind, resultItem, searchTerm, summaryText, type FilterCounts, type Filters, type PagefindResult } from './search/pagefind.ts';

/** For each filter, the values as the address writes them (`skill=postgresql`) and as the index holds them (`PostgreSQL`). */
export type FilterValues = Record<string, Record<string, string>>;

/** The filters of the page, in order, with their labels; the open ones start unfolded. */
const facets = [
  { name: 'type', label: 'Type', open: true },
  { name: 'skill', label: 'Skill', open: true },
  { name: 'category', label: 'Category', open: false },
  { name: 'plugin', label: 'Plugin', open: false },
  { name: 'model', label: 'Model', open: true },
  { name: 'tool', label: 'Tool', open: false },
  { name: 'access', label: 'Access', open: false },
] as const;
const pageSize = 10;

/**
 * The search page: runs the search its address describes (`?q=redis&skill=kubernetes&model=opus`), shows the
 * results with their matching sections and a filter pane, and keeps the address in step with the search and its
 * filters, so that a search can be pasted into team docs. Filters alone list their pages by name.
 */
export async function enhanceSearchPage(base: string, dev: boolean): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-summary]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const clear = document.querySelector<HTMLButtonElement>('[data-search-clear]');
  const pane = document.querySelector<HTMLElement>('[data-search-filters]');
  const source = document.getElementById('search-filter-values');
  if (!form || !input || !status || !list || !more || !clear || !pane || !source) return;
  if (dev) {
    status.textContent = 'Search works after a build: npm run build, then npm run preview.';
    return;
  }
  const values = JSON.parse(source.textContent ?? '{}') as FilterValues;
  const toIndex = (filter: string, value: string) => values[filter]?.[value] ?? value;
  const toAddress = (filter: string, value: string) => Object.entries(values[filter] ?? {}).find(([, indexed]) => indexed === value)?.[0] ?? value;

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const chosen: Filters = {};
  for (const { name } of facets) {
    const picked = params.getAll(name).map((value) => toIndex(name, value));
    if (picked.length > 0) chosen[name] = picked;
  }

  let pagefind;
  try {
    status.textContent = 'Loading search…';
    pagefind = await loadPagefind(base);
  } catch {
    status.textContent = 'Search is not available: this site was built without its search index.';
    return;
  }
  const all = await pagefind.filters();

  /** One fieldset of checkboxes per filter, each value with its count in the current results. */
  const renderFilters = (counts: FilterCounts) => {
    // The pane is drawn again with new counts: the checkbox that had focus keeps it.
    const focused = document.activeElement instanceof HTMLInputElement && pane.contains(document.activeElement) ? document.activeElement : null;
    pane.replaceChildren(
      ...facets
        // A filter with one value across the site (Type without guides) could not narrow anything.
        .filter(({ name }) => Object.keys(all[name] ?? {}).length > 1 || (chosen[name]?.length ?? 0) > 0)
        .map(({ name, label, open }) => {
          const options = Object.keys(all[name]!)
            .map((value) => ({ value, count: counts[name]?.[value] ?? 0, checked: chosen[name]?.includes(value) ?? false }))
            .sort((a, b) => Number(b.checked) - Number(a.checked) || b.count - a.count || a.value.localeCompare(b.value, 'en'));
          const fieldset = element('fieldset', 'facet', element('legend', 'visually-hidden', label));
          for (const option of options) {
            const box = element('input', '');
            Object.assign(box, { type: 'checkbox', name, value: option.value, checked: option.checked });
            box.addEventListener('change', () => {
              const current = new Set(chosen[name] ?? []);
              if (box.checked) current.add(option.value);
              else current.delete(option.value);
              if (current.size > 0) chosen[name] = [...current];
              else delete chosen[name];
              void run();
            });
            fieldset.append(element('label', option.count === 0 && !option.checked ? 'facet-option empty' : 'facet-option', box, element('span', '', option.value), element('span', 'count', String(option.count))));
          }
          const picked = chosen[name]?.length ?? 0;
          const group = element('details', 'facet-group', element('summary', '', label, picked > 0 ? element('span', 'count', `${picked} chosen`) : ''), fieldset);
          group.open = open || picked > 0;
          group.dataset['filter'] = name;
          return group;
        }),
    );
    if (focused) [...pane.querySelectorAll('input')].find((box) => box.name === focused.name && box.value === focused.value)?.focus();
  };

  let latest = 0;
  let results: PagefindResult[] = [];
  const showMore = async (id: number) => {
    const start = list.children.length;
    const pages = await Promise.all(results.slice(start, start + pageSize).map((result) => result.data()));
    if (id !== latest) return;
    for (const page of pages) {
      const type = page.filters['type']?.[0];
      const item = type ? resultItem(page, element('span', 'search-result-type', type)) : resultItem(page);
      const sections = page.sub_results.filter((section) => section.url !== page.url && section.url.includes('#')).slice(0, 3);
      if (sections.length > 0) {
        item.append(
          element(
            'ul',
            'search-result-sections',
            ...sections.map((section) => {
              const sectionLink = element('a', '', section.title);
              sectionLink.href = section.url;
              return element('li', '', sectionLink, element('p', 'search-result-excerpt', ...excerptNodes(section.excerpt)));
            }),
          ),
        );
      }
      list.append(item);
    }
    more.hidden = list.children.length >= results.length;
  };

  const run = async () => {
    const id = ++latest;
    const term = input.value.trim();
    const url = new URL(location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const [name, picked] of Object.entries(chosen)) for (const value of picked) url.searchParams.append(name, toAddress(name, value));
    history.replaceState(null, '', url);
    // Without a term, the pages the filters choose come in name order; a term ranks them by relevance (searched
    // without its filler words: see searchTerm).
    const search = term
      ? await searchTerm(pagefind, term, { filters: chosen })
      : await pagefind.search(null, { filters: chosen, sort: { name: 'asc' } }).then((found) => found && { found, term, leftOut: '', missing: '', started: null });
    if (id !== latest || !search) return;
    results = search.found.results;
    list.replaceChildren();
    // Nothing found with filters chosen: the filters may be what leaves nothing (not when a word is on no page), so
    // one click searches without them.
    const filtered = Object.keys(chosen).length > 0;
    clear.hidden = !(filtered && results.length === 0 && !search.missing);
    status.textContent = summaryText(results.length, search, filtered);
    renderFilters(search.found.filters);
    await showMore(id);
  };

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void showMore(latest));
  clear.addEventListener('click', () => {
    for (const name of Object.keys(chosen)) delete chosen[name];
    // The button goes away with the filters: the search box keeps the focus.
    input.focus();
    void run();
  });
  await run();
}

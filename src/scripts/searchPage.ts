import { loadPagefindUi } from './pagefindUi.ts';

/** For each filter, the values as the address writes them (`skill=postgresql`) and as the index holds them (`PostgreSQL`). */
export type FilterValues = Record<string, Record<string, string>>;

/**
 * The search page: loads Pagefind's Component UI at once, runs the search the address describes
 * (`?q=redis&skill=kubernetes&model=opus`), and keeps the address in step with the search and its filters,
 * so that a search can be pasted into team docs.
 */
export async function enhanceSearchPage(base: string, dev: boolean): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const source = document.getElementById('search-filter-values');
  if (!root || !status || !source) return;
  if (dev) {
    status.textContent = 'Search works after a build: npm run build, then npm run preview.';
    return;
  }
  const values = JSON.parse(source.textContent ?? '{}') as FilterValues;
  const toIndex = (filter: string, value: string) => values[filter]?.[value] ?? value;
  const toAddress = (filter: string, value: string) => Object.entries(values[filter] ?? {}).find(([, indexed]) => indexed === value)?.[0] ?? value;

  let instance;
  try {
    instance = await loadPagefindUi(base, { faceted: true });
  } catch {
    status.textContent = 'Search is not available: this site was built without its search index.';
    return;
  }
  // Loading runs Pagefind's own first (empty) search of a faceted page: wait for it, so that it cannot overtake ours.
  await instance.triggerLoad();
  const params = new URL(location.href).searchParams;
  const term = params.get('q') ?? '';
  const filters: Record<string, string[]> = {};
  for (const filter of ['skill', 'category', 'model', 'tool', 'type']) {
    const chosen = params.getAll(filter).map((value) => toIndex(filter, value));
    if (chosen.length > 0) filters[filter] = chosen;
  }
  instance.on('search', (searched, chosen) => {
    // Filters alone list their agents by name; a search term ranks them by relevance.
    if ('searchSort' in instance) instance.searchSort = searched.trim() ? {} : { name: 'asc' };
    const url = new URL(location.href);
    url.search = '';
    if (searched) url.searchParams.set('q', searched);
    for (const [filter, list] of Object.entries(chosen ?? {})) for (const value of list) url.searchParams.append(filter, toAddress(filter, value));
    history.replaceState(null, '', url);
  });
  // Always searched once here, so that even an empty search page lists every agent by name.
  instance.triggerSearchWithFilters(term, filters);
}

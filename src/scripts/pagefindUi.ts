/** Loading Pagefind's Component UI from the built `pagefind/` folder, once, on first use. */

interface PagefindInstance {
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]> | undefined) => void): void;
  /** The instance's sort for its next search (not a documented option of the Component UI: set with care). */
  searchSort?: Record<string, 'asc' | 'desc'>;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

let loading: Promise<PagefindInstance> | null = null;

function addOnce(tag: 'link' | 'script', url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const element = document.createElement(tag);
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
    if (element instanceof HTMLLinkElement) Object.assign(element, { rel: 'stylesheet', href: url });
    else Object.assign(element, { src: url });
    document.head.append(element);
  });
}

/**
 * Loads the Component UI (its script and style sheet) and configures it for the site's base path; resolves to
 * the default search instance. The first caller's options hold for the page. Rejects when the files are missing (under `astro dev`, before any build).
 */
export function loadPagefindUi(base: string, { faceted = false } = {}): Promise<PagefindInstance> {
  loading ??= (async () => {
    const bundle = `${base}pagefind/`;
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', bundle);
    config.setAttribute('base-url', base);
    // Faceted: filters alone list their agents, without a search term (the search page only).
    if (faceted) config.setAttribute('faceted', '');
    document.body.append(config);
    await Promise.all([addOnce('link', `${bundle}pagefind-component-ui.css`), addOnce('script', `${bundle}pagefind-component-ui.js`)]);
    const manager = window.PagefindComponents?.getInstanceManager();
    if (!manager) throw new Error('Pagefind did not start.');
    return manager.getInstance('default');
  })();
  loading.catch(() => (loading = null));
  return loading;
}

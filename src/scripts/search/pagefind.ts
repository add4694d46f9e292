/**
 * Pagefind's own search library (`pagefind/pagefind.js` of the built site), loaded on first use. The catalogue
 * draws its own small search interface over it instead of Pagefind's UI bundles, so that a first search stays
 * cheap: the library, its WebAssembly, one index chunk and the fragments of the results shown.
 */
import { counted } from '../../lib/present/counted.ts';
import { hasLetters, searchWords, startsWithWord } from '../../lib/present/searchTerms.ts';

export type Filters = Record<string, string[]>;
/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string; model?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
  /** The page's indexed text, and where in it (as words apart by spaces) the words searched for are. */
  content: string;
  locations: number[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  preload(term: string): Promise<void>;
}

let loading: Promise<PagefindModule> | null = null;

/**
 * Loads Pagefind from the site's `pagefind/` folder (under the base path), on the main thread: its worker would
 * be one more download for no gain at this size. Rejects when the folder is missing (under `astro dev`).
 */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await pagefind.options({ baseUrl: base, noWorker: true, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * An excerpt of Pagefind (text with `<mark>` around the words found) as DOM nodes. It is parsed in an inert
 * document and only its text and `mark` elements are kept: nothing from an agent file becomes markup.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** An element with a class and children (text or nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  created.append(...children);
  return created;
}

/**
 * A result as a list item: its title linking to the page, `besideTitle` after it, then the excerpt with the words
 * found marked. A result that marks no word (a listing by filters alone) shows the agent's summary instead: its
 * excerpt would be the page's first words, the name again.
 */
export function resultItem(page: PagefindData, ...besideTitle: Node[]): HTMLLIElement {
  const link = element('a', 'search-result-link', element('span', 'search-result-title', page.meta.title ?? page.url));
  link.href = page.url;
  const text = !page.excerpt.includes('<mark>') && page.meta.summary ? [page.meta.summary] : excerptNodes(page.excerpt);
  return element('li', 'search-result', link, ...besideTitle, element('p', 'search-result-excerpt', ...text));
}

/** What a search found, the words it searched for and the filler words of the query it left out. */
export interface TermSearch {
  found: PagefindSearch;
  term: string;
  /** '' when the query was searched as typed. */
  leftOut: string;
  /** A word of the term that no page has (then nothing is found), or ''. */
  missing: string;
}

const nothing: PagefindSearch = { results: [], filters: {}, unfilteredResultCount: 0 };

/**
 * The first word of a term that no page has, nor any word starting with it; '' when there is none. Pagefind would
 * search it as the longest start of it that some page has, and list pages about something else ("has" for
 * "haskell": see startsWithWord). A word is looked up exactly first (quoted, Pagefind takes no start of it); only a
 * word not found so costs the fragment of the first page found for it.
 */
async function missingWord(pagefind: PagefindModule, term: string): Promise<string> {
  for (const word of term.split(/\s+/).filter(hasLetters)) {
    if ((await pagefind.search(`"${word}"`))?.results.length) continue;
    const first = (await pagefind.search(word))?.results[0];
    const page = first && (await first.data());
    const words = page ? page.content.split(/\s+/) : [];
    if (!page?.locations.some((at) => startsWithWord(words[at] ?? '', word))) return word;
  }
  return '';
}

/**
 * Searches for a query without its filler words (see `searchWords`), and finds nothing when a word of it is on no
 * page (see `missingWord`; a quoted phrase is searched as it is). Null when a later search has overtaken it.
 */
export async function searchTerm(pagefind: PagefindModule, query: string, options?: { filters?: Filters }): Promise<TermSearch | null> {
  const words = searchWords(query) ?? { term: query, leftOut: '' };
  const missing = /["“”]/.test(words.term) ? '' : await missingWord(pagefind, words.term);
  const found = missing ? nothing : await pagefind.search(words.term, options);
  return found && { found, ...words, missing };
}

/**
 * "3 results for “redis”", "Nothing matches “redis”", "12 pages"; with the filler words left out of a query,
 * "3 results for “redis”, leaving out “who knows”"; with a word that no page has in a query of several,
 * "Nothing matches “haskell tests”: no page has “haskell”"; with filters chosen that leave nothing, says so.
 */
export function summaryText(count: number, term: string, leftOut = '', filtered = false, missing = ''): string {
  if (missing) return term === missing ? `Nothing matches “${term}”` : `Nothing matches “${term}”: no page has “${missing}”`;
  if (count === 0 && filtered) return term ? `Nothing matches “${term}” with the filters chosen.` : 'No page has every filter chosen.';
  if (!term) return counted(count, 'page');
  if (count === 0) return `Nothing matches “${term}”`;
  return `${counted(count, 'result')} for “${term}”${leftOut ? `, leaving out “${leftOut}”` : ''}`;
}

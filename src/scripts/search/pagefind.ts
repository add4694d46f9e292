/**
 * Pagefind's own search library (`pagefind/pagefind.js` of the built site), loaded on first use. The catalogue
 * draws its own small search interface over it instead of Pagefind's UI bundles, so that a first search stays
 * cheap: the library, its WebAssembly, one index chunk and the fragments of the results shown.
 */
import { counted } from '../../lib/present/counted.ts';
import { hasLetters, isWord, searchWords, wordStartingWith } from '../../lib/present/searchTerms.ts';

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

/** A word of a query that no page has as it is, which search found as the start of longer words. */
export interface WordStart {
  /** The query's word: "scala". */
  word: string;
  /** A word of the first page found that starts with it: "scalability". */
  like: string;
}

/** What a search found, the words it searched for and the filler words of the query it left out. */
export interface TermSearch {
  found: PagefindSearch;
  term: string;
  /** '' when the query was searched as typed. */
  leftOut: string;
  /** A word of the term that no page has (then nothing is found), or ''. */
  missing: string;
  /** The first word of the term found only as the start of longer words ("kuber", "scala"), or null. */
  started: WordStart | null;
}

const nothing: PagefindSearch = { results: [], filters: {}, unfilteredResultCount: 0 };

/**
 * How the words of a term are on the pages: the first word that no page has, nor any word starting with it ('' when
 * there is none), and the first word that pages have only as the start of longer words. Pagefind searches a word
 * by its start, and one that no page starts a word with as the longest start of it that some page has, listing
 * pages about something else ("has" for "haskell": see wordStartingWith). A word is looked up exactly first
 * (quoted, Pagefind takes no start of it); only a word not found so costs the fragment of the first page found for
 * it, whose words found tell the two apart.
 */
async function lookUpWords(pagefind: PagefindModule, term: string): Promise<{ missing: string; started: WordStart | null }> {
  let started: WordStart | null = null;
  for (const word of term.split(/\s+/).filter(hasLetters)) {
    if ((await pagefind.search(`"${word}"`))?.results.length) continue;
    const first = (await pagefind.search(word))?.results[0];
    const page = first && (await first.data());
    const content = page ? page.content.split(/\s+/) : [];
    const words = page ? page.locations.map((at) => content[at] ?? '') : [];
    // Pagefind may split a word as its quoted search does not ("c#"): a page with the word itself has it.
    if (words.some((found) => isWord(found, word))) continue;
    const like = words.map((found) => wordStartingWith(found, word)).find((part) => part !== null);
    if (!like) return { missing: word, started: null };
    started ??= { word, like };
  }
  return { missing: '', started };
}

/**
 * Searches for a query without its filler words (see `searchWords`), and finds nothing when a word of it is on no
 * page (see `lookUpWords`; a quoted phrase is searched as it is). Null when a later search has overtaken it.
 */
export async function searchTerm(pagefind: PagefindModule, query: string, options?: { filters?: Filters }): Promise<TermSearch | null> {
  const words = searchWords(query) ?? { term: query, leftOut: '' };
  const { missing, started } = /["“”]/.test(words.term) ? { missing: '', started: null } : await lookUpWords(pagefind, words.term);
  const found = missing ? nothing : await pagefind.search(words.term, options);
  return found && { found, ...words, missing, started };
}

/**
 * "3 results for “redis”", "Nothing matches “redis”", "12 pages"; with the filler words left out of a query,
 * "3 results for “redis”, leaving out “who knows”"; with a word that no page has in a query of several,
 * "Nothing matches “haskell tests”: no page has “haskell”"; with a word that pages have only as the start of longer
 * words, "112 results for words starting with “scala”, such as “scalability”" (or "8 results for “scala
 * developer”, with words starting with “scala”…"); with filters chosen that leave nothing, says so.
 */
export function summaryText(count: number, search: Pick<TermSearch, 'term' | 'leftOut' | 'missing' | 'started'>, filtered = false): string {
  const { term, leftOut, missing, started } = search;
  if (missing) return term === missing ? `Nothing matches “${term}”` : `Nothing matches “${term}”: no page has “${missing}”`;
  if (count === 0 && filtered) return term ? `Nothing matches “${term}” with the filters chosen.` : 'No page has every filter chosen.';
  if (!term) return counted(count, 'page');
  if (count === 0) return `Nothing matches “${term}”`;
  const starts = started && `words starting with “${started.word}”, such as “${started.like}”`;
  const what = !starts ? `“${term}”` : term === started.word ? starts : `“${term}”, with ${starts}`;
  return `${counted(count, 'result')} for ${what}${leftOut ? `, leaving out “${leftOut}”` : ''}`;
}

import { element, loadPagefind, resultItem, searchTerm, summaryText } from './search/pagefind.ts';

/**
 * How many results the header's dialog shows; the search page has them all. Each costs its page's fragment (about
 * 2.5 KB gzip) for every query typed: four keep a first search within 120 KB at 1,000 agents now that the dialog's
 * own code loads with it.
 */
const shown = 4;

export interface SearchDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  run(term: string): void;
}

/**
 * The header's search dialog, built on first use (this module loads then, with the rest of search): a search box,
 * a status line, the first results and a link to all of them.
 */
export function createDialog(base: string): SearchDialog {
  const input = element('input', 'search-input');
  Object.assign(input, { type: 'search', id: 'dialog-search-q', placeholder: 'Search agents and guides', autocomplete: 'off', enterKeyHint: 'search' });
  const label = element('label', 'visually-hidden', 'Search agents and guides');
  label.htmlFor = input.id;
  const close = element('button', 'button small', 'Close');
  close.type = 'button';
  const status = element('p', 'search-summary');
  status.setAttribute('role', 'status');
  const list = element('ul', 'search-results');
  list.setAttribute('aria-label', 'Results');
  const all = element('a', 'search-all', 'All results, with filters');
  const dialog = element('dialog', 'search-dialog', element('div', 'search-dialog-head', label, input, close), status, list, element('p', 'search-dialog-foot', all));
  dialog.setAttribute('aria-label', 'Search');
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());

  let latest = 0;
  let timer = 0;
  const run = (term: string) => {
    const id = ++latest;
    // Pagefind starts loading as the dialog opens, before a word is typed.
    void loadPagefind(base).catch(() => undefined);
    all.href = `${base}search/${term.trim() ? `?q=${encodeURIComponent(term.trim())}` : ''}`;
    if (!term.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    void (async () => {
      try {
        const pagefind = await loadPagefind(base);
        const search = await searchTerm(pagefind, term.trim());
        if (id !== latest || !search) return;
        const pages = await Promise.all(search.found.results.slice(0, shown).map((result) => result.data()));
        if (id !== latest) return;
        status.textContent = summaryText(search.found.results.length, search);
        list.replaceChildren(...pages.map((page) => resultItem(page)));
      } catch {
        if (id === latest) status.textContent = 'Search is not available: this site was built without its search index.';
      }
    })();
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => run(input.value), 80);
  });
  // Down and up move between the box and the results.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    event.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]!.focus();
  });
  return { dialog, input, run };
}

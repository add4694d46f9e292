import type { SearchDialog } from './searchDialog.ts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search box in the header. Without JavaScript it is a form that opens `/search/?q=...`. With it, typing in
 * the box, clicking it, `/` or Ctrl-K (⌘K) opens a search dialog; the dialog's code and Pagefind load on that first
 * use only.
 * On the search page the header box hands over to the page's own. Under `npm run dev` there is no index: the
 * box says so.
 */
export function enhanceSiteSearch(base: string, dev: boolean): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !status) return;
  // The dialog's code loads with the first search, or as soon as the box has focus (it is small; Pagefind, which
  // is not, loads when the dialog opens).
  let dialogModule: Promise<typeof import('./searchDialog.ts')> | null = null;
  const loadModule = () => (dialogModule ??= import('./searchDialog.ts'));
  let search: SearchDialog | null = null;

  const open = async () => {
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
    if (pageInput) {
      if (input.value) pageInput.value = input.value;
      input.value = '';
      pageInput.focus();
      pageInput.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
    if (dev) {
      status.textContent = 'Search works after a build: npm run build, then npm run preview.';
      return;
    }
    try {
      const { createDialog } = await loadModule();
      search ??= createDialog(base);
    } catch {
      dialogModule = null;
      status.textContent = 'Search could not load. Reload the page to try again.';
      return;
    }
    // What was typed in the header (also while the dialog loaded) moves into the dialog, which takes over.
    if (input.value) search.input.value = input.value;
    input.value = '';
    if (!search.dialog.open) search.dialog.showModal();
    search.input.focus();
    search.run(search.input.value);
  };

  input.addEventListener('focus', () => void loadModule().catch(() => (dialogModule = null)), { once: true });
  input.addEventListener('input', () => void open());
  input.addEventListener('click', () => void open());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    void open();
  });
}

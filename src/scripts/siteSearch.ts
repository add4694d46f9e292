import { loadPagefindUi } from './pagefindUi.ts';

interface ModalElement extends HTMLElement {
  open(): void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search box in the header. Without JavaScript it is a form that opens `/search/?q=...`. With it, typing in
 * the box, clicking it, `/` or Ctrl-K (⌘K) opens Pagefind's search dialog, loaded on that first use only.
 * Under `npm run dev` there is no index yet: the box says so.
 */
export function enhanceSiteSearch(base: string, dev: boolean): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !status) return;
  let modal: ModalElement | null = null;
  let opening: Promise<void> | null = null;

  const openModal = async () => {
    // On the search page, the header box hands over to the page's own search box.
    const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
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
      const instance = await loadPagefindUi(base);
      if (!modal) {
        modal = document.createElement('pagefind-modal') as ModalElement;
        modal.setAttribute('reset-on-close', '');
        document.body.append(modal);
        await customElements.whenDefined('pagefind-modal');
      }
      modal.open();
      // What was typed while the search loaded moves into the dialog, which takes over from here.
      const term = input.value;
      input.value = '';
      if (term.trim()) instance.triggerSearch(term);
      const modalInput = modal.querySelector<HTMLInputElement>('pagefind-input input, input');
      if (modalInput) {
        modalInput.value = term;
        modalInput.focus();
      }
    } catch {
      status.textContent = 'Search is not available: this site was built without its search index.';
    }
  };

  // Every keystroke while the search loads asks again: they share the one opening.
  const open = () => (opening ??= openModal().finally(() => (opening = null)));

  input.addEventListener('input', () => void open());
  input.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !isTyping(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    void open();
  });
}

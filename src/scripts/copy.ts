/**
 * Copy buttons, as a progressive enhancement: a button with `data-copy-from` (a URL of the same site),
 * `data-copy-target` (the id of an element whose text to copy) or `data-copy-text` is hidden until this runs, then
 * copies that text and says so in the nearest `[data-copy-status]`. Without JavaScript the text is still there to
 * select or download.
 */
export function enhanceCopyButtons(): void {
  completeRelativeUrls();
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from], button[data-copy-target], button[data-copy-text]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
      try {
        const from = button.dataset['copyFrom'];
        const target = button.dataset['copyTarget'];
        const text = from
          ? await (await fetch(from)).text()
          : target
            ? (document.getElementById(target)?.textContent ?? '')
            : (button.dataset['copyText'] ?? '');
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: use the download link instead.';
      }
    });
  }
}

/**
 * A site built without SITE_URL writes site-relative addresses (`/agents/x.md`) in its install commands and
 * links: in the browser they become absolute, with the address the page was served from.
 */
function completeRelativeUrls(): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-relative-urls] code')) {
    block.textContent = (block.textContent ?? '').replace(/(^|[\s(])(\/[^\s)]*)/g, (_, before: string, path: string) => `${before}${location.origin}${path}`);
  }
}

/**
 * The links to a heading or an example (`#core-competencies`, `#example-2`) also copy the section's full address,
 * ready to paste into team docs; the address bar follows as usual.
 */
export function enhanceAnchorLinks(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('[data-anchor-status]');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.heading-link, a.example-link')) {
    link.addEventListener('click', () => {
      const url = new URL(link.getAttribute('href') ?? '', location.href).href;
      navigator.clipboard.writeText(url).then(
        () => {
          if (!status) return;
          status.textContent = `Link copied: ${url}`;
          clearTimeout(Number(status.dataset['timer']));
          status.dataset['timer'] = String(setTimeout(() => (status.textContent = ''), 4000));
        },
        () => undefined,
      );
    });
  }
}

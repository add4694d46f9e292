/**
 * Copy buttons, as a progressive enhancement: a button with `data-copy-from` (a URL of the same site) or
 * `data-copy-text` is hidden until this runs, then copies that text and says so in the nearest
 * `[data-copy-status]`. Without JavaScript the text is still there to select or download.
 */
export function enhanceCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from], button[data-copy-text]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
      try {
        const from = button.dataset['copyFrom'];
        const text = from ? await (await fetch(from)).text() : (button.dataset['copyText'] ?? '');
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = 'Copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: use the download link instead.';
      }
    });
  }
}

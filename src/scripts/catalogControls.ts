/**
 * The catalogue's filters and sort menu, enhanced. They work with CSS alone (see filterRules and catalogSorts.ts);
 * this adds what CSS cannot do:
 * - the choices are kept in the address (`?category=data&model=opus&sort=context-cost`), so that a view can be
 *   linked, and a linked view opens with them chosen;
 * - in another order than the default, the cards are moved into that order, one list, so that a screen reader and
 *   the Tab key go through them in the order they are seen (CSS alone only changes where they are drawn);
 * - after each change, a status line (read by screen readers, not shown) tells how many agents are shown, in what order.
 */
import { counted } from '../lib/present/counted.ts';

/** The menus, by the name each has in the address. */
const controls = { category: 'filter-category', model: 'filter-model', sort: 'sort-agents' } as const;

/** A card's value in an order, from the `--<order>` property the page gave it (none: it comes last). */
const value = (card: HTMLElement, sort: string) => {
  const text = card.style.getPropertyValue(`--${sort}`);
  return text === '' ? -Infinity : Number(text);
};

/**
 * Puts the cards in the order chosen: in their groups in the catalogue's own order (''), or else in one list,
 * highest value first, ties in the catalogue's order (`cards` is in it).
 */
function arrange(groups: HTMLElement, cards: readonly HTMLElement[], sort: string): void {
  let list = groups.querySelector<HTMLUListElement>(':scope > .sorted-list');
  if (sort === '') {
    if (!list) return;
    const lists = new Map([...groups.querySelectorAll<HTMLElement>('.group')].map((group) => [group.dataset['category'], group.querySelector('.cards')]));
    for (const card of cards) lists.get(card.dataset['category'])?.append(card);
    list.remove();
    return;
  }
  if (!list) {
    list = document.createElement('ul');
    list.className = 'cards sorted-list';
    groups.prepend(list);
  }
  // Each value read once (a catalogue may hold thousands); the sort is stable, so ties keep the catalogue's order.
  const keyed = cards.map((card) => ({ card, key: value(card, sort) }));
  list.append(...keyed.sort((a, b) => b.key - a.key).map(({ card }) => card));
}

/** Chooses the options named in the address, arranges the cards, and keeps the address up to date. */
export function enhanceCatalogControls(): void {
  const catalog = document.querySelector<HTMLElement>('.catalog');
  const groups = catalog?.querySelector<HTMLElement>('.groups');
  if (!catalog || !groups) return;
  const cards = [...groups.querySelectorAll<HTMLElement>('.card')];
  const menus = Object.entries(controls).flatMap(([name, id]) => {
    const select = document.getElementById(id);
    return select instanceof HTMLSelectElement ? [{ name, select }] : [];
  });
  const sortMenu = menus.find((menu) => menu.name === 'sort')?.select;
  const params = new URLSearchParams(location.search);
  for (const { name, select } of menus) {
    const named = params.get(name);
    if (named !== null && [...select.options].some((option) => option.value === named)) select.value = named;
  }
  // Also after the browser put back the choices of an earlier visit (on Back).
  if (sortMenu) arrange(groups, cards, sortMenu.value);
  const status = catalog.querySelector<HTMLElement>('[data-catalog-status]');
  const chosen = (name: string) => menus.find((menu) => menu.name === name)?.select.value ?? '';
  const announce = () => {
    if (!status) return;
    const [category, model] = [chosen('category'), chosen('model')];
    const shown = cards.filter((card) => (!category || card.dataset['category'] === category) && (!model || card.dataset['model'] === model)).length;
    const order = sortMenu?.selectedOptions[0]?.textContent?.trim().toLowerCase();
    status.textContent = shown === 0 ? 'No agent has both this category and this model.' : `${counted(shown, 'agent')} shown${order ? `, sorted by ${order}` : ''}.`;
  };
  for (const { select } of menus) {
    select.addEventListener('change', () => {
      if (select === sortMenu) arrange(groups, cards, select.value);
      announce();
      const url = new URL(location.href);
      for (const menu of menus) url.searchParams.delete(menu.name);
      for (const menu of menus) if (menu.select.value) url.searchParams.append(menu.name, menu.select.value);
      history.replaceState(history.state, '', url);
    });
  }
}

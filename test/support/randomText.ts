/**
 * Seeded randomness for tests that make inputs at random (Mulberry32: a small generator whose arithmetic stays
 * within 32-bit integers), so that a failure can be replayed; and the check those tests make of rendered HTML.
 */
export function seededRandom(seed: number): { random: () => number; pick: <T>(list: readonly T[]) => T } {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
  return { random, pick: (list) => list[Math.floor(random() * list.length)]! };
}

/** Script tags, event handler attributes and `javascript:` addresses in HTML (its attribute values are in double quotes). */
export function unsafeMarkup(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].flatMap(([tag, name, attributes]) => {
    const names = attributes!.replace(/="[^"]*"/g, '');
    const unsafe = name!.toLowerCase() === 'script' || /(^|\s)on[a-z]+/i.test(names) || /\s(?:href|src)="\s*javascript:/i.test(attributes!);
    return unsafe ? [tag.slice(0, 200)] : [];
  });
}

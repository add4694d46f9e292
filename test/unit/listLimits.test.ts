import { describe, expect, it } from 'vitest';
import { contentsEntries, listedFirst } from '../../src/lib/present/listLimits.ts';
import type { Heading } from '../../src/lib/present/sanitizeBody.ts';

const heading = (depth: number, text: string): Heading => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });
/** `sections` headings of level 2, each followed by `subsections` of level 3. */
function outline(sections: number, subsections: number): Heading[] {
  return Array.from({ length: sections }, (_, i) => [heading(2, `S${i + 1}`), ...Array.from({ length: subsections }, (_, j) => heading(3, `S${i + 1} ${j + 1}`))]).flat();
}
const texts = (entries: ReturnType<typeof contentsEntries>['entries']) => entries.map(({ heading, children }) => [heading.text, children.map((child) => child.text)]);

describe('listedFirst', () => {
  it('keeps a list within the limit whole, and cuts a longer one, counting what it leaves out', () => {
    expect(listedFirst([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(listedFirst([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(listedFirst([], 3)).toEqual({ shown: [], more: 0 });
  });
});

describe('contentsEntries', () => {
  it('nests the headings of the next level under those of the highest, and leaves deeper ones out', () => {
    const headings = [heading(2, 'Role'), heading(3, 'Scope'), heading(4, 'Detail'), heading(3, 'Limits'), heading(2, 'Workflow')];
    expect(contentsEntries(headings, 60)).toEqual({ entries: [{ heading: headings[0], children: [headings[1], headings[3]] }, { heading: headings[4], children: [] }], more: 0 });
  });
  it('lists only the sections of a prompt whose sections and subsections are too many together', () => {
    const { entries, more } = contentsEntries(outline(10, 10), 60);
    expect(texts(entries)).toEqual(Array.from({ length: 10 }, (_, i) => [`S${i + 1}`, []]));
    expect(more).toBe(100);
  });
  it('lists the first headings in order when the sections alone are too many, or one section holds them all', () => {
    const many = contentsEntries(outline(20_000, 0), 60);
    expect(many.entries).toHaveLength(60);
    expect(many.entries.at(-1)!.heading.text).toBe('S60');
    expect(many.more).toBe(19_940);
    const one = contentsEntries(outline(1, 500), 60);
    expect(texts(one.entries)).toEqual([['S1', Array.from({ length: 59 }, (_, j) => `S1 ${j + 1}`)]]);
    expect(one.more).toBe(441);
  });
  it('cuts within the subsections of the section where the limit falls', () => {
    const { entries, more } = contentsEntries(outline(80, 2), 60);
    expect(entries).toHaveLength(20);
    expect(texts(entries).at(-1)).toEqual(['S20', ['S20 1', 'S20 2']]);
    expect(more).toBe(240 - 60);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toCatalogEntry } from '../../src/lib/catalog/catalogEntry.ts';
import { createPromptRenderer } from '../../src/loaders/renderPrompt.ts';

/**
 * Files far larger than any real one, as a stranger could write them: lists of a size that a spread into a
 * function's arguments (`push(...list)`, `Math.min(...list)`) would overflow the call stack with, which crashed the
 * build. Every one must be read, listed and rendered.
 */
const many = 200_000;
const file = (frontmatter: string, body = 'You help.') => ({ path: 'huge.md', bytes: new TextEncoder().encode(`---\nname: huge\n${frontmatter}\n---\n${body}`) });

describe('files of hostile size', () => {
  it.each([
    ['unclosed examples in the description', file(`description: Use it. ${'<example>user: hi '.repeat(many)}`), many + 1],
    ['unclosed examples in the prompt', file('description: d', '<example>\nuser: "hi"\n'.repeat(many)), many],
    ['tag characters, which spell hidden text', file(`description: d${'\u{E0041}'.repeat(many)}`), 1],
    ['tags', file(`description: d\ntags: ${Array.from({ length: many }, (_, index) => `t${index}`).join(', ')}`), 0],
  ])('reads a file of %s', (_, source, problems) => {
    const [parsed] = buildCatalog([source]).files;
    expect(parsed!.status).toBe('agent');
    expect(parsed!.diagnostics).toHaveLength(problems);
    expect(toCatalogEntry(parsed!).data.agent?.name).toBe('huge');
  });
  it('reads a frontmatter whose aliases of aliases multiply into billions of values, keeping 10,000 of the repeats of each key', () => {
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 12; level++) laughs.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const [parsed] = buildCatalog([file(`description: Laughs.\n${laughs.join('\n')}`)]).files;
    expect(parsed!.status).toBe('agent');
    const warnings = parsed!.diagnostics.filter((diagnostic) => diagnostic.code === 'yaml-aliases-expand');
    expect(warnings.map((warning) => warning.line)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(warnings[0]!.message).toBe(
      '`l4` repeats its YAML aliases (`*name`) into more than 10,000 values (aliases of aliases multiply, the “billion laughs” of YAML); the catalogue keeps the first 10,000 of the repeats and leaves out the rest.',
    );
    expect(JSON.stringify(toCatalogEntry(parsed!).data).length).toBeLessThan(2_000_000);
  });
  it('keeps a long list written out, and a value an alias repeats a few times, whole and without a word', () => {
    const [parsed] = buildCatalog([file(`description: d\nlevels: [${Array.from({ length: 20_000 }, (_, index) => index).join(', ')}]\nbase: &base {a: 1, b: 2}\ncopy: *base`)]).files;
    expect(parsed!.diagnostics).toEqual([]);
    expect((parsed!.agent!.extra['levels'] as number[]).length).toBe(20_000);
    expect(parsed!.agent!.extra['copy']).toEqual({ a: 1, b: 2 });
  });
  it('renders a prompt of 150,000 headings, each with its link', async () => {
    const { rendered, failed } = await (await createPromptRenderer({ gfm: true }))('# h\n'.repeat(150_000), 'digest');
    expect(failed).toBeUndefined();
    expect(rendered!.metadata.headings).toHaveLength(150_000);
  });
});

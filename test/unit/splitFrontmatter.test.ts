import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/agents/splitFrontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits the frontmatter from the body and gives their lines', () => {
    expect(splitFrontmatter('---\nname: a\ndescription: b\n---\n\nBody\n')).toEqual({
      yaml: 'name: a\ndescription: b',
      openLine: 1,
      closeLine: 4,
      body: '\nBody\n',
      bodyLine: 5,
      language: '',
      indented: false,
    });
  });
  it('accepts a closing line of more than three dashes', () => {
    const block = splitFrontmatter(`---\nname: a\n${'-'.repeat(56)}\nBody`);
    expect([block?.yaml, block?.body]).toEqual(['name: a', 'Body']);
  });
  it('accepts a blank line after the opening line', () => {
    expect(splitFrontmatter('---\n\nname: a\n---\n')?.yaml).toBe('\nname: a');
  });
  it('finds a frontmatter after blank lines and records where it opens', () => {
    expect(splitFrontmatter('\n\n---\nname: a\n---\n')?.openLine).toBe(3);
  });
  it('finds an indented frontmatter and dedents it', () => {
    const block = splitFrontmatter('  ---\n  name: a\n  tools:\n    - Read\n  ---\nBody');
    expect([block?.indented, block?.yaml, block?.body]).toEqual([true, 'name: a\ntools:\n  - Read', 'Body']);
  });
  it('does not close on dashes inside a value', () => {
    expect(splitFrontmatter('---\ndescription: a --- b\n---\n')?.yaml).toBe('description: a --- b');
  });
  it('reports an unclosed block with no body', () => {
    expect(splitFrontmatter('---\nname: a\n')).toMatchObject({ closeLine: null, body: '' });
  });
  it('records the language of a `---js` block', () => {
    expect(splitFrontmatter('---js\n{}\n---\n')?.language).toBe('js');
  });
  it('finds no frontmatter in a README', () => {
    expect(splitFrontmatter('# Agents\n\n---\n\nSome notes.\n')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { previewSvg, wrapText } from '../../src/lib/present/previewSvg.ts';

describe('the preview card', () => {
  it('wraps a summary into lines that fit, with an ellipsis when text is left over', () => {
    const lines = wrapText('Use this agent when you need expert guidance on backend development, including API design and databases.', 500, 36, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('Short text.', 500, 36, 3)).toEqual(['Short text.']);
  });
  it('cuts a word too long for a line, never splitting a character', () => {
    const lines = wrapText('a'.repeat(80) + ' 😀😀😀', 300, 36, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/ /g, '')).toBe('a'.repeat(80) + '😀😀😀');
    for (const line of lines) expect(line.isWellFormed()).toBe(true);
  });
  it('wraps only what its lines can hold of a text of a million characters, a word of them or many', () => {
    for (const text of ['a'.repeat(1_000_000), 'word '.repeat(200_000)]) {
      const lines = wrapText(text, 1024, 36, 4);
      expect(lines).toHaveLength(4);
      expect(lines[3]!.endsWith('…')).toBe(true);
      expect(lines.slice(0, 3).every((line) => line.length > 20 && line.length < 120)).toBe(true);
    }
  });
  it('escapes every text of the agent file and drops characters XML forbids', () => {
    const svg = previewSvg({ name: '<script>x</script>', summary: 'A & B "quoted" \u0007bell', chips: ['opus', "it's"], color: 'green', site: 'Acme <Agents>' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(svg).toContain('A &amp; B &quot;quoted&quot; bell');
    expect(svg).toContain('it&apos;s');
    expect(svg).toContain('Acme &lt;Agents&gt;');
    expect(svg).toContain('fill="#3fb950"');
  });
  it('is 1200 × 630', () => expect(previewSvg({ name: 'x', summary: 'y', chips: [], color: undefined, site: 's' })).toMatch(/^<svg [^>]*width="1200" height="630"/));
});

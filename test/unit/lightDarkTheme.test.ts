import { bundledThemes } from 'shiki';
import { describe, expect, it } from 'vitest';
import { lightDarkTheme, type TokenTheme } from '../../src/lib/present/lightDarkTheme.ts';

const light: TokenTheme = {
  name: 'paper-light',
  colors: { 'editor.foreground': '#111111', 'editor.background': '#ffffff' },
  tokenColors: [
    { scope: 'comment', settings: { foreground: '#6e7781', fontStyle: 'italic' } },
    { scope: ['keyword', 'storage'], settings: { foreground: '#cf222e' } },
    { scope: 'markup.bold', settings: { foreground: '#24292f', fontStyle: 'bold' } },
  ],
};
const dark: TokenTheme = {
  name: 'paper-dark',
  colors: { 'editor.foreground': '#eeeeee', 'editor.background': '#0d1117' },
  tokenColors: [
    { scope: 'comment', settings: { foreground: '#8b949e', fontStyle: 'italic' } },
    { scope: ['keyword', 'storage'], settings: { foreground: '#FF7B72' } },
    { scope: 'markup.bold', settings: { foreground: '#24292F', fontStyle: 'bold' } },
  ],
};

describe('lightDarkTheme writes a light and a dark theme as one', () => {
  const merged = lightDarkTheme('paper', light, dark);
  it('pairs each rule’s colours as CSS light-dark(), keeping its scope and font style', () =>
    expect(merged.tokenColors?.slice(0, 2)).toEqual([
      { scope: 'comment', settings: { foreground: 'light-dark(#6e7781, #8b949e)', fontStyle: 'italic' } },
      { scope: ['keyword', 'storage'], settings: { foreground: 'light-dark(#cf222e, #FF7B72)' } },
    ]));
  it('keeps a colour both themes share as it is', () => expect(merged.tokenColors?.[2]?.settings.foreground).toBe('#24292f'));
  it('pairs the editor colours', () => expect(merged.colors).toEqual({ 'editor.foreground': 'light-dark(#111111, #eeeeee)', 'editor.background': 'light-dark(#ffffff, #0d1117)' }));
  it('refuses themes whose rules do not pair, saying which', () => {
    const other = { ...dark, tokenColors: [dark.tokenColors![1]!, dark.tokenColors![0]!, dark.tokenColors![2]!] };
    expect(() => lightDarkTheme('paper', light, other)).toThrow(
      'The code themes paper-light and paper-dark cannot be written as one: rule 1 is for "comment" in one and ["keyword","storage"] in the other. Pick a light and a dark variant of one theme.',
    );
    expect(() => lightDarkTheme('paper', light, { ...dark, tokenColors: [] })).toThrow('they have 3 and 0 rules');
  });
  it("merges GitHub's default light and dark themes, which the site uses", async () => {
    const [{ default: githubLight }, { default: githubDark }] = await Promise.all([bundledThemes['github-light-default'](), bundledThemes['github-dark-default']()]);
    const github = lightDarkTheme('github-light-dark', githubLight as TokenTheme, githubDark as TokenTheme);
    expect(github.tokenColors).toHaveLength(githubLight.tokenColors!.length);
    expect(github.colors?.['editor.background']).toBe('light-dark(#ffffff, #0d1117)');
  });
});

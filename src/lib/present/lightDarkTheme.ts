/**
 * One Shiki theme that holds a light and a dark theme, its colours written as CSS `light-dark(light, dark)`, so
 * that highlighted code follows the page's `color-scheme`. Shiki given two themes tokenizes every code block once
 * per theme; this needs one pass, which halves the cost of highlighting (the slowest part of a build) with the
 * same colours, as long as the two themes are variants of one design: the same rules for the same scopes, in the
 * same order, with different colours (GitHub's light and dark themes are). Themes that differ otherwise are
 * refused, since their rules could not be paired.
 */

/** The part of a TextMate/VS Code theme this reads (Shiki's `ThemeRegistrationRaw`). */
export interface TokenTheme {
  name?: string;
  type?: string;
  colors?: Record<string, unknown>;
  tokenColors?: { name?: string; scope?: string | string[]; settings: { foreground?: string; background?: string; fontStyle?: string } }[];
  [key: string]: unknown;
}

/** The pair of two colours, or the one there is (themes' editor colours hold the odd list: those are left out). */
function both(light: unknown, dark: unknown): string | undefined {
  const [l, d] = [light, dark].map((color) => (typeof color === 'string' ? color : undefined));
  if (l === undefined || d === undefined || l.toLowerCase() === d.toLowerCase()) return l ?? d;
  return `light-dark(${l}, ${d})`;
}

/**
 * @example lightDarkTheme('github', githubLight, githubDark).tokenColors[0].settings.foreground
 *   // 'light-dark(#6e7781, #8b949e)'
 */
export function lightDarkTheme(name: string, light: TokenTheme, dark: TokenTheme): TokenTheme {
  const lightRules = light.tokenColors ?? [];
  const darkRules = dark.tokenColors ?? [];
  const differ = (why: string) =>
    new Error(`The code themes ${light.name ?? 'light'} and ${dark.name ?? 'dark'} cannot be written as one: ${why}. Pick a light and a dark variant of one theme.`);
  if (lightRules.length !== darkRules.length) throw differ(`they have ${lightRules.length} and ${darkRules.length} rules`);
  const tokenColors = lightRules.map((rule, index) => {
    const other = darkRules[index]!;
    if (JSON.stringify(rule.scope) !== JSON.stringify(other.scope) || rule.settings.fontStyle !== other.settings.fontStyle) {
      throw differ(`rule ${index + 1} is for ${JSON.stringify(rule.scope)} in one and ${JSON.stringify(other.scope)} in the other`);
    }
    const settings = { ...rule.settings };
    const foreground = both(rule.settings.foreground, other.settings.foreground);
    const background = both(rule.settings.background, other.settings.background);
    if (foreground !== undefined) settings.foreground = foreground;
    if (background !== undefined) settings.background = background;
    return { ...rule, settings };
  });
  const colors: Record<string, string> = {};
  for (const key of new Set([...Object.keys(light.colors ?? {}), ...Object.keys(dark.colors ?? {})])) {
    const color = both(light.colors?.[key], dark.colors?.[key]);
    if (color !== undefined) colors[key] = color;
  }
  return { name, displayName: name, type: 'light', colors, tokenColors };
}

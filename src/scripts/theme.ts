/** The three themes the toggle cycles through; `system` follows `prefers-color-scheme`. */
const themes = ['system', 'light', 'dark'] as const;
type Theme = (typeof themes)[number];

function storedTheme(): Theme {
  try {
    const theme = localStorage.getItem('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Storage may be off (private windows): the choice then lasts for this page only.
  }
}

/** Shows the theme button (hidden without JavaScript, where the system's theme applies) and makes it cycle. */
export function enhanceThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  let theme = storedTheme();
  const label = () => (button.textContent = `Theme: ${theme}`);
  label();
  button.hidden = false;
  button.addEventListener('click', () => {
    theme = themes[(themes.indexOf(theme) + 1) % themes.length]!;
    applyTheme(theme);
    label();
  });
}

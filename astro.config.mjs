// @ts-check
import { defineConfig } from 'astro/config';
import { catalogConfig } from './src/catalogConfig.ts';
import mdx from '@astrojs/mdx';
import { bundledThemes } from 'shiki';
import { deployNotice } from './src/integrations/deployNotice.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { lightDarkTheme } from './src/lib/present/lightDarkTheme.ts';
import { buildWorker } from './src/integrations/buildWorker.ts';

const [{ default: githubLight }, { default: githubDark }] = await Promise.all([bundledThemes['github-light-default'](), bundledThemes['github-dark-default']()]);

export default defineConfig({
  ...(catalogConfig.siteUrl ? { site: catalogConfig.siteUrl } : {}),
  base: catalogConfig.basePath,
  cacheDir: catalogConfig.cacheDir,
  // Keep the space between inline elements: 'jsx' compression glues adjacent text together.
  compressHTML: true,
  trailingSlash: 'ignore',
  // Pages render while others are written: the build waits less on the disk.
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), deployNotice(), pagefindIndex(), buildWorker()],
  markdown: {
    // GitHub's light and dark themes as one, its colours CSS `light-dark()` pairs that follow the page's
    // `color-scheme`: each code block is tokenized once instead of once per theme (see lightDarkTheme.ts).
    shikiConfig: { theme: /** @type {import('shiki').ThemeRegistration} */ (lightDarkTheme('github-light-dark', githubLight, githubDark)) },
  },
});

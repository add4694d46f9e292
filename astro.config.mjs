// @ts-check
import { defineConfig } from 'astro/config';
import { catalogConfig } from './src/catalogConfig.ts';
import mdx from '@astrojs/mdx';
import { deployNotice } from './src/integrations/deployNotice.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { previewDrawer } from './src/integrations/previewDrawer.ts';

export default defineConfig({
  ...(catalogConfig.siteUrl ? { site: catalogConfig.siteUrl } : {}),
  base: catalogConfig.basePath,
  cacheDir: catalogConfig.cacheDir,
  // Keep the space between inline elements: 'jsx' compression glues adjacent text together.
  compressHTML: true,
  trailingSlash: 'ignore',
  // Pages render while others are written: the build waits less on the disk.
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), deployNotice(), pagefindIndex(), previewDrawer()],
  markdown: {
    // One highlighting for both themes: the colours follow the page's `color-scheme` through CSS `light-dark()`.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: /** @type {const} */ ('light-dark()') },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import { catalogConfig } from './src/catalogConfig.ts';
import mdx from '@astrojs/mdx';
import { deployNotice } from './src/integrations/deployNotice.ts';
import { pagefindIndex } from './src/integrations/pagefindIndex.ts';
import { buildWorker } from './src/integrations/buildWorker.ts';
import { noDepBundling } from './src/integrations/noDepBundling.ts';
import { previousOutput } from './src/integrations/previousOutput.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { focusableCode } from './src/site/focusableCode.ts';

export default defineConfig({
  ...(catalogConfig.siteUrl ? { site: catalogConfig.siteUrl } : {}),
  base: catalogConfig.basePath,
  cacheDir: catalogConfig.cacheDir,
  // Keep the space between inline elements: 'jsx' compression glues adjacent text together.
  compressHTML: true,
  trailingSlash: 'ignore',
  // Pages render while others are written: the build waits less on the disk.
  build: { format: 'directory', concurrency: 4 },
  // previousOutput last: it deletes what is left of the previous build once every file of this one is written.
  integrations: [mdx(), deployNotice(), pagefindIndex(), buildWorker(), noDepBundling(), previousOutput()],
  // Code in guides is highlighted by Prism, as in system prompts (see src/lib/present/highlightCode.ts): the
  // same token classes, coloured by the site's stylesheet in light and dark; and its blocks take keyboard focus.
  markdown: { syntaxHighlight: 'prism', processor: satteri({ hastPlugins: [focusableCode] }) },
  // `astro dev` watches the project: not the benchmark's and tests' output (tens of thousands of files after a
  // benchmark), whose first scan would hold up the watch on the agents folder; nor the rendered system prompts it
  // writes itself (pages read them as they render; Astro logged a line for each one written or removed).
  vite: {
    server: { watch: { ignored: ['**/bench/out/**', '**/bench/.cache/**', '**/bench/.trash/**', '**/test/.tmp/**', '**/dist/**', '**/.astro/agent-prompts/**'] } },
    build: {
      rolldownOptions: {
        // Astro's MDX pages carry a "use astro:head-inject" directive that Rolldown warns about in every build
        // (Astro reads it before bundling; the warning says nothing about the guides).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

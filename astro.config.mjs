// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Keep the space between inline elements: 'jsx' compression glues adjacent text together.
  compressHTML: true,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
});

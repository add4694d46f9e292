import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildWorker } from '../site/buildWorker.ts';

/**
 * Builds the Pagefind search index over the built site at the end of `astro build`, and fails the build when
 * indexing fails. Only agent pages and guides carry `data-pagefind-body`, so lists, skill pages and the site's
 * chrome stay out of the index; a `type` filter tells agents from guides. Pagefind reads only those pages: the
 * lists of a large catalogue are big (the home page of 5,000 agents is 3 MB) and would be parsed for nothing.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'agent-catalog:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          // `+` and `#` belong to words such as C++ and C#.
          const { index, errors } = await pagefind.createIndex({ includeCharacters: '+#', forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: '{agents,guides}/*/index.html' });
          // Pagefind has read the pages and writes its index mostly on one thread: the build worker's files are
          // written beside it (see src/site/buildWorker.ts).
          buildWorker()?.startWriting();
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no agent page or guide to index in ${site}.`);
          const output = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const indexed = indexedPages(output);
          logger.info(`Indexed ${indexed} pages for search (agents and guides) in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** How many pages the written index holds, from Pagefind's entry file. */
function indexedPages(output: string): number {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { feedKey, type PagefindFeed } from './pagefindFeed.ts';

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/**
 * Builds the Pagefind search index of `astro build`, and fails the build when indexing fails. Pages reach the
 * index as they are rendered (see pagefindFeed.ts), so that Pagefind works beside the page rendering; at the end
 * it writes its files. Only agent pages and guides carry `data-pagefind-body`, so lists, skill pages and the
 * site's chrome stay out of the index; a `type` filter tells agents from guides. Should no page have been fed
 * (a build whose pages did not pass the middleware), the built folder is indexed instead.
 */
export function pagefindIndex(): AstroIntegration {
  let pagefind: Pagefind | null = null;
  let index: PagefindIndex | null = null;
  let started = 0;
  let base = '/';
  const added: Promise<{ path: string; errors: string[] }>[] = [];
  const stop = async () => {
    delete (globalThis as { [feedKey]?: PagefindFeed })[feedKey];
    index = null;
    added.length = 0;
    await pagefind?.close();
    pagefind = null;
  };
  const start = async (): Promise<PagefindIndex> => {
    started = performance.now();
    pagefind = await import('pagefind');
    // `+` and `#` belong to words such as C++ and C#.
    const created = await pagefind.createIndex({ includeCharacters: '+#', forceLanguage: 'en' });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    index = created.index;
    return index;
  };
  return {
    name: 'agent-catalog:pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./pagefindFeed.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        added.length = 0;
        const open = await start();
        // Pages sent and not yet indexed: past `behind`, the next page waits until Pagefind has caught up halfway.
        const behind = 16;
        let pending = 0;
        let waiting: (() => void)[] = [];
        const feed: PagefindFeed = {
          base,
          add: async (path, content) => {
            pending++;
            const indexed = open.addHTMLFile({ sourcePath: path, content }).then((reply) => ({ path, errors: reply.errors }));
            added.push(
              indexed.finally(() => {
                pending--;
                if (pending <= behind / 2) for (const resume of waiting.splice(0)) resume();
              }),
            );
            if (pending >= behind) await new Promise<void>((resume) => waiting.push(resume));
          },
        };
        (globalThis as { [feedKey]?: PagefindFeed })[feedKey] = feed;
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/+$/, '') || '/';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          index ??= await start();
          const fed = await Promise.all(added);
          const failed = fed.filter((file) => file.errors.length > 0);
          if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.map((file) => `${file.path}: ${file.errors.join('; ')}`).join('\n')}`);
          if (fed.length === 0) {
            const scanned = await index.addDirectory({ path: site });
            if (scanned.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${scanned.errors.join('; ')}`);
          }
          const output = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const indexed = indexedPages(output);
          if (indexed === 0) throw new Error(`Pagefind found no page to index in ${site}.`);
          const how = fed.length > 0 ? 'beside the page rendering' : 'from the built folder';
          logger.info(`Indexed ${indexed} pages for search (agents and guides) in ${Math.round(performance.now() - started)} ms, ${how}.`);
        } finally {
          await stop();
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

// `defineCollection` from Astro's plain module, not from `astro:content`: Astro loads this file through Vite before
// the content sync, and `astro:content` drags about 110 of Astro's runtime modules through Vite's transform with it
// (0.5–0.6 s of every build). The guides' glob loader, with its image helpers, is loaded only when there are guides.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { catalogConfig } from './catalogConfig.ts';
import type { CatalogEntryData } from './lib/catalog/catalogEntry.ts';

/**
 * The loader and the agent library are imported by Node itself, not through Vite: imported here, Vite would
 * transform each of their modules, and the content sync would start 0.2–0.3 s later. Node runs their TypeScript as
 * written, as it does in the build worker's thread. `import()` in this file would go through Vite.
 */
const nodeImport = new Function('url', 'return import(url)') as <Module>(url: string) => Promise<Module>;
const fromSource = <Module>(path: string) => nodeImport<Module>(new URL(path, import.meta.url).href);
const { agentCatalogLoader } = await fromSource<typeof import('./loaders/agentCatalogLoader.ts')>('./loaders/agentCatalogLoader.ts');
const { isCatalogEntryData } = await fromSource<typeof import('./lib/catalog/catalogEntry.ts')>('./lib/catalog/catalogEntry.ts');

/**
 * Every file of the agents folder. The agent library has already validated and normalised each field with its
 * zod schema (reporting and dropping invalid values instead of failing), so the collection only checks the shape.
 */
const catalog = defineCollection({
  loader: agentCatalogLoader({ folder: catalogConfig.agentsDir, strict: catalogConfig.strict, renderThreads: catalogConfig.renderThreads }),
  schema: z.custom<CatalogEntryData>(isCatalogEntryData, 'not a catalogue entry'),
});

/** The team's guides: MDX pages that reference agents with <AgentLink> and <AgentCard> (see src/docs/). */
const guides = defineCollection({
  loader: catalogConfig.docsDir
    ? (await import('astro/loaders')).glob({ pattern: '**/*.mdx', base: catalogConfig.docsDir })
    : { name: 'no-guides', load: async ({ store }) => store.clear() },
  schema: z.object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    /** Where the guide comes in the list of guides (lower first), then by title. */
    order: z.number().default(100),
  }),
});

export const collections = { catalog, guides };

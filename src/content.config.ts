// `defineCollection` from Astro's plain module, not from `astro:content`: Astro loads this file through Vite before
// the content sync, and `astro:content` drags about 110 of Astro's runtime modules through Vite's transform with it
// (0.5–0.6 s of every build). The guides' glob loader, with its image helpers, is loaded only when there are guides.
import { defineCollection } from 'astro/content/config';
import { z } from 'zod';
import { catalogConfig } from './catalogConfig.ts';
import { isCatalogEntryData, type CatalogEntryData } from './lib/catalog/catalogEntry.ts';
import { agentCatalogLoader } from './loaders/agentCatalogLoader.ts';

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

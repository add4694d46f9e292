import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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
    ? glob({ pattern: '**/*.mdx', base: catalogConfig.docsDir })
    : { name: 'no-guides', load: async ({ store }) => store.clear() },
  schema: z.object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    /** Where the guide comes in the list of guides (lower first), then by title. */
    order: z.number().default(100),
  }),
});

export const collections = { catalog, guides };

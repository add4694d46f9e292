import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { catalogConfig } from './catalogConfig.ts';
import { isCatalogEntryData, type CatalogEntryData } from './lib/catalog/catalogEntry.ts';
import { agentCatalogLoader } from './loaders/agentCatalogLoader.ts';

/**
 * Every file of the agents folder. The agent library has already validated and normalised each field with its
 * zod schema (reporting and dropping invalid values instead of failing), so the collection only checks the shape.
 */
const catalog = defineCollection({
  loader: agentCatalogLoader({ folder: catalogConfig.agentsDir, strict: catalogConfig.strict }),
  schema: z.custom<CatalogEntryData>(isCatalogEntryData, 'not a catalogue entry'),
});

export const collections = { catalog };

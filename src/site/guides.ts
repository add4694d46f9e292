import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalogConfig } from '../catalogConfig.ts';
import { checkAgentReferences } from '../lib/guides/agentReferences.ts';
import { getAgentEntries, once } from './catalog.ts';

export interface Guide {
  slug: string;
  title: string;
  description: string;
  entry: CollectionEntry<'guides'>;
}

/** Every agent as guides name it (by its name or slug), with its summary and examples. */
export const getReferableAgents = once(async () =>
  (await getAgentEntries()).map(({ agent }) => ({ name: agent.name, slug: agent.slug, summary: agent.summary, examples: agent.examples.length, exampleList: agent.examples })),
);

/**
 * The guides, in their order, after checking every agent they reference: a reference to an agent that is not in
 * the catalogue (or to an example it does not have) fails the build, naming the guide's file and line.
 */
export const getGuides = once(async (): Promise<Guide[]> => {
  if (!catalogConfig.docsDir) return [];
  const entries = await getCollection('guides');
  const agents = await getReferableAgents();
  const problems = entries.flatMap((entry) => {
    if (!entry.filePath) return [];
    const file = resolve(entry.filePath);
    return checkAgentReferences(relative(process.cwd(), file), readFileSync(file, 'utf8'), agents);
  });
  if (problems.length > 0) throw new Error(`Guides reference agents that are not in the catalogue:\n  ${problems.join('\n  ')}`);
  return entries
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'))
    .map((entry) => ({ slug: entry.id, title: entry.data.title, description: entry.data.description, entry }));
});

import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalogConfig } from '../catalogConfig.ts';
import { checkAgentReferences } from '../lib/guides/agentReferences.ts';
import { getAgentEntries } from './catalog.ts';

export interface Guide {
  slug: string;
  title: string;
  description: string;
  entry: CollectionEntry<'guides'>;
}

let checked: Promise<Guide[]> | null = null;

/**
 * The guides, in their order, after checking every agent they reference: a reference to an agent that is not in
 * the catalogue (or to an example it does not have) fails the build, naming the guide's file and line.
 */
export function getGuides(): Promise<Guide[]> {
  // Under `astro dev` guides and agents change while the server runs: check them again for every page.
  if (import.meta.env.DEV) checked = null;
  checked ??= (async () => {
    if (!catalogConfig.docsDir) return [];
    const entries = await getCollection('guides');
    const agents = (await getAgentEntries()).map(({ agent }) => ({ name: agent.name, slug: agent.slug, examples: agent.examples.length }));
    const problems = entries.flatMap((entry) => {
      if (!entry.filePath) return [];
      const file = resolve(entry.filePath);
      return checkAgentReferences(relative(process.cwd(), file), readFileSync(file, 'utf8'), agents);
    });
    if (problems.length > 0) throw new Error(`Guides reference agents that are not in the catalogue:\n  ${problems.join('\n  ')}`);
    return entries
      .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'))
      .map((entry) => ({ slug: entry.id, title: entry.data.title, description: entry.data.description, entry }));
  })();
  return checked;
}

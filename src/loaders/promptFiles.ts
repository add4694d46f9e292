import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { writeAtomically } from '../site/writeAtomically.ts';

/**
 * Rendered system prompts are kept as files beside Astro's data store, one per rendering (named by its digest),
 * and the data store holds only where each is. A prompt's HTML is most of an agent's weight (highlighted code is
 * verbose): kept in the data store, it would be bundled into the build's server code as one string, parsed and
 * held in memory for the whole build (150 MB at 5,000 agents). Each page reads its own file instead.
 */
export function promptFolder(context: Pick<LoaderContext, 'config' | 'watcher'>): string {
  // `astro dev` keeps its data store in `.astro/`, builds in the cache folder: each has its own prompts.
  const base = context.watcher ? new URL('.astro/', context.config.root) : context.config.cacheDir;
  return join(fileURLToPath(base), 'agent-prompts');
}

const promptFile = (folder: string, renderDigest: string): string => join(folder, `${renderDigest}.html`);

/** Writes a rendered prompt (whole: no page ever reads half a file), and returns its path. */
export function writePromptFile(folder: string, renderDigest: string, html: string): string {
  mkdirSync(folder, { recursive: true });
  const file = promptFile(folder, renderDigest);
  writeAtomically(file, html);
  return file;
}

/** Removes the files no entry refers to any more: older renderings of edited or deleted agents, and what a crash left. */
export function prunePromptFiles(folder: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}

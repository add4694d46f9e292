import { readFileSync } from 'node:fs';
import type { StoredPrompt } from '../loaders/bodyHtml.ts';

/**
 * The HTML of an agent's rendered system prompt, sanitised by the loader, from its file beside the data store
 * (see src/loaders/promptFiles.ts).
 */
export function promptHtml(prompt: StoredPrompt, agentPath: string): string {
  try {
    return readFileSync(prompt.metadata.file, 'utf8');
  } catch (error) {
    throw new Error(
      `The rendered system prompt of ${agentPath} is missing (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: ${prompt.metadata.file}). ` +
        'Its cache folder was cleared while the site was built or served: build again, or restart `astro dev`.',
    );
  }
}

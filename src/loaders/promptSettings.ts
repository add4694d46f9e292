import type { AstroConfig } from 'astro';

/**
 * The Markdown settings of the site that a system prompt is rendered with. Not its typography (`smartypants`): a
 * prompt is shown as Claude reads it, so `--force` stays `--force` (not `–force`) and quotes stay straight.
 */
export interface PromptSettings {
  gfm: boolean;
}

/** The site's Markdown settings, as system prompts are rendered with them. */
export const promptSettings = (config: Pick<AstroConfig, 'markdown'>): PromptSettings => ({ gfm: config.markdown.gfm !== false });

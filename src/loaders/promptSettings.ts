import type { AstroConfig } from 'astro';

/** The Markdown settings of the site that a system prompt is rendered with. */
export interface PromptSettings {
  gfm: boolean;
  smartypants: boolean;
}

/** The site's Markdown settings, as system prompts are rendered with them. */
export const promptSettings = (config: Pick<AstroConfig, 'markdown'>): PromptSettings => ({
  gfm: config.markdown.gfm !== false,
  smartypants: config.markdown.smartypants !== false,
});

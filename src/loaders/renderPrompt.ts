import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { bodyInsight } from '../lib/insight/agentInsight.ts';
import { highlightCode } from '../lib/present/highlightCode.ts';
import { isPageId } from '../lib/present/pageIds.ts';
import { markHidden, textTagLines } from '../lib/present/promptTags.ts';
import { safeBodyHtml, type Heading } from '../lib/present/sanitizeBody.ts';
import { guardBody, type RenderedBody } from './bodyHtml.ts';
import type { PromptSettings } from './promptSettings.ts';

/** A system prompt rendered, or why it could not be (`failed`), and the code languages it has no highlighting for. */
export interface PromptRendering {
  rendered?: RenderedBody;
  failed?: string;
  languages: string[];
}

export type RenderPrompt = (body: string, renderDigest: string) => Promise<PromptRendering>;

/**
 * Renders system prompts: Markdown by Sätteri (Astro's own renderer, with heading ids and GFM as the site sets
 * them, and no smart punctuation: see `PromptSettings`), made safe for the page (see `safeBody`), then its code
 * blocks highlighted by Prism (see `highlightCode`) and the characters a page would not show marked (see
 * `markHidden`); with the prompt's part of the agent's insight (see `bodyInsight`). The same in the loader's thread
 * and in the render workers.
 */
export async function createPromptRenderer(settings: PromptSettings): Promise<RenderPrompt> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, gfm: settings.gfm, smartypants: false });
  return async (body, renderDigest) => {
    try {
      const { code, metadata } = await processor.render(guardBody(textTagLines(body)), { frontmatter: {} });
      const safe = safeBody(code, (metadata['headings'] ?? []) as Heading[], renderDigest);
      const { html, unknownLanguages } = highlightCode(safe.html);
      return { rendered: { html: markHidden(html), metadata: { ...safe.metadata, insight: bodyInsight(body) } }, languages: unknownLanguages };
    } catch (error) {
      return { failed: (error as Error).message, languages: [] };
    }
  };
}

/** Rendered Markdown made safe for the page: sanitised, headings shifted to h3 and clear of the page's own ids. */
export function safeBody(html: string, headings: Heading[], renderDigest: string): { html: string; metadata: Omit<RenderedBody['metadata'], 'insight'> } {
  const safe = safeBodyHtml(html, headings, { reservedIds: isPageId, topLevel: 3 });
  return { html: safe.html, metadata: { headings: safe.headings, removedHtml: safe.removed, renderDigest } };
}

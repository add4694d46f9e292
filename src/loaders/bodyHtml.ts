import { bodyInsight, type BodyInsight } from '../lib/insight/agentInsight.ts';
import { escapeMarkup } from '../lib/present/escapeMarkup.ts';
import type { Heading } from '../lib/present/sanitizeBody.ts';

/** A rendered system prompt. */
export interface RenderedBody {
  html: string;
  /** `insight`: the prompt's context cost and sketch, computed where it is rendered and kept with it. */
  metadata: { headings: Heading[]; removedHtml: string[]; renderDigest: string; insight: BodyInsight };
}

/** What the data store keeps of it: the HTML is in `metadata.file` (see promptFiles.ts), and `html` is empty. */
export interface StoredPrompt {
  html: '';
  metadata: RenderedBody['metadata'] & { file: string };
}

/** A prompt that could not be rendered, shown as its text. */
export const plainPrompt = (body: string, renderDigest: string): RenderedBody => ({
  html: `<pre>${escapeMarkup(body)}</pre>`,
  metadata: { headings: [], removedHtml: [], renderDigest, insight: bodyInsight(body) },
});

/** A body that itself starts with `---` (or `+++`) would be read as frontmatter by the Markdown renderer: guard it. */
export const guardBody = (body: string): string => (/^\s*(---|\+\+\+)/.test(body) ? `<!---->\n${body}` : body);

/**
 * A worker thread that renders agent bodies: Markdown with Astro's own processor (Sätteri, Shiki) and the same
 * settings as the site, then sanitised. The loader runs two of these, so that both cores render.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Heading } from '../lib/present/sanitizeBody.ts';
import { guardBody, safeBody, unknownLanguageOf } from './bodyHtml.ts';

export interface RenderRequest {
  id: number;
  body: string;
  renderDigest: string;
}

/** The body rendered, or why it could not be (`failed`), and the code languages the highlighter did not know. */
export interface RenderReply {
  id: number;
  languages: string[];
  rendered?: ReturnType<typeof safeBody>;
  failed?: string;
}

const processor = await createSatteriMarkdownProcessor(workerData as Parameters<typeof createSatteriMarkdownProcessor>[0]);
let languages: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  const language = unknownLanguageOf(args[0]);
  if (language === undefined) warn(...args);
  else languages.push(language);
};

parentPort!.on('message', async ({ id, body, renderDigest }: RenderRequest) => {
  languages = [];
  try {
    const { code, metadata } = await processor.render(guardBody(body), { frontmatter: {} });
    const rendered = safeBody(code, (metadata['headings'] ?? []) as Heading[], renderDigest);
    parentPort!.postMessage({ id, languages, rendered } satisfies RenderReply);
  } catch (error) {
    parentPort!.postMessage({ id, languages, failed: (error as Error).message } satisfies RenderReply);
  }
});
parentPort!.postMessage('ready');

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generateCorpus.ts';
import { buildCatalog } from '../../src/lib/catalog/buildCatalog.ts';
import { toCatalogEntry } from '../../src/lib/catalog/catalogEntry.ts';
import { readAgentsFolder } from '../../src/lib/catalog/readAgentsFolder.ts';
import { plainMarkdownHtml, sanitizeFully } from '../../src/lib/present/sanitizeBody.ts';
import { guardBody } from '../../src/loaders/bodyHtml.ts';
import { corpusFolders, hasCorpora } from './helpers.ts';

/** The system prompts of an agents folder, rendered as a build renders them before sanitising (renderPrompt.ts). */
async function renderedPrompts(folder: string): Promise<{ path: string; html: string }[]> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false, gfm: true, smartypants: false });
  const prompts = buildCatalog(readAgentsFolder(folder)).files.flatMap((file) => {
    const { body } = toCatalogEntry(file, { computed: false });
    return body === null ? [] : [{ path: file.path, body }];
  });
  return Promise.all(prompts.map(async ({ path, body }) => ({ path, html: (await processor.render(guardBody(body), { frontmatter: {} })).code })));
}

/** Checks that every prompt the quick path takes comes out as the sanitiser writes it, and returns the share it takes. */
function quickShare(prompts: { path: string; html: string }[]): number {
  let taken = 0;
  for (const { path, html } of prompts) {
    const quick = plainMarkdownHtml(html);
    if (quick === null) continue;
    taken++;
    expect(quick, path).toEqual(sanitizeFully(html));
  }
  return taken / prompts.length;
}

const scratch = mkdtempSync(join(tmpdir(), 'plain-markdown-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('prompts without raw HTML skip the sanitiser’s parse, with the same output', () => {
  it('on a synthetic catalogue: most prompts, each as the sanitiser writes it', async () => {
    generateCorpus(scratch, { count: 300 });
    expect(quickShare(await renderedPrompts(scratch))).toBeGreaterThan(0.9);
  });
  it.skipIf(!hasCorpora).each(Object.entries(corpusFolders))('on the %s corpus (../shared/corpora): most prompts, each as the sanitiser writes it', async (_, folder) => {
    expect(quickShare(await renderedPrompts(folder))).toBeGreaterThan(0.75);
  });
});

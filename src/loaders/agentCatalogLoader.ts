import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCatalog, type CatalogFile } from '../lib/catalog/buildCatalog.ts';
import { agentSkills, catalogEntryId, toCatalogEntry, type CatalogEntryData } from '../lib/catalog/catalogEntry.ts';
import { agentInsight } from '../lib/insight/agentInsight.ts';
import { catalogReport, describeSummary, errorLines, reportFile, verdictWarnings } from '../lib/catalog/catalogReport.ts';
import { readAgentsFolder } from '../lib/catalog/readAgentsFolder.ts';
import { plainPrompt, type RenderedBody, type StoredPrompt } from './bodyHtml.ts';
import { promptFolder, prunePromptFiles, writePromptFile } from './promptFiles.ts';
import { buildWorker } from '../site/buildWorker.ts';
import { agentPreview, drawPreviewsAhead } from '../site/previewPng.ts';
import { promptSettings, type PromptSettings } from './promptSettings.ts';
import { createRenderPool, type RenderPool } from './renderPool.ts';
import type { RenderPrompt } from './renderPrompt.ts';
import { queueRenderer } from './renderQueue.ts';
import { watchAgentsFolder } from './watchAgentsFolder.ts';

export interface AgentCatalogLoaderOptions {
  /** Absolute path of the agents folder. */
  folder: string;
  /** Fail the build when any file has an error. */
  strict: boolean;
  /**
   * Threads that render bodies (2 by default): in a build, the build worker and the loader's thread, with render
   * workers for any beyond; under `astro dev`, render workers when many bodies changed. 0 or 1: the loader's thread.
   */
  renderThreads?: number;
}

/**
 * The `catalog` collection's loader: one entry per file of the agents folder (agents under their slug, other
 * files under `file:<path>`), each agent's body rendered as Markdown. Follows the manners of Astro's `glob()`:
 * unchanged entries are skipped by digest, entries whose files are gone are deleted, and in `astro dev` an
 * edited file reloads. The digest includes a digest of the source of the agent library and of this loader, so a
 * change to parsing or rendering is never hidden behind a stale data store.
 */
export function agentCatalogLoader(options: AgentCatalogLoaderOptions): Loader {
  return {
    name: 'agent-catalog',
    load: async (context) => {
      // Parsing and rendering depend on the agent library, this loader's own modules (how a prompt is rendered),
      // the Markdown settings and the highlighter: all are in every digest.
      const libraryDigest = context.generateDigest(
        readSources(new URL('src/lib/', context.config.root)) + readSources(new URL('src/loaders/', context.config.root)) + JSON.stringify(promptSettings(context.config)) + prismVersion(),
      );
      await syncCatalog(context, options, libraryDigest);
      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(options.folder);
      watchAgentsFolder(
        watcher,
        options.folder,
        () => syncCatalog(context, { ...options, strict: false }, libraryDigest),
        (error) => context.logger.error(error.message),
      );
    },
  };
}

/** How many prompts make starting render workers worth it (they take a few hundred milliseconds to boot). */
const workerMinimum = 24;

async function syncCatalog(context: LoaderContext, options: AgentCatalogLoaderOptions, libraryDigest: string): Promise<void> {
  const { store, logger, parseData } = context;
  const sources = readAgentsFolder(options.folder);
  const settings = promptSettings(context.config);
  const threads = options.renderThreads ?? 2;
  // In a build, the build worker renders: it booted while Astro started, and has nothing else to do until the
  // previews. Render workers of their own are started for the threads beyond it and this one, or under `astro dev`.
  const worker = threads >= 2 ? buildWorker() : undefined;
  const poolSize = Math.min(threads, availableParallelism()) - (worker ? 2 : 0);
  const poolMinimum = worker ? 1 : 2;
  // A first build of many agents renders them all: its render workers start now and boot while the files are
  // parsed. Otherwise they start once it is known how many bodies changed, and only when there are many.
  const early = poolSize >= poolMinimum && sources.length >= workerMinimum && store.keys().length === 0;
  let starting: Promise<RenderPool | null> = early ? createRenderPool(settings, poolSize) : Promise.resolve(null);
  const untouched = new Set(store.keys());
  const unknownLanguages = new Map<string, number>();
  let catalog: ReturnType<typeof buildCatalog>;
  try {
    catalog = buildCatalog(sources);
    const changed = changedEntries(context, options.folder, catalog, libraryDigest, untouched);
    const toRender = changed.filter((entry) => entry.body !== null && !entry.reuse).length;
    if (!early && poolSize >= poolMinimum && toRender >= workerMinimum) starting = createRenderPool(settings, poolSize);
    // Every thread takes prompts from one queue as soon as it can: the build worker at once, render workers once
    // they have booted, this one once it has found the skills and checked the data below. This one hands prompts
    // out only between its own steps: the build worker holds a dozen so as never to run dry.
    const queue = queueRenderer();
    if (worker) queue.add({ name: 'the build worker', render: worker.render, slots: 12 });
    void starting.then((pool) => {
      const count = pool?.renderers.length ?? 0;
      for (const render of pool?.renderers ?? []) queue.add({ name: `${count} render worker${count === 1 ? '' : 's'}`, render, slots: 2 });
    });
    const started = performance.now();
    const rendering = renderPrompts(context, changed, queue.render, unknownLanguages).then((prompts) => {
      if (toRender > 0) logger.info(`Rendered ${toRender} system prompt${toRender === 1 ? '' : 's'} on ${listed(queue.used())} in ${Math.round(performance.now() - started)} ms.`);
      for (const { name, reason } of queue.failed()) logger.warn(`${name} stopped rendering system prompts (${reason}): the prompts it held are shown as plain text; it was given no more.`);
      return prompts;
    });
    // Awaited below: a failure (a prompt file that cannot be written) must not count as unhandled before then.
    rendering.catch(() => undefined);
    // Meanwhile this thread finds the changed agents' skills, a few agents at a time so that the other threads are
    // handed prompts as they need them, and checks the data against the collection's schema.
    for (const [index, entry] of changed.entries()) {
      if (entry.agent) entry.data.skills = agentSkills(entry.agent);
      if (index % 50 === 49) await new Promise(setImmediate);
    }
    const parsed: Record<string, unknown>[] = [];
    for (const { id, data, filePath } of changed) parsed.push(await parseData({ id, data: { ...data }, filePath }));
    queue.add({ name: 'the main thread', render: renderHere(settings), slots: 1, pause: () => new Promise(setImmediate) });
    // Every lane has joined once the render workers (if any) have: should all of them fail, the rest fail too.
    void starting.then(() => queue.seal());
    const rendered = await rendering;
    // The body is not stored: the prompt's file holds what pages show, and `.md` pages read the agent's file. The
    // agent's insight takes its prompt's part from the rendering (see agentInsight).
    for (const [index, { id, digest, filePath, agent }] of changed.entries()) {
      const prompt = rendered[index];
      const data = parsed[index]!;
      if (agent && prompt) data['insight'] = agentInsight(agent, prompt.metadata.insight);
      store.set({ id, data, filePath, digest, ...(prompt ? { rendered: prompt } : {}) });
    }
  } finally {
    await (await starting)?.close();
  }
  if (unknownLanguages.size > 0) {
    const languages = [...unknownLanguages].map(([language, count]) => (count > 1 ? `${language} (${count} blocks)` : language));
    logger.info(`Code blocks in languages the highlighter does not know are shown as plain text: ${languages.join(', ')}.`);
  }
  for (const id of untouched) store.delete(id);
  prunePromptFiles(promptFolder(context), new Set(store.values().flatMap((entry) => (entry.rendered as StoredPrompt | undefined)?.metadata.file ?? [])));
  // In a build, the preview images are drawn on another thread from now on (see src/site/buildWorker.ts).
  drawPreviewsAhead(catalog.files.flatMap((file) => (file.agent ? [agentPreview(file.agent)] : [])));

  const report = catalogReport(catalog.files.map(reportFile));
  const folder = relative(process.cwd(), options.folder) || '.';
  logger.info(`${folder}: ${describeSummary(report.summary)}.`);
  for (const line of errorLines(catalog.files, folder)) logger.error(line);
  for (const warning of verdictWarnings(catalog.files, folder)) logger.warn(warning);
  if (report.summary.warnings > 0) {
    // A watcher means `astro dev`, which writes no files: the report is its page there.
    const where = context.watcher ? 'on the report page (/report/)' : `in ${join(relative(process.cwd(), fileURLToPath(context.config.outDir)) || '.', 'report.json')}`;
    logger.info(`Every warning is listed ${where} and by \`npm run check:agents -- ${folder}\`.`);
  }

  const failing = report.files.filter((file) => file.errors.length > 0);
  if (options.strict && failing.length > 0) {
    throw new Error(
      `CATALOG_STRICT is set and ${failing.length} file(s) in ${folder} have errors:\n` +
        failing.map((file) => `  ${folder}/${file.path}: ${file.errors.map((error) => error.message).join(' ')}`).join('\n') +
        '\nFix them, or build without CATALOG_STRICT to list them in the report instead.',
    );
  }
}

interface ChangedEntry {
  id: string;
  data: CatalogEntryData;
  body: string | null;
  digest: string;
  filePath: string;
  renderDigest: string;
  /** The stored prompt, when only the frontmatter changed. */
  reuse: StoredPrompt | undefined;
  agent: CatalogFile['agent'];
}

/**
 * The entries whose file is new or changed (by digest; unchanged entries are not even searched for skills), each
 * taken out of `untouched`, which is left with the ids of files that are gone.
 */
function changedEntries(context: LoaderContext, folder: string, catalog: ReturnType<typeof buildCatalog>, libraryDigest: string, untouched: Set<string>): ChangedEntry[] {
  const { store, generateDigest } = context;
  const root = fileURLToPath(context.config.root);
  const changed: ChangedEntry[] = [];
  for (const file of catalog.files) {
    const id = catalogEntryId(file);
    untouched.delete(id);
    // The digest covers the file's data and body (and the library).
    const { data, body } = toCatalogEntry(file, { computed: false });
    const digest = generateDigest(`${libraryDigest}\n${JSON.stringify(data)}\n${body ?? ''}`);
    const existing = store.get(id);
    const kept = existing?.rendered as StoredPrompt | undefined;
    const keptFile = kept?.metadata.file !== undefined && existsSync(kept.metadata.file);
    if (existing?.digest === digest && (body === null || keptFile)) continue;
    const filePath = relative(root, join(folder, file.path)).split(sep).join('/');
    // An edit to the frontmatter alone keeps the rendered body: rendering (syntax highlighting) is the slow part.
    const renderDigest = body === null ? '' : generateDigest(`${libraryDigest}\n${body}`);
    const reuse = keptFile && kept?.metadata.renderDigest === renderDigest ? kept : undefined;
    changed.push({ id, data, body, digest, filePath, renderDigest, reuse, agent: file.agent });
  }
  return changed;
}

/**
 * Renders in this thread, the renderer made on first use: a build whose prompts the workers render never loads
 * the Markdown renderer, the sanitiser and the highlighter here.
 */
function renderHere(settings: PromptSettings): RenderPrompt {
  let renderer: Promise<RenderPrompt> | undefined;
  return async (body, renderDigest) => (await (renderer ??= import('./renderPrompt.ts').then(({ createPromptRenderer }) => createPromptRenderer(settings))))(body, renderDigest);
}

/**
 * The changed entries' prompts rendered (or reused) and written as files beside the data store, in the entries'
 * order; a prompt that cannot be rendered is logged and shown as plain text. Counts the code blocks of each
 * language the highlighter does not know into `unknownLanguages`.
 */
function renderPrompts(context: LoaderContext, changed: ChangedEntry[], render: RenderPrompt, unknownLanguages: Map<string, number>): Promise<(StoredPrompt | undefined)[]> {
  const folder = promptFolder(context);
  return Promise.all(
    changed.map(async ({ body, renderDigest, filePath, reuse }): Promise<StoredPrompt | undefined> => {
      if (body === null || reuse) return reuse;
      const reply = await render(body, renderDigest);
      for (const language of reply.languages) unknownLanguages.set(language, (unknownLanguages.get(language) ?? 0) + 1);
      const prompt = reply.rendered ?? renderFailed(context.logger, filePath, body, renderDigest, reply.failed ?? 'unknown error');
      const file = writePromptFile(folder, renderDigest, prompt.html);
      return { html: '', metadata: { ...prompt.metadata, file } };
    }),
  );
}

function renderFailed(logger: LoaderContext['logger'], filePath: string, body: string, renderDigest: string, message: string): RenderedBody {
  logger.error(`${filePath}: its system prompt could not be rendered as Markdown (${message}); the page shows it as plain text.`);
  return plainPrompt(body, renderDigest);
}

/** "a", "a and b", "a, b and c". */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? 'no thread') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The version of Prism, the code highlighter: another version may highlight differently. */
function prismVersion(): string {
  return (createRequire(import.meta.url)('prismjs/package.json') as { version: string }).version;
}

/** The source text of a folder's modules, so that any change to them changes every digest. */
function readSources(folder: URL): string {
  const path = fileURLToPath(folder);
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => readFileSync(join(path, file), 'utf8'))
    .join('\n');
}

import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { PreviewInput } from '../lib/present/previewSvg.ts';
import { promptSettings } from '../loaders/promptSettings.ts';
import { buildWorkerKey, type BuildWorker, type FileJob } from '../site/buildWorker.ts';
import { previewFileName, prunePreviews } from '../site/previewPng.ts';
import type { ThreadJob, ThreadReply } from '../site/buildWorkerThread.ts';
import { workerCalls } from '../site/workerCalls.ts';

const noop = () => Promise.resolve();

/**
 * Starts the build worker (see src/site/buildWorker.ts) with `astro build` on a machine with two cores or more,
 * and at the end of the build (after the search index: see pagefindIndex.ts) waits for the files it writes,
 * failing the build, with each file and its error, when one could not be written. Without it (`astro dev`, one
 * core) the routes draw and serve everything themselves.
 */
export function buildWorker(): AstroIntegration {
  let thread: Worker | null = null;
  let api: BuildWorker | undefined;
  let building = false;
  let started = 0;
  const writes: Promise<string | null>[] = [];
  /** The cache names of the previews this build uses: the others are removed from the cache at its end. */
  const usedPreviews = new Set<string>();
  const clear = () => {
    api = undefined;
    delete (globalThis as { [buildWorkerKey]?: BuildWorker })[buildWorkerKey];
    writes.length = 0;
    usedPreviews.clear();
  };
  return {
    name: 'agent-catalog:build-worker',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // Started once the configuration is known, before content sync, so that the catalogue's loader can ask
      // for previews as soon as it has read the agents: they are drawn while Vite bundles.
      'astro:config:done': ({ config }) => {
        clear();
        if (!building || availableParallelism() < 2) return;
        void thread?.terminate();
        const outDir = fileURLToPath(config.outDir);
        const worker = new Worker(new URL('../site/buildWorkerThread.ts', import.meta.url), { workerData: { outDir, prompts: promptSettings(config) } });
        thread = worker;
        // Should the thread fail, every job fails with why: previews are then drawn by whoever asked, and the
        // files it was given fail the build, named, at its end.
        const calls = workerCalls<ThreadJob, ThreadReply>(worker);
        const send = (job: ThreadJob): Promise<void> => calls.call(job).then(() => undefined);
        const drawing = new Map<string, Promise<void>>();
        // Files to write wait here until writing starts; then a few at a time are with the thread.
        const queued: (() => Promise<void>)[] = [];
        let writing = false;
        let sent = 0;
        let inFlight = 0;
        const pump = () => {
          while (writing && inFlight < 16 && sent < queued.length) {
            inFlight++;
            const start = queued[sent]!;
            queued[sent++] = noop;
            void start().finally(() => {
              inFlight--;
              pump();
            });
          }
        };
        started = Date.now();
        api = {
          async render(body, renderDigest) {
            const { rendering } = await calls.call({ kind: 'render', body, renderDigest });
            if (!rendering) throw new Error('the build worker sent no rendering back');
            return rendering;
          },
          draw(input: PreviewInput) {
            const key = JSON.stringify(input);
            let drawn = drawing.get(key);
            if (!drawn) {
              drawn = send({ kind: 'draw', input });
              drawing.set(key, drawn);
            }
            return drawn;
          },
          usedPreviews,
          startWriting() {
            writing = true;
            pump();
          },
          write(job: FileJob) {
            if (job.kind === 'preview') usedPreviews.add(previewFileName(job.input));
            writes.push(
              new Promise<string | null>((resolve) => {
                queued.push(() =>
                  send(job).then(
                    () => resolve(null),
                    (error: Error) => resolve(`${job.path}: ${error.message}`),
                  ),
                );
                pump();
              }),
            );
          },
        };
        (globalThis as { [buildWorkerKey]?: BuildWorker })[buildWorkerKey] = api;
      },
      'astro:build:done': async ({ logger }) => {
        try {
          api?.startWriting();
          const failed = (await Promise.all(writes)).filter((problem): problem is string => problem !== null);
          if (failed.length > 0) throw new Error(`${failed.length} file(s) of agents could not be written:\n${failed.map((problem) => `  ${problem}`).join('\n')}`);
          if (writes.length > 0) logger.info(`Wrote ${writes.length} files of agents (raw files, JSON records, previews) beside the search index.`);
          // The cache keeps the previews of this build only: those of edited or removed agents go.
          if (usedPreviews.size > 0) prunePreviews(usedPreviews, started);
        } finally {
          clear();
          await thread?.terminate();
          thread = null;
        }
      },
    },
  };
}
